package org.newsgraph.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.NewsGraphException;

/**
 * What the graph says, in the gold format: {@code ../shared/eval/rdf_to_pred.py} as SPARQL over the
 * fixed terms of {@code ../shared/design/vocabulary.md}, read over the union of all graphs.
 *
 * <p>rdf_to_pred.py's result depends on the order of the lines it reads: a property with several
 * values gives its first, and the order of entities, mentions and claims breaks ties in the
 * scorer's greedy matching. Here that order is the canonical one of
 * {@link #writeNQuads(DatasetGraph, OutputStream)} (lines sorted), so that
 * {@code rdf_to_pred.py} on that file gives exactly {@link #read(DatasetGraph)}.
 */
public final class Predictions {

    private static final String SCHEMA = "http://schema.org/";
    /** Entity kinds in the order a node with several of them is read as (rdf_to_pred.py's is arbitrary). */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(SCHEMA + "Person", "Person");
        KINDS.put(SCHEMA + "Organization", "Organization");
        KINDS.put(SCHEMA + "Place", "Location");
    }

    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    private Predictions() {
    }

    /** The union of all graphs of the dataset, default graph included, as one graph. */
    public static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /** The predictions of every document in the dataset, as rdf_to_pred.py writes them. */
    public static JsonObject read(DatasetGraph dsg) {
        return read(union(dsg));
    }

    /** The predictions of every document in the graph, as rdf_to_pred.py writes them. */
    public static JsonObject read(Graph g) {
        Map<Node, JsonObject> out = new LinkedHashMap<>();
        for (Group d : select(g, "documents.rq", "doc")) {
            JsonObject doc = new JsonObject();
            doc.put("file", json(value(d.first("file"))));
            doc.put("entities", new JsonArray());
            doc.put("claims", new JsonArray());
            doc.put("roles", new JsonArray());
            doc.put("mentions", new JsonArray());
            out.put(d.subject, doc);
        }
        Map<Node, String> kinds = new HashMap<>();
        for (Group e : select(g, "entity-kinds.rq", "entity")) {
            Set<String> ks = new HashSet<>();
            e.all("kind").forEach(n -> ks.add(n.getURI()));
            KINDS.forEach((iri, kind) -> {
                if (ks.contains(iri)) {
                    kinds.putIfAbsent(e.subject, kind);
                }
            });
        }
        Map<Node, String> labels = new HashMap<>();
        for (Group l : select(g, "labels.rq", "node")) {
            labels.put(l.subject, value(l.first("label")));
        }

        // entities per document: those with a mention in it; mentions: only names
        Map<Node, Set<Node>> seen = new HashMap<>();
        for (Group m : select(g, "mentions.rq", "mention")) {
            Node d = m.first("doc");
            Node e = m.first("entity");
            if (d == null || !out.containsKey(d) || e == null || !kinds.containsKey(e)) {
                continue;
            }
            String kind = kinds.get(e);
            boolean named = !"true".equals(value(m.first("anaphoric")));
            JsonObject doc = out.get(d);
            long[] sp = span(m.first("begin"), m.first("end"));
            if (sp != null && named) {
                JsonObject mention = new JsonObject();
                mention.put("span", pair(sp));
                mention.put("type", kind);
                doc.get("mentions").getAsArray().add(mention);
            }
            if (seen.computeIfAbsent(d, k -> new HashSet<>()).add(e)) {
                JsonObject entity = new JsonObject();
                entity.put("type", kind);
                JsonArray names = new JsonArray();
                names.add(orEmpty(labels.get(e)));
                entity.put("names", names);
                doc.get("entities").getAsArray().add(entity);
            }
        }

        // roles: one per document the membership is derived from
        for (Group ms : select(g, "memberships.rq", "membership")) {
            Node person = ms.first("person");
            Node org = ms.first("organization");
            Node role = ms.first("role");
            for (Node d : ms.all("doc")) {
                JsonObject doc = out.get(d);
                if (doc == null) {
                    continue;
                }
                JsonObject r = new JsonObject();
                r.put("person", json(person == null ? null : labels.get(person)));
                r.put("organization", json(org == null ? null : labels.get(org)));
                r.put("role", json(role == null ? null : labels.get(role)));
                doc.get("roles").getAsArray().add(r);
            }
        }

        // claims, with their spans and sources
        Set<Node> unnamed = new HashSet<>();
        for (Group u : select(g, "unnamed-sources.rq", "source")) {
            unnamed.add(u.subject);
        }
        Map<Node, Map<String, List<long[]>>> claimSpans = new HashMap<>();
        for (Group s : select(g, "claim-spans.rq", "claim", "part", "span")) {
            long[] sp = span(s.first("begin"), s.first("end"));
            if (sp != null) {
                claimSpans.computeIfAbsent(s.subject, k -> new HashMap<>())
                        .computeIfAbsent(value(s.first("part")), k -> new ArrayList<>()).add(sp);
            }
        }
        for (Group c : select(g, "claims.rq", "claim")) {
            Node d = c.first("doc");
            JsonObject doc = d == null ? null : out.get(d);
            if (doc == null) {
                continue;
            }
            Node src = c.first("source");
            JsonValue source;
            if (src == null) {
                source = JsonNull.instance;
            } else if (unnamed.contains(src)) {
                JsonObject anon = new JsonObject();
                anon.put("anonymous", orEmpty(labels.get(src)));
                source = anon;
            } else {
                source = new JsonString(orEmpty(labels.get(src)));
            }
            String quote = value(c.first("quote"));
            JsonObject claim = new JsonObject();
            claim.put("source", source);
            claim.put("cue", json(value(c.first("cue"))));
            claim.put("quote", "true".equals(quote) || "1".equals(quote));
            claim.put("text", json(value(c.first("text"))));
            JsonObject spans = new JsonObject();
            Map<String, List<long[]>> parts = claimSpans.getOrDefault(c.subject, Map.of());
            for (String part : List.of("content", "cue", "source")) {
                List<long[]> list = new ArrayList<>(parts.getOrDefault(part, List.of()));
                list.sort(Arrays::compare);
                JsonArray a = new JsonArray();
                list.forEach(sp -> a.add(pair(sp)));
                spans.put(part, a);
            }
            claim.put("spans", spans);
            doc.get("claims").getAsArray().add(claim);
        }

        JsonArray docs = new JsonArray();
        docs.addAll(out.values());
        JsonObject result = new JsonObject();
        result.put("documents", docs);
        return result;
    }

    /**
     * Writes the dataset as N-Quads in canonical order (lines sorted), the order that
     * {@link #read(DatasetGraph)} reads the graph in.
     */
    public static void writeNQuads(DatasetGraph dsg, OutputStream out) {
        List<String> lines = new ArrayList<>();
        dsg.find().forEachRemaining(q -> lines.add(line(q)));
        lines.sort(null);
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (String l : lines) {
                w.write(l);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Quad q) {
        String t = key(q.getSubject()) + " " + key(q.getPredicate()) + " " + key(q.getObject());
        return q.isDefaultGraph() ? t + " .\n" : t + " " + key(q.getGraph()) + " .\n";
    }

    /** A node as N-Triples writes it; the order of these strings is the order of the canonical file. */
    static String key(Node n) {
        return NodeFmtLib.strNT(n);
    }

    /** A node's value as rdf_to_pred.py reads it: a literal's lexical form, an IRI, a blank node's label. */
    private static String value(Node n) {
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        return key(n);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static JsonValue json(String s) {
        return s == null ? JsonNull.instance : new JsonString(s);
    }

    private static JsonArray pair(long[] sp) {
        JsonArray a = new JsonArray();
        a.add(JsonNumber.value(sp[0]));
        a.add(JsonNumber.value(sp[1]));
        return a;
    }

    /** [begin, end] when both are there, as Python's {@code int()} reads them. */
    private static long[] span(Node b, Node e) {
        if (b == null || e == null) {
            return null;
        }
        return new long[] {integer(b), integer(e)};
    }

    private static long integer(Node n) {
        String s = PyText.strip(value(n)).replace("_", "");
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException ex) {
            throw new NewsGraphException("An offset is not a whole number: " + key(n));
        }
    }

    /** The rows of one query, grouped by their key variables; each variable's values in canonical order. */
    private static final class Group {
        final Node subject;
        final Map<String, TreeMap<String, Node>> values = new HashMap<>();

        Group(Node subject) {
            this.subject = subject;
        }

        /** The first value, as rdf_to_pred.py's {@code one()} takes it. */
        Node first(String var) {
            TreeMap<String, Node> v = values.get(var);
            return v == null ? null : v.firstEntry().getValue();
        }

        Collection<Node> all(String var) {
            TreeMap<String, Node> v = values.get(var);
            return v == null ? List.of() : v.values();
        }
    }

    /** Runs a query and groups its rows by the key variables (the first is the group's subject), in canonical order. */
    private static Collection<Group> select(Graph g, String queryName, String... keyVars) {
        Query q = QUERIES.computeIfAbsent(queryName, Predictions::load);
        Map<String, Group> groups = new TreeMap<>();
        Map<Node, String> keys = new HashMap<>();
        try (QueryExec qe = QueryExec.graph(g).query(q).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                StringBuilder k = new StringBuilder();
                for (String kv : keyVars) {
                    Node n = b.get(kv);
                    k.append(n == null ? "" : keys.computeIfAbsent(n, Predictions::key)).append('\u0000');
                }
                Group grp = groups.computeIfAbsent(k.toString(), x -> new Group(b.get(keyVars[0])));
                b.vars().forEachRemaining(v -> {
                    Node n = b.get(v);
                    grp.values.computeIfAbsent(v.getVarName(), x -> new TreeMap<>())
                            .putIfAbsent(keys.computeIfAbsent(n, Predictions::key), n);
                });
            }
        }
        return groups.values();
    }

    private static Query load(String name) {
        try (InputStream prefixes = Predictions.class.getResourceAsStream("prefixes.rq");
             InputStream body = Predictions.class.getResourceAsStream(name)) {
            if (prefixes == null || body == null) {
                throw new NewsGraphException("Missing query resource org/newsgraph/eval/" + name);
            }
            return QueryFactory.create(new String(prefixes.readAllBytes(), StandardCharsets.UTF_8)
                    + new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
