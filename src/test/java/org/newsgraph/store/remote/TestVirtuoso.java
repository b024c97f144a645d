package org.newsgraph.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Loader;

/**
 * {@code build --sparql-gsp} into OpenLink Virtuoso (Debian's {@code virtuoso-opensource}), a
 * server process of its own on free ports over a fresh database, through its digest-authenticated
 * Graph Store endpoint. Skipped with a message where Virtuoso is not installed; required in CI
 * ({@code CI=true}), where {@code .ci/run} installs it.
 */
class TestVirtuoso {

    static final Path INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");

    @Test
    void documentGraphsGoInWholeAndAgainChangeNothing(@TempDir Path tmp) throws Exception {
        boolean installed = Files.isRegularFile(INI) && onPath("virtuoso-t");
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Virtuoso is not installed (apt-get install virtuoso-opensource); CI needs it");
        }
        Assumptions.assumeTrue(installed, "Virtuoso not installed: apt-get install virtuoso-opensource to run this test");
        int http = FusekiProcess.freePort(), isql = FusekiProcess.freePort();
        String ini = Files.readString(INI)
                .replace("/var/lib/virtuoso-opensource-7/db/", tmp.toAbsolutePath() + "/")
                .replaceAll("(?m)^ServerPort(\\s*)=\\s*1111", "ServerPort$1= " + isql)
                .replaceAll("(?m)^ServerPort(\\s*)=\\s*8890", "ServerPort$1= " + http)
                .replace("DefaultHost  = localhost:8890", "DefaultHost  = localhost:" + http);
        Files.writeString(tmp.resolve("virtuoso.ini"), ini);
        Process p = new ProcessBuilder("virtuoso-t", "+configfile", tmp.resolve("virtuoso.ini").toString(), "+foreground")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("out.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + http;
            awaitUp(base + "/sparql", p, tmp);
            // a fresh database's administrator is dba/dba
            GspStore gsp = GspStore.create().url(base + "/sparql-graph-crud-auth").user("dba", "dba").build();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Loader.Summary s = new RemoteLoader(gsp, 2, new PrintWriter(err, true)).run(List.of(TestRemoteStore.SEEDS));
            assertEquals(0, s.failed(), err.toString(StandardCharsets.UTF_8));
            assertEquals(2, s.documents());
            Map<Node, Graph> want = TestRemoteStore.expected();
            for (var e : want.entrySet()) {
                assertEquals(e.getValue().size(), count(base, e.getKey()), "quads of " + e.getKey());
            }
            new RemoteLoader(gsp, 2, new PrintWriter(err, true)).run(List.of(TestRemoteStore.SEEDS));
            for (var e : want.entrySet()) {
                assertEquals(e.getValue().size(), count(base, e.getKey()), "again: quads of " + e.getKey());
            }
            GspStore wrong = GspStore.create().url(base + "/sparql-graph-crud-auth").user("dba", "not-the-password")
                    .retries(1).backoff(Duration.ofMillis(200)).build();
            try {
                new RemoteLoader(wrong, 1, new PrintWriter(err, true)).run(List.of(TestRemoteStore.SEEDS));
                throw new AssertionError("a wrong password was accepted");
            } catch (org.newsgraph.NewsGraphException expected) {
                // Virtuoso answers 401 and may close the connection while the body is still being sent
                // (the client then sees a broken pipe instead of the answer): either way nothing is written
                String m = expected.getMessage();
                assertTrue(m.contains("HTTP 401") || m.contains("cannot connect"), m);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    static long count(String base, Node graph) {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }";
        return ((Number) QueryExecHTTP.service(base + "/sparql").query(q).select().next().get("n").getLiteral().getValue())
                .longValue();
    }

    static void awaitUp(String url, Process p, Path dir) throws Exception {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                if (c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("Virtuoso did not start: " + Files.readString(dir.resolve("out.log")));
    }

    static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }
}
