package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;
import org.newsgraph.query.QueryRunner;

/**
 * Reads networks out of the store: {@link #entities} the default one (persons, organisations and
 * places; roles, claims and co-mentions between them), {@link #fromQuery} the one whose edges are
 * the rows of a SELECT query.
 */
public final class Networks {

    private static final String RESOURCES = "/org/newsgraph/export/";

    private Networks() {
    }

    /** The entity of a node row, as read by {@code nodes.rq}. */
    private record EntityRow(String label, String type, long mentions, String wikidata) {
    }

    /**
     * The default network: persons, organisations and places with label, type, name mentions and
     * Wikidata item; role edges (person → organisation, labelled with the role), claim edges
     * (source → each entity named in the claim's content, weighted by claims) and co-mention edges
     * (undirected, weighted by the sentences that name both).
     */
    public static Network entities(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Network.Builder b = Network.create("newsgraph");
            Map<String, EntityRow> rows = entityRows(dsg);
            rows.entrySet().stream()
                    .sorted(Map.Entry.<String, EntityRow>comparingByValue((x, y) -> Long.compare(y.mentions(), x.mentions()))
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> b.node(e.getKey(), e.getValue().label(), e.getValue().type(),
                            e.getValue().mentions(), e.getValue().wikidata()));
            edges(dsg, b, "roles.rq", Network.EdgeKind.ROLE);
            edges(dsg, b, "claims.rq", Network.EdgeKind.CLAIM);
            edges(dsg, b, "comentions.rq", Network.EdgeKind.CO_MENTION);
            return b.build();
        });
    }

    /**
     * The network a SELECT query returns: each row is an edge from {@code ?source} to
     * {@code ?target} (else the first two variables), with {@code ?label} and {@code ?weight} when
     * bound (else the first other numeric column is the weight, as a count in a catalogue query);
     * {@code ?sourceLabel}/{@code ?targetLabel} name the ends, else entities keep their labels.
     */
    public static Network fromQuery(DatasetGraph dsg, String name, QueryRunner runner) {
        Query q = runner.query();
        if (!q.isSelectType()) {
            throw new NewsGraphException(name + ": an exported query must be a SELECT whose rows are edges");
        }
        List<String> vars = q.getResultVars();
        String src = vars.contains("source") ? "source" : null, tgt = vars.contains("target") ? "target" : null;
        if (src == null || tgt == null) {
            if (vars.size() < 2) {
                throw new NewsGraphException(name + ": an exported query needs ?source and ?target (or two variables)");
            }
            src = vars.get(0);
            tgt = vars.get(1);
        }
        RowSet rs = runner.select();
        Map<String, EntityRow> entities = Txn.calculateRead(dsg, () -> entityRows(dsg));
        Network.Builder b = Network.create(name);
        while (rs.hasNext()) {
            Binding row = rs.next();
            Node s = row.get(Var.alloc(src)), t = row.get(Var.alloc(tgt));
            if (s == null || t == null) {
                continue;
            }
            String sk = key(s), tk = key(t);
            addNode(b, sk, s, text(row, "sourceLabel"), entities);
            addNode(b, tk, t, text(row, "targetLabel"), entities);
            b.edge(sk, tk, Network.EdgeKind.QUERY, text(row, "label"), weight(row, vars, src, tgt));
        }
        return b.build();
    }

    /** {@code ?weight} when bound, else the first other numeric column (a count), else 1. */
    private static double weight(Binding row, List<String> vars, String src, String tgt) {
        if (row.get(Var.alloc("weight")) != null) {
            return number(row, "weight", 1);
        }
        for (String v : vars) {
            Node n = row.get(Var.alloc(v));
            if (!v.equals(src) && !v.equals(tgt) && n != null && n.isLiteral()
                    && n.getLiteralValue() instanceof Number num) {
                return num.doubleValue();
            }
        }
        return 1;
    }

    private static void addNode(Network.Builder b, String key, Node n, String label, Map<String, EntityRow> entities) {
        EntityRow e = entities.get(key);
        if (e != null) {
            b.node(key, label != null ? label : e.label(), e.type(), e.mentions(), e.wikidata());
        } else {
            b.node(key, label != null ? label : n.isLiteral() ? n.getLiteralLexicalForm() : localName(key),
                    n.isLiteral() ? "Literal" : "Resource", 0, null);
        }
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    private static String key(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static Map<String, EntityRow> entityRows(DatasetGraph dsg) {
        Map<String, EntityRow> out = new HashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(load("nodes.rq")).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding r = rs.next();
                Node e = r.get(Var.alloc("e"));
                if (!e.isURI()) {
                    continue;
                }
                String type = localName(r.get(Var.alloc("type")).getURI());
                EntityRow row = new EntityRow(text(r, "label"), type, (long) number(r, "mentions", 0), text(r, "wikidata"));
                // an entity typed twice keeps the type with which it was first seen, deterministically
                out.merge(e.getURI(), row, (a, c) -> a.type().compareTo(c.type()) <= 0 ? a : c);
            }
        }
        return out;
    }

    private static void edges(DatasetGraph dsg, Network.Builder b, String resource, Network.EdgeKind kind) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(load(resource)).build()) {
            RowSet rs = qe.select();
            List<Binding> rows = new java.util.ArrayList<>();
            rs.forEachRemaining(rows::add);
            // a stable order: the same store gives the same file
            rows.sort(java.util.Comparator.comparing((Binding r) -> key(r.get(Var.alloc("source"))))
                    .thenComparing(r -> key(r.get(Var.alloc("target"))))
                    .thenComparing(r -> String.valueOf(text(r, "label"))));
            for (Binding r : rows) {
                String s = key(r.get(Var.alloc("source"))), t = key(r.get(Var.alloc("target")));
                // sources that are not entities (unnamed sources) are not nodes of this network
                if (b.has(s) && b.has(t)) {
                    b.edge(s, t, kind, text(r, "label"), number(r, "weight", 1));
                }
            }
        }
    }

    private static String text(Binding r, String var) {
        Node n = r.get(Var.alloc(var));
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static double number(Binding r, String var, double dflt) {
        Node n = r.get(Var.alloc(var));
        if (n == null || !n.isLiteral()) {
            return dflt;
        }
        try {
            return Double.parseDouble(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    static String load(String resource) {
        return read("prefixes.rq") + read(resource);
    }

    private static String read(String resource) {
        try (InputStream in = Networks.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new NewsGraphException(RESOURCES + resource + ": missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException(RESOURCES + resource + ": cannot read: " + e.getMessage(), e);
        }
    }
}
