package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/**
 * The plain server (no --allow-update, no --admin) is read-only: a real Fuseki on a free port over a
 * real TDB2 store, asked over HTTP to change things in every way it might, must refuse each with a
 * 4xx and leave the store as it was; the Fuseki UI still lists and queries the dataset.
 */
class TestReadOnlyServer {

    @TempDir
    static Path tmp;

    static GraphStore store;
    static NewsGraphServer server;
    static Http http;

    /** Every path the server answers, with the admin API's and the dataset's services. */
    static final List<String> PATHS = List.of("/$/datasets", "/$/datasets/newsgraph", "/$/datasets/newsgraph?state=offline",
            "/$/server", "/$/compact/newsgraph", "/$/compact/newsgraph?deleteOld=true", "/$/backup/newsgraph",
            "/$/backups/newsgraph", "/$/backups-list", "/$/stats", "/$/stats/newsgraph", "/$/tasks", "/$/ping",
            "/$/metrics", "/$/validate/query", "/$/sleep",
            "/newsgraph", "/newsgraph?default", "/newsgraph/sparql", "/newsgraph/query", "/newsgraph/update",
            "/newsgraph/data", "/newsgraph/data?default", "/newsgraph/get", "/newsgraph/get?default", "/newsgraph/upload",
            "/ontology", "/view/", "/view/index.html", "/", "/index.html",
            "/%24/datasets", "/%24/datasets/newsgraph", "/$/datasets/%6eewsgraph", "//$/datasets/newsgraph",
            "/x/../$/datasets/newsgraph");

    static final String UPDATE = "INSERT DATA { GRAPH <urn:x:evil> { <urn:x:a> <urn:x:b> <urn:x:c> } } ; "
            + "DROP ALL";

    @BeforeAll
    static void start() {
        store = GraphStore.open(tmp.resolve("store"));
        Loader.Summary s = Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        assertEquals(0, s.failed());
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).build().start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Set<String> graphNames(GraphStore gs) {
        return Txn.calculateRead(gs.dataset(), () -> {
            Set<String> names = new TreeSet<>();
            gs.dataset().listGraphNodes().forEachRemaining(n -> names.add(n.toString()));
            return names;
        });
    }

    /** The bodies a write might carry (content type, body): a form (create a dataset, run an update), an update, RDF. */
    static List<String[]> attempts() {
        String form = "dbName=" + URLEncoder.encode("/evil", StandardCharsets.UTF_8) + "&dbType=tdb2&state=offline&update="
                + URLEncoder.encode(UPDATE, StandardCharsets.UTF_8);
        return List.of(
                new String[] {"application/x-www-form-urlencoded", form},
                new String[] {"application/sparql-update", UPDATE},
                new String[] {"application/n-quads", "<urn:x:a> <urn:x:b> <urn:x:c> <urn:x:evil> .\n"},
                new String[] {"text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .\n"});
    }

    @Test
    void everyWriteLikeRequestIsRefusedAndTheStoreIsUnchanged() throws Exception {
        long quads = store.quadCount();
        Set<String> graphs = graphNames(store);
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (String path : PATHS) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                for (String[] body : attempts()) {
                    HttpRequest r = http.at(path).header("Content-Type", body[0])
                            .method(method, HttpRequest.BodyPublishers.ofString(body[1])).build();
                    HttpResponse<String> resp = http.send(r);
                    tried++;
                    if (resp.statusCode() < 400 || resp.statusCode() >= 500) {
                        accepted.add(method + " " + path + " (" + body[0] + ") -> " + resp.statusCode());
                    }
                }
            }
        }
        assertTrue(accepted.isEmpty(), accepted.size() + " of " + tried + " write-like requests were not refused with a 4xx: "
                + String.join("; ", accepted));
        assertEquals(quads, store.quadCount(), "the store's quads");
        assertEquals(graphs, graphNames(store), "the store's graphs");
        // and the dataset is still there, online, answering queries
        HttpResponse<String> ask = http.query("/newsgraph/sparql", "ASK { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(Http.json(ask).get("boolean").getAsBoolean().value());
        HttpResponse<String> list = http.get("/$/datasets");
        assertEquals(200, list.statusCode());
        assertEquals(1, Http.json(list).get("datasets").getAsArray().size(), list.body());
    }

    @Test
    void aRefusalSaysWhy() throws Exception {
        HttpResponse<String> r = http.send(http.at("/$/datasets/newsgraph").DELETE().build());
        assertEquals(405, r.statusCode());
        assertTrue(r.body().contains("admin API is off"), r.body());
        HttpResponse<String> u = http.send(http.at("/newsgraph/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(UPDATE)).build());
        assertEquals(405, u.statusCode());
        assertTrue(u.body().contains("--allow-update"), u.body());
    }

    @Test
    void theUisReadOnlyCallsAnswer() throws Exception {
        assertEquals(200, http.get("/$/ping").statusCode());
        HttpResponse<String> srv = http.get("/$/server");
        assertEquals(200, srv.statusCode(), srv.body());
        JsonArray datasets = Http.json(srv).get("datasets").getAsArray();
        assertEquals(1, datasets.size());
        JsonObject ds = datasets.get(0).getAsObject();
        assertEquals("/newsgraph", ds.get("ds.name").getAsString().value());
        assertTrue(ds.get("ds.state").getAsBoolean().value(), "the dataset is active");
        assertTrue(srv.body().contains("\"sparql\""), "its services are listed: " + srv.body());
        assertFalse(srv.body().contains("\"update\""), "no update service on a read-only server: " + srv.body());

        HttpResponse<String> list = http.get("/$/datasets");
        assertEquals(200, list.statusCode());
        assertEquals("/newsgraph", Http.json(list).get("datasets").getAsArray().get(0).getAsObject()
                .get("ds.name").getAsString().value());
        HttpResponse<String> one = http.get("/$/datasets/newsgraph");
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("/newsgraph", Http.json(one).get("ds.name").getAsString().value());
        assertEquals(404, http.get("/$/datasets/other").statusCode());

        HttpResponse<String> stats = http.get("/$/stats/newsgraph");
        assertEquals(200, stats.statusCode(), stats.body());
        assertTrue(stats.body().contains("/newsgraph"));
        assertEquals(200, http.get("/$/tasks").statusCode());

        HttpResponse<String> ui = http.get("/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<html") || ui.body().contains("<!DOCTYPE html"), ui.body());
        // the UI's dataset page counts triples with a query
        HttpResponse<String> count = http.send(http.at("/newsgraph/query?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?count) { ?s ?p ?o }", StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json").GET().build());
        assertEquals(200, count.statusCode(), count.body());

        // what only the admin API had is not there to be asked for
        for (String path : List.of("/$/backups-list", "/$/compact/newsgraph", "/$/backup/newsgraph")) {
            int code = http.get(path).statusCode();
            assertTrue(code >= 400 && code < 500, path + " answered " + code);
        }
    }
}
