package org.newsgraph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** The corpus summary in a real TDB2 store: the same figures as counting the documents' mentions, replaced whole. */
class TestCorpusSummary {

    static final String PREFIXES = """
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            """;

    /** Co-mentions counted over the documents' graphs, as the web view did before the summary. */
    static final String LIVE_PAIRS = PREFIXES + """
            SELECT ?a ?b (COUNT(DISTINCT ?s) AS ?n) WHERE {
              GRAPH ?g { ?m1 itsrdf:taIdentRef ?a ; nif:sentence ?s . ?m2 nif:sentence ?s ; itsrdf:taIdentRef ?b . }
              FILTER (STR(?a) < STR(?b)) } GROUP BY ?a ?b""";
    static final String SUMMARY_PAIRS = PREFIXES + """
            SELECT ?a ?b ?n WHERE { GRAPH <%s> { ?p ng:between ?a , ?b ; ng:sentenceCount ?n FILTER (STR(?a) < STR(?b)) } }"""
            .formatted(Iris.SUMMARY_GRAPH);
    static final String LIVE_MENTIONS = PREFIXES + """
            SELECT ?a (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?a FILTER NOT EXISTS { ?m a ng:AnaphoricMention } } }
            GROUP BY ?a""";
    static final String SUMMARY_MENTIONS = PREFIXES + """
            SELECT ?a ?n WHERE { GRAPH <%s> { ?a ng:mentionCount ?n } }""".formatted(Iris.SUMMARY_GRAPH);

    /**
     * For each entity ?a and document ?b whose graph holds the pattern (with ?x the item), how many the
     * documents with smaller file names hold, counted over the documents' graphs.
     */
    static String liveBefore(String pattern) {
        return PREFIXES + """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?a ?b (SUM(COALESCE(?k, 0)) AS ?n) WHERE {
                  { SELECT ?a ?b WHERE { GRAPH ?b { %1$s } } GROUP BY ?a ?b }
                  ?b dcterms:identifier ?f .
                  OPTIONAL { { SELECT ?a ?h (COUNT(?x) AS ?k) WHERE { GRAPH ?h { %1$s } } GROUP BY ?a ?h }
                             ?h dcterms:identifier ?fh FILTER (?fh < ?f) }
                } GROUP BY ?a ?b""".formatted(pattern);
    }

    static String summaryBefore(String property) {
        return PREFIXES + """
                SELECT ?a ?b ?n WHERE { GRAPH <%s> { ?s ng:entity ?a ; ng:document ?b ; ng:%s ?n } }"""
                .formatted(Iris.SUMMARY_GRAPH, property);
    }

    static final Map<String, String> BEFORE = Map.of(
            "priorClaimsBy", "?x <http://www.w3.org/ns/prov#wasAttributedTo> ?a FILTER (isIRI(?a))",
            "priorClaimsAbout", "?x <http://schema.org/mentions> ?a ; <http://www.w3.org/ns/prov#wasAttributedTo> ?src"
                    + " FILTER (isIRI(?a) && ?src != ?a)",
            "priorMentions", "?x itsrdf:taIdentRef ?a FILTER (isIRI(?a))");

    @TempDir
    Path tmp;

    static Map<String, Integer> rows(DatasetGraph dsg, String query) {
        Map<String, Integer> out = new TreeMap<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String key = s.getResource("a").getURI() + (s.contains("b") ? " " + s.getResource("b").getURI() : "");
                    out.put(key, s.getLiteral("n").getInt());
                }
            }
        });
        return out;
    }

    static long summaryQuads(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, null, null, null)));
    }

    Path corpus() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Maria Lindqvist, the chief executive of Norrbank, met Peter Holm in Stockholm on Monday. "
                + "Lindqvist said Norrbank would open an office in Oslo. Holm did not comment.\n");
        Files.writeString(dir.resolve("b.txt"), "Peter Holm, a spokesman for Vattenbolaget, said on Friday that the company "
                + "would sell its stake in Norrbank. He said Maria Lindqvist had agreed.\n");
        return dir;
    }

    @Test
    void theSummaryHoldsTheFiguresCountedOverTheDocumentsAndIsReplacedWhole() throws IOException {
        Path in = corpus();
        try (GraphStore gs = GraphStore.open(tmp.resolve("store"))) {
            Loader.Summary s = Loader.create().store(gs).errors(new PrintWriter(new StringWriter())).build().run(List.of(in));
            assertEquals(0, s.failed());
            DatasetGraph dsg = gs.dataset();
            CorpusSummary.Report r = CorpusSummary.refresh(dsg);
            Map<String, Integer> pairs = rows(dsg, SUMMARY_PAIRS);
            assertTrue(pairs.size() >= 3, "pairs: " + pairs);
            assertEquals(rows(dsg, LIVE_PAIRS), pairs);
            assertEquals(rows(dsg, LIVE_MENTIONS), rows(dsg, SUMMARY_MENTIONS));
            assertEquals(pairs.size(), r.pairs());
            // where each entity's lists begin: what the documents before each one hold, in file order
            for (Map.Entry<String, String> kind : BEFORE.entrySet()) {
                Map<String, Integer> before = rows(dsg, summaryBefore(kind.getKey()));
                assertFalse(before.isEmpty(), kind.getKey());
                assertEquals(rows(dsg, liveBefore(kind.getValue())), before, kind.getKey());
            }
            assertTrue(rows(dsg, summaryBefore("priorMentions")).values().stream().anyMatch(n -> n > 0),
                    "an entity named in both documents: the second counts the first's mentions");

            long quads = summaryQuads(dsg);
            CorpusSummary.refresh(dsg);
            assertEquals(quads, summaryQuads(dsg), "run again on the same store: the same summary, not a second copy");

            // a document gone: the next run counts without it
            Node b = Txn.calculateRead(dsg, () -> {
                List<Node> graphs = new java.util.ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                return graphs.stream().filter(g -> g.getURI().startsWith(Iris.BASE + "doc/")).findFirst().orElseThrow();
            });
            Txn.executeWrite(dsg, () -> dsg.deleteAny(b, Node.ANY, Node.ANY, Node.ANY));
            CorpusSummary.refresh(dsg);
            assertEquals(rows(dsg, LIVE_PAIRS), rows(dsg, SUMMARY_PAIRS));
            assertEquals(rows(dsg, LIVE_MENTIONS), rows(dsg, SUMMARY_MENTIONS));
            assertTrue(summaryQuads(dsg) < quads, "fewer figures with one document less");
        }
    }
}
