package org.newsgraph.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.DocumentReader;

/** {@code build --sparql-gsp} against real servers: a separate Fuseki process, and failing fakes. */
class TestRemoteStore {

    static final Path SEEDS = Path.of(System.getProperty("newsgraph.basedir", ".")).resolve("seeds");

    record Run(int code, String out, String err) { }

    static Run build(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "build";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = NewsGraph.execute(out, err, all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The seeds' document graphs as extraction makes them, by graph name. */
    static Map<Node, Graph> expected() {
        Map<Node, Graph> m = new HashMap<>();
        for (DocumentReader.Input in : DocumentReader.list(List.of(SEEDS), new java.util.ArrayList<>())) {
            AnnotatedDocument d = Pipeline.standard().process(DocumentReader.read(in));
            m.put(DocumentGraphWriter.documentNode(d), DocumentGraphWriter.write(d));
        }
        return m;
    }

    static long count(String sparql, String query) {
        return QueryExecHTTP.service(sparql).query(query).select().next().get("n").getLiteral().getValue() instanceof Number n
                ? n.longValue() : -1;
    }

    @Test
    void buildPutsEveryDocumentGraphWholeAndAgainChangesNothing(@TempDir Path tmp) throws Exception {
        try (FusekiProcess f = FusekiProcess.start(tmp, null, null, null)) {
            Run r = build("--sparql-gsp", f.gsp(), SEEDS.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Built 2 documents (0 failed)"), r.out());
            Map<Node, Graph> want = expected();
            for (var e : want.entrySet()) {
                Graph got = GSP.service(f.gsp()).graphName(e.getKey()).GET();
                assertTrue(got.isIsomorphicWith(e.getValue()), "graph " + e.getKey() + " as extracted");
            }
            String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
            String quads = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
            assertEquals(want.size() + 1, count(f.sparql(), graphs), "the documents and the ontology graph");
            long before = count(f.sparql(), quads);
            assertEquals(0, build("--sparql-gsp", f.gsp(), SEEDS.toString()).code());
            assertEquals(before, count(f.sparql(), quads), "building again replaces, never adds");
            assertTrue(GSP.service(f.gsp()).graphName(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)).GET().size() > 50);
        }
    }

    @Test
    void digestAuthenticationWithThePasswordFromTheEnvironment(@TempDir Path tmp) throws Exception {
        try (FusekiProcess f = FusekiProcess.start(tmp, "digest", "editor", "s3cret-pw")) {
            Run denied = build("--sparql-gsp", f.gsp(), "--retries", "0", SEEDS.toString());
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("HTTP 401"), denied.err());
            assertEquals(1, denied.err().strip().lines().count(), "one line: " + denied.err());
            // the real command line, in its own process, with the password in the environment
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), NewsGraph.class.getName(), "build",
                    "--sparql-gsp", f.gsp(), "--user", "editor", SEEDS.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile());
            pb.environment().put("NEWSGRAPH_SPARQL_PASSWORD", "s3cret-pw");
            Process p = pb.start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES));
            String log = Files.readString(tmp.resolve("build.log"));
            assertEquals(0, p.exitValue(), log);
            assertTrue(log.contains("Built 2 documents (0 failed)"), log);
        }
    }

    @Test
    void aUserWithoutPasswordIsBadUsage() {
        Run r = build("--sparql-gsp", "http://127.0.0.1:9/ds/data", "--user", "editor", SEEDS.toString());
        if (System.getenv(org.newsgraph.cli.RemoteStoreOptions.PASSWORD_ENV) == null) {
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("NEWSGRAPH_SPARQL_PASSWORD"), r.err());
        }
    }

    @Test
    void aStoreThatIsDownIsRetriedThenOneClearLine() throws Exception {
        int port = FusekiProcess.freePort();
        Run r = build("--sparql-gsp", "http://127.0.0.1:" + port + "/ds/data", "--retries", "2", SEEDS.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("after 3 attempts"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void busyAnswersAreRetriedAndAnHtmlPageOrSilenceIsAnError() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/busy", x -> {
            x.getRequestBody().readAllBytes();
            int code = calls.incrementAndGet() <= 2 ? 429 : 204;
            x.sendResponseHeaders(code, -1);
            x.close();
        });
        s.createContext("/html", x -> {
            x.getRequestBody().readAllBytes();
            byte[] page = "<html><body><h1>Forbidden</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(403, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        s.createContext("/silent", x -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        s.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        s.start();
        try {
            String base = "http://127.0.0.1:" + s.getAddress().getPort();
            GspStore busy = GspStore.create().url(base + "/busy").retries(3).backoff(Duration.ofMillis(50)).build();
            busy.replaceGraph(NodeFactory.createURI("urn:x:g"), org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
            assertEquals(3, calls.get(), "two 429s, then accepted");

            Run html = build("--sparql-gsp", base + "/html", SEEDS.toString());
            assertEquals(1, html.code());
            assertTrue(html.err().contains("HTTP 403"), html.err());
            assertEquals(1, html.err().strip().lines().count(), html.err());

            Run silent = build("--sparql-gsp", base + "/silent", "--request-timeout", "1", "--retries", "1", SEEDS.toString());
            assertEquals(1, silent.code());
            assertTrue(silent.err().contains("no answer"), silent.err());
        } finally {
            s.stop(0);
        }
    }

}
