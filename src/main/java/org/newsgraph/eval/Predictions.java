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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
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
 * scorer's greedy matching. A {@link ReadOrder} says which order to follow: that of the N-Quads
 * stream the graph came from, or the canonical one of {@link #writeNQuads(DatasetGraph, OutputStream)}
 * (lines sorted); rdf_to_pred.py on a file in that order gives exactly what {@link #read} gives.
 */
public final class Predictions {

    private static final String NG = "https://w3id.org/newsgraph/ontology#";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String ITS = "http://www.w3.org/2005/11/its/rdf#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SCHEMA = "http://schema.org/";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
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

    /** The predictions of every document in the dataset read in canonical order, as rdf_to_pred.py writes them. */
    public static JsonObject read(DatasetGraph dsg) {
        return read(union(dsg), ReadOrder.canonical());
    }

    /** The predictions of every document in the dataset read in the given order, as rdf_to_pred.py writes them. */
    public static JsonObject read(DatasetGraph dsg, ReadOrder order) {
        return read(union(dsg), order);
    }

    /** The predictions of every document in the graph read in the given order, as rdf_to_pred.py writes them. */
    public static JsonObject read(Graph g, ReadOrder order) {
        Reader r = new Reader(g, order);
        Map<Node, JsonObject> out = new LinkedHashMap<>();
        for (Group d : r.select("documents.rq", "doc").pick("file", "doc", DCT + "identifier").groups()) {
            JsonObject doc = new JsonObject();
            doc.put("file", json(value(d.first("file"))));
            doc.put("entities", new JsonArray());
            doc.put("claims", new JsonArray());
            doc.put("roles", new JsonArray());
            doc.put("mentions", new JsonArray());
            out.put(d.subject, doc);
        }
        Map<Node, String> kinds = new HashMap<>();
        for (Group e : r.select("entity-kinds.rq", "entity").groups()) {
            Set<String> ks = new HashSet<>();
            e.all("kind").forEach(n -> ks.add(n.getURI()));
            KINDS.forEach((iri, kind) -> {
                if (ks.contains(iri)) {
                    kinds.putIfAbsent(e.subject, kind);
                }
            });
        }
        Map<Node, String> labels = new HashMap<>();
        for (Group l : r.select("labels.rq", "node").pick("label", "node", RDFS + "label").groups()) {
            labels.put(l.subject, value(l.first("label")));
        }

        // entities per document: those with a mention in it; mentions: only names
        Map<Node, Set<Node>> seen = new HashMap<>();
        for (Group m : r.select("mentions.rq", "mention").pick("doc", "mention", NIF + "referenceContext")
                .pick("entity", "mention", ITS + "taIdentRef").pick("begin", "mention", NIF + "beginIndex")
                .pick("end", "mention", NIF + "endIndex").groups()) {
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
        for (Group ms : r.select("memberships.rq", "membership").pick("person", "membership", ORG + "member")
                .pick("organization", "membership", ORG + "organization").pick("role", "membership", ORG + "role")
                .pick("doc", "membership", PROV + "wasDerivedFrom").groups()) {
            Node person = ms.first("person");
            Node org = ms.first("organization");
            Node role = ms.first("role");
            for (Node d : ms.all("doc")) {
                JsonObject doc = out.get(d);
                if (doc == null) {
                    continue;
                }
                JsonObject fact = new JsonObject();
                fact.put("person", json(person == null ? null : labels.get(person)));
                fact.put("organization", json(org == null ? null : labels.get(org)));
                fact.put("role", json(role == null ? null : labels.get(role)));
                doc.get("roles").getAsArray().add(fact);
            }
        }

        // claims, with their spans and sources
        Set<Node> unnamed = new HashSet<>();
        for (Group u : r.select("unnamed-sources.rq", "source").groups()) {
            unnamed.add(u.subject);
        }
        Map<Node, Map<String, List<long[]>>> claimSpans = new HashMap<>();
        for (Group s : r.select("claim-spans.rq", "claim", "part", "span").pick("begin", "span", NIF + "beginIndex")
                .pick("end", "span", NIF + "endIndex").groups()) {
            long[] sp = span(s.first("begin"), s.first("end"));
            if (sp != null) {
                claimSpans.computeIfAbsent(s.subject, k -> new HashMap<>())
                        .computeIfAbsent(value(s.first("part")), k -> new ArrayList<>()).add(sp);
            }
        }
        for (Group c : r.select("claims.rq", "claim").pick("doc", "claim", PROV + "wasDerivedFrom")
                .pick("source", "claim", PROV + "wasAttributedTo").pick("cue", "claim", NG + "cue")
                .pick("quote", "claim", NG + "isQuote").pick("text", "claim", SCHEMA + "text").groups()) {
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
        String t = ReadOrder.key(q.getSubject()) + " " + ReadOrder.key(q.getPredicate()) + " " + ReadOrder.key(q.getObject());
        return q.isDefaultGraph() ? t + " .\n" : t + " " + ReadOrder.key(q.getGraph()) + " .\n";
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
        return ReadOrder.key(n);
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
            throw new NewsGraphException("An offset is not a whole number: " + ReadOrder.key(n));
        }
    }

    /** Runs the queries over one graph. */
    private static final class Reader {
        final Graph graph;
        final ReadOrder order;

        Reader(Graph graph, ReadOrder order) {
            this.graph = graph;
            this.order = order;
        }

        Selection select(String queryName, String... keyVars) {
            return new Selection(this, queryName, keyVars);
        }
    }

    /**
     * One query's rows grouped by their key variables. A variable that rdf_to_pred.py reads with
     * {@code one(s, p)} is "picked": its values are ordered as the lines {@code s p ?o} are read.
     */
    private static final class Selection {
        private final Reader reader;
        private final String queryName;
        private final String[] keyVars;
        private final Map<String, String[]> picks = new HashMap<>();

        Selection(Reader reader, String queryName, String[] keyVars) {
            this.reader = reader;
            this.queryName = queryName;
            this.keyVars = keyVars;
        }

        Selection pick(String var, String subjectVar, String predicate) {
            picks.put(var, new String[] {subjectVar, predicate});
            return this;
        }

        /** The groups, in the order their first key is read as a subject. */
        List<Group> groups() {
            Query q = QUERIES.computeIfAbsent(queryName, Predictions::load);
            Map<List<Node>, Group> groups = new LinkedHashMap<>();
            try (QueryExec qe = QueryExec.graph(reader.graph).query(q).build()) {
                RowSet rows = qe.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    List<Node> key = new ArrayList<>(keyVars.length);
                    for (String kv : keyVars) {
                        key.add(b.get(kv));
                    }
                    Group grp = groups.computeIfAbsent(key, k -> new Group(k.get(0)));
                    b.vars().forEachRemaining(v -> {
                        String name = v.getVarName();
                        grp.values.computeIfAbsent(name, x -> new LinkedHashSet<>()).add(b.get(v));
                        String[] pick = picks.get(name);
                        if (pick != null) {
                            grp.orders.putIfAbsent(name, reader.order.objects(b.get(pick[0]), NodeFactory.createURI(pick[1])));
                        }
                    });
                }
            }
            List<Group> out = new ArrayList<>(groups.values());
            Comparator<Node> subjects = reader.order.subjects();
            out.sort((a, c) -> subjects.compare(a.subject, c.subject));
            return out;
        }
    }

    /** The rows that share their key variables. */
    private static final class Group {
        final Node subject;
        final Map<String, Set<Node>> values = new HashMap<>();
        final Map<String, Comparator<Node>> orders = new HashMap<>();

        Group(Node subject) {
            this.subject = subject;
        }

        private Comparator<Node> order(String var) {
            return orders.getOrDefault(var, Comparator.comparing(ReadOrder::key));
        }

        /** The first value, as rdf_to_pred.py's {@code one()} takes it. */
        Node first(String var) {
            Set<Node> v = values.get(var);
            return v == null ? null : v.stream().min(order(var)).orElse(null);
        }

        /** Every value, in the order they are read. */
        List<Node> all(String var) {
            Set<Node> v = values.get(var);
            return v == null ? List.of() : v.stream().sorted(order(var)).toList();
        }
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
