package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;

/** The catalogue against a real Fuseki endpoint (port 0): the same answers as against the store. */
class TestCatalogueOverHttp {

    @TempDir
    static Path tmp;
    static GraphStore store;
    static NewsGraphServer server;

    @BeforeAll
    static void start() {
        store = Catalogue.fixtureStore(tmp.resolve("store"));
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        List<Map<String, String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(Map::toString));
        return out;
    }

    @Test
    void everyQueryGivesTheSameAnswerOverHttpAsOnTheStore() {
        String endpoint = server.datasetUrl() + "/sparql";
        int nonEmpty = 0;
        List<String> local = QueryCatalogue.names().stream().filter(n -> !federated(n)).toList();
        assertTrue(local.size() >= 12, local.toString());
        for (String name : local) {
            for (String[] params : List.of(new String[0], TestQueryCatalogue.exampleParams(name))) {
                List<Map<String, String>> onStore = Catalogue.run(store.dataset(), name, params);
                List<Map<String, String>> remote = Catalogue.remote(endpoint, name, params);
                assertEquals(sorted(onStore), sorted(remote), name + " " + String.join(" ", params));
                nonEmpty += remote.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty >= local.size(), "most queries answer something on the fixture: " + nonEmpty);
    }

    /** Queries that call a service off this machine (Wikidata) are tested with a stand-in by their own package. */
    static boolean federated(String name) {
        return java.util.regex.Pattern.compile("SERVICE\\s*<https?://(?!127\\.0\\.0\\.1|localhost)")
                .matcher(QueryCatalogue.load(name)).find();
    }

    @Test
    void quotesAndBracesAreTakenLiterallyOverHttpToo() {
        String endpoint = server.datasetUrl() + "/sparql";
        List<Map<String, String>> rows = Catalogue.remote(endpoint, "entities", "name", "O\"Brien}");
        assertEquals(1, rows.size());
        assertEquals("O\"Brien} Ltd", rows.get(0).get("label"));
        assertEquals(List.of(), Catalogue.remote(endpoint, "entities", "name", "\" } UNION { ?entity ?p ?o } #"));
    }

    @Test
    void theCommandLineQueriesAnEndpoint() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = NewsGraph.execute(out, err, "query", "who-said-what", "--endpoint", server.datasetUrl() + "/sparql",
                "--format", "tsv", "--param", "source=Jane");
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(o.contains("\"the merger would close in May\""), o);
        assertFalse(o.contains("Acme Corp is ready"), o);
    }
}
