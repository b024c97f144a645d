package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/**
 * A query that would run for hours (a three-way cartesian product of a ~1,400-quad store: some
 * 10^9 rows) is stopped by the server's timeout, and other clients are served while it runs.
 * No speed is measured: the test only asks that the heavy query ended, refused.
 */
class TestServerTimeout {

    @TempDir
    static Path tmp;

    static GraphStore store;
    static NewsGraphServer server;
    static Http http;

    static final String PRODUCT = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @BeforeAll
    static void start() {
        store = GraphStore.open(tmp.resolve("store"));
        Loader.Summary s = Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        assertEquals(0, s.failed());
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).timeoutMillis(1500).build().start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void aCartesianCountIsStoppedWhileOthersAreServed() throws Exception {
        CompletableFuture<HttpResponse<String>> heavy = HttpClient.newHttpClient().sendAsync(
                http.queryRequest("/newsgraph/sparql", "SELECT (COUNT(*) AS ?n) WHERE " + PRODUCT),
                HttpResponse.BodyHandlers.ofString());
        // meanwhile, another client asks something simple, and is answered
        HttpResponse<String> simple = http.query("/newsgraph/query",
                "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(?d) AS ?n) WHERE { ?d a ng:Document }");
        assertEquals(200, simple.statusCode(), simple.body());
        assertTrue(simple.body().contains("\"2\""), simple.body());
        HttpResponse<String> r = heavy.get(10, TimeUnit.MINUTES); // a guard against hanging, not a measurement
        assertEquals(503, r.statusCode(), "the heavy query came back with " + r.statusCode() + ": " + r.body());
        // and the server is still there for the next one
        assertEquals(200, http.query("/newsgraph/sparql", "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void aStreamingCartesianSelectIsCutOff() throws Exception {
        // rows flow at once, so the answer starts as 200; the timeout then cuts the stream short
        CompletableFuture<HttpResponse<String>> heavy = HttpClient.newHttpClient().sendAsync(
                http.queryRequest("/newsgraph/sparql", "SELECT * WHERE " + PRODUCT), HttpResponse.BodyHandlers.ofString());
        boolean cut;
        try {
            HttpResponse<String> r = heavy.get(10, TimeUnit.MINUTES);
            cut = r.statusCode() >= 400 || !r.body().strip().endsWith("}");
        } catch (java.util.concurrent.ExecutionException e) {
            cut = true; // the connection was closed mid-answer
        }
        assertTrue(cut, "the 10^9-row answer ended complete, so the timeout did not stop it");
        assertFalse(heavy.isCancelled());
        assertEquals(200, http.query("/newsgraph/sparql", "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void aClientMayAskForLessTimeButNotForMore() throws Exception {
        HttpResponse<String> r = http.send(http.at("/newsgraph/sparql?timeout=600")
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query="
                        + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE " + PRODUCT,
                                java.nio.charset.StandardCharsets.UTF_8)))
                .build());
        assertEquals(503, r.statusCode(), r.body());
    }
}
