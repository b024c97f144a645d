package org.newsgraph.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;

/**
 * {@code load --sparql-gsp} and the replacement of a document's older version on a remote store,
 * against a separate Fuseki process.
 */
class TestRemoteLoadAndReplace {

    static TestRemoteStore.Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = NewsGraph.execute(out, err, args);
        return new TestRemoteStore.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void loadPutsEachGraphOfTheQuadsWholeAndAgainChangesNothing(@TempDir Path tmp) throws Exception {
        TestRemoteStore.Run x = run("extract", "--format", "nq", TestRemoteStore.SEEDS.toString());
        assertEquals(0, x.code(), x.err());
        Path gz = tmp.resolve("seeds.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(x.out().getBytes(StandardCharsets.UTF_8));
        }
        Path plain = Files.writeString(tmp.resolve("seeds.nq"), x.out());
        try (FusekiProcess f = FusekiProcess.start(tmp, null, null, null)) {
            TestRemoteStore.Run first = run("load", "--sparql-gsp", f.gsp(), gz.toString());
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().contains("Loaded 2 documents (0 failed)") && first.out().contains("into remote store "
                    + f.gsp()), first.out());
            Map<Node, Graph> want = TestRemoteStore.expected();
            for (var e : want.entrySet()) {
                assertTrue(GSP.service(f.gsp()).graphName(e.getKey()).GET().isIsomorphicWith(e.getValue()),
                        "graph " + e.getKey() + " as extracted");
            }
            assertEquals(want.size(), TestRemoteStore.count(f.sparql(), GRAPHS));
            long quads = TestRemoteStore.count(f.sparql(), QUADS);
            TestRemoteStore.Run again = run("load", "--sparql-gsp", f.gsp(), plain.toString());
            assertEquals(0, again.code(), again.err());
            assertEquals(quads, TestRemoteStore.count(f.sparql(), QUADS), "loading again replaces, never adds");
            assertEquals(want.size(), TestRemoteStore.count(f.sparql(), GRAPHS));

            TestRemoteStore.Run bad = run("load", "--sparql-gsp", f.gsp(), tmp.resolve("missing.nq").toString());
            assertEquals(1, bad.code());
            assertTrue(bad.err().contains("missing.nq: no such file"), bad.err());
        }
    }

    @Test
    void aFileBuiltAgainUnderAnotherIriReplacesItsOldGraph(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path story = in.resolve("harbour.txt");
        Files.writeString(story, "Port officials in Valdora said on Monday that the harbour would reopen next week. "
                + "\"We expect the first ships on Tuesday,\" said Marta Keller, the director of the Valdora Port Authority.\n");
        Files.writeString(in.resolve("council.txt"), "The city council of Brennick approved a new budget on Friday, "
                + "according to Mayor Tomas Ruud. The vote was close, council members said.\n");
        try (FusekiProcess f = FusekiProcess.start(tmp, null, null, null)) {
            TestRemoteStore.Run first = run("build", "--sparql-gsp", f.gsp(), in.toString());
            assertEquals(0, first.code(), first.err());
            GspStore gsp = GspStore.create().url(f.gsp()).build();
            assertEquals(f.sparql(), gsp.endpoint(), "the query endpoint is derived from the Graph Store URL");
            List<Node> before = gsp.documentsIdentifiedAs("harbour.txt");
            assertEquals(1, before.size(), "one graph for the file: " + before);
            long graphs = TestRemoteStore.count(f.sparql(), GRAPHS);

            // the edited file has another document IRI (a hash of its bytes) and the same identifier
            Files.writeString(story, Files.readString(story) + "Shipping lines welcomed the news.\n");
            TestRemoteStore.Run second = run("build", "--sparql-gsp", f.gsp(), "--endpoint", f.sparql(), in.toString());
            assertEquals(0, second.code(), second.err());
            assertTrue(second.out().contains("1 older version replaced"), second.out());
            List<Node> after = gsp.documentsIdentifiedAs("harbour.txt");
            assertEquals(1, after.size(), "still one graph for the file: " + after);
            assertTrue(!after.equals(before), "the new version's graph");
            assertEquals(0, TestRemoteStore.count(f.sparql(), "SELECT (COUNT(*) AS ?n) { GRAPH <" + before.get(0).getURI()
                    + "> { ?s ?p ?o } }"), "the old version is gone whole");
            assertEquals(graphs, TestRemoteStore.count(f.sparql(), GRAPHS), "as many graphs as before");
            String g = "<" + after.get(0).getURI() + ">";
            assertEquals(1, TestRemoteStore.count(f.sparql(), "SELECT (COUNT(*) AS ?n) { GRAPH " + g + " { " + g
                    + " <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t "
                    + "FILTER CONTAINS(?t, \"Shipping lines\") } }"), "the edited text is the one stored");
        }
    }
}
