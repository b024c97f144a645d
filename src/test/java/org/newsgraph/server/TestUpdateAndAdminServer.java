package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.TestPaths;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** --allow-update opens the dataset's update services and nothing else; --admin opens the admin API behind a password. */
class TestUpdateAndAdminServer {

    @TempDir
    Path tmp;

    GraphStore store;
    NewsGraphServer server;

    @BeforeEach
    void load() {
        store = GraphStore.open(tmp.resolve("store"));
        Loader.Summary s = Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        assertEquals(0, s.failed());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void allowUpdateAcceptsUpdatesButTheAdminApiStaysOff() throws Exception {
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).allowUpdate(true).build().start();
        Http http = new Http(server);
        long before = store.quadCount();
        HttpResponse<String> u = http.send(http.at("/newsgraph/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }"))
                .build());
        assertTrue(u.statusCode() == 200 || u.statusCode() == 204, u.statusCode() + " " + u.body());
        assertEquals(before + 1, store.quadCount());
        for (String[] attempt : List.of(new String[] {"DELETE", "/$/datasets/newsgraph"}, new String[] {"POST", "/$/datasets"},
                new String[] {"POST", "/$/datasets/newsgraph?state=offline"}, new String[] {"POST", "/$/compact/newsgraph"},
                new String[] {"POST", "/$/backup/newsgraph"}, new String[] {"POST", "/$/server"})) {
            HttpResponse<String> r = http.send(http.at(attempt[1]).header("Content-Type", "application/x-www-form-urlencoded")
                    .method(attempt[0], HttpRequest.BodyPublishers.ofString("dbName=evil&dbType=mem")).build());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, attempt[0] + " " + attempt[1] + " -> " + r.statusCode());
        }
        assertEquals(before + 1, store.quadCount());
        assertEquals(1, Http.json(http.get("/$/datasets")).get("datasets").getAsArray().size());
    }

    @Test
    void adminNeedsThePasswordForAnythingButTheUisReads() throws Exception {
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).adminPassword("correct horse").build().start();
        Http http = new Http(server);
        assertEquals(200, http.get("/$/server").statusCode(), "the UI lists datasets without a password");
        assertEquals(200, http.get("/$/datasets").statusCode());
        assertEquals(200, http.query("/newsgraph/sparql", "ASK { ?s ?p ?o }").statusCode());

        HttpResponse<String> noPassword = http.send(http.at("/$/datasets/newsgraph").DELETE().build());
        assertEquals(401, noPassword.statusCode());
        assertTrue(noPassword.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = http.send(http.at("/$/datasets/newsgraph").header("Authorization", basic("admin", "wrong"))
                .DELETE().build());
        assertEquals(401, wrong.statusCode());
        assertEquals(401, http.get("/$/backups-list").statusCode(), "admin reads need the password too");
        HttpResponse<String> withPassword = http.send(http.at("/$/backups-list")
                .header("Authorization", basic("admin", "correct horse")).GET().build());
        assertEquals(200, withPassword.statusCode(), withPassword.body());
        // the dataset is still there and still read-only: --admin is not --allow-update
        assertTrue(http.get("/$/datasets/newsgraph").body().contains("\"ds.state\" : true"));
        HttpResponse<String> u = http.send(http.at("/newsgraph/update").header("Content-Type", "application/sparql-update")
                .header("Authorization", basic("admin", "correct horse"))
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).build());
        assertTrue(u.statusCode() >= 400 && u.statusCode() < 500, "update with --admin only: " + u.statusCode());
    }

    @Test
    void adminIsRefusedOffLoopback() {
        for (String host : List.of("0.0.0.0", "192.0.2.7", "::")) {
            NewsGraphException e = assertThrows(NewsGraphException.class, () -> NewsGraphServer.create()
                    .dataset(store.dataset()).host(host).port(0).adminPassword("pw").build());
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        }
        assertTrue(NewsGraphServer.isLoopback("127.0.0.1"));
        assertTrue(NewsGraphServer.isLoopback("localhost"));
        assertTrue(NewsGraphServer.isLoopback("::1"));
        assertTrue(!NewsGraphServer.isLoopback("0.0.0.0"));
    }
}
