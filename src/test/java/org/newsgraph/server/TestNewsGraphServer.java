package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.TestPaths;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** A real Fuseki on a free port over a real TDB2 store, spoken to over HTTP. */
class TestNewsGraphServer {

    @TempDir
    static Path tmp;

    static GraphStore store;
    static NewsGraphServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static long quadsBefore;

    @BeforeAll
    static void start() {
        store = GraphStore.open(tmp.resolve("store"));
        Loader.Summary s = Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        assertEquals(0, s.failed());
        quadsBefore = store.quadCount();
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException stale) {
            // the server may close a kept-alive connection after refusing a request with an unread body; the client
            // then fails the next request on that pooled connection ("header parser received no bytes"): once more
            // on a fresh connection
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
    }

    private static String form(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnLoopbackOnTheChosenPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.url().startsWith("http://127.0.0.1:"));
    }

    @Test
    void sparqlQueryOverHttpSeesTheUnionOfDocumentGraphs() throws Exception {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(?d) AS ?n) WHERE { ?d a ng:Document }";
        for (String endpoint : List.of("/newsgraph/sparql", "/newsgraph/query")) {
            HttpResponse<String> r = send(at(endpoint).header("Accept", "application/sparql-results+json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("query", q))).build());
            assertEquals(200, r.statusCode(), r.body());
            JsonObject json = JSON.parse(r.body());
            String n = json.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject()
                    .get("n").getAsObject().get("value").getAsString().value();
            assertEquals("2", n, "two documents in the default (union) graph via " + endpoint);
        }
    }

    @Test
    void graphStoreReadGivesADocumentGraph() throws Exception {
        var seed = org.newsgraph.text.DocumentReader.read(new org.newsgraph.text.DocumentReader.Input(
                TestPaths.seeds().resolve("000_abd522cf9706f134.txt"), "000_abd522cf9706f134.txt"));
        String graph = org.newsgraph.rdf.Iris.document(seed);
        HttpResponse<String> r = send(at("/newsgraph/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8))
                .header("Accept", "application/n-triples").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<" + graph + "> <http://purl.org/dc/terms/identifier> \"000_abd522cf9706f134.txt\""),
                r.body().substring(0, 300));
    }

    @Test
    void updatesAreRefusedAndTheStoreIsUnchanged() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        HttpResponse<String> viaUpdate = send(at("/newsgraph/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertTrue(viaUpdate.statusCode() >= 400, "update endpoint answered " + viaUpdate.statusCode());
        HttpResponse<String> viaQuery = send(at("/newsgraph/sparql").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertTrue(viaQuery.statusCode() >= 400, "sparql endpoint accepted an update: " + viaQuery.statusCode());
        HttpResponse<String> put = send(at("/newsgraph/get?default").header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .\n")).build());
        assertTrue(put.statusCode() >= 400, "graph store accepted a PUT: " + put.statusCode());
        assertEquals(quadsBefore, store.quadCount());
    }

    @Test
    void uiAndOntologyAreServed() throws Exception {
        assertEquals(200, send(at("/").GET().build()).statusCode());
        HttpResponse<String> ttl = send(at("/ontology").GET().build());
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.body().contains("Claim"));
        HttpResponse<String> xml = send(at("/ontology").header("Accept", "application/rdf+xml").GET().build());
        assertTrue(xml.body().contains("rdf:RDF"));
    }

    @Test
    void aPortInUseIsAClearError() {
        NewsGraphServer second = NewsGraphServer.create().dataset(store.dataset()).port(server.port()).ui(false).build();
        NewsGraphException e = assertThrows(NewsGraphException.class, second::start);
        assertTrue(e.getMessage().contains("port " + server.port()), e.getMessage());
    }
}
