package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.query.Catalogue.column;
import static org.newsgraph.query.Catalogue.run;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.NewsGraph;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.GraphStore;

/** Parameters are bound as RDF terms: absent means no filter, and no value can change the query. */
class TestQueryParameters {

    @TempDir
    static Path tmp;
    static GraphStore store;
    static DatasetGraph dsg;

    @BeforeAll
    static void load() {
        store = Catalogue.fixtureStore(tmp.resolve("store"));
        dsg = store.dataset();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anAbsentOptionalParameterMeansNoFilter() {
        List<Map<String, String>> all = run(dsg, "entities");
        assertEquals(6, all.size());
        assertEquals(2, run(dsg, "entities", "type", "Person").size());
        assertEquals(4, run(dsg, "who-said-what").size());
        assertEquals(3, run(dsg, "who-said-what", "quote", "false").size());
        // filters combine: both bound narrows further
        assertEquals(1, run(dsg, "entities", "type", "Person", "name", "jane").size());
        assertEquals(0, run(dsg, "entities", "type", "Place", "name", "jane").size());
    }

    @Test
    void selectedRowsCanBeReadAfterTheirReadTransaction() {
        // select() opens and ends its own read transaction on a store: the rows it returns must
        // still give their terms. A store opened afresh has none in its node cache yet, and its
        // rows would look their terms up lazily, after the transaction, and fail
        Path dir = tmp.resolve("reopened");
        Catalogue.fixtureStore(dir).close();
        try (GraphStore reopened = GraphStore.openExisting(dir)) {
            var rows = QueryRunner.create().query("SELECT ?s ?o { ?s ?p ?o } LIMIT 6").dataset(reopened.dataset()).build().select();
            int n = 0;
            while (rows.hasNext()) {
                var row = rows.next();
                assertTrue(row.get("s") != null && row.get("o") != null, row.toString());
                n++;
            }
            assertEquals(6, n);
        }
    }

    @Test
    void aValueWithQuotesAndBracesIsTakenLiterally() {
        Map<String, String> e = run(dsg, "entities", "name", "O\"Brien}").get(0);
        assertEquals("O\"Brien} Ltd", e.get("label"));
        assertEquals(1, run(dsg, "entities", "name", "O\"Brien}").size());
        assertEquals(List.of("O\"Brien} Ltd"), column(run(dsg, "mentions", "name", "\"brien} l"), "anchor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x\")) || true || ((\"",
        "\" } UNION { ?e ?p ?o } #",
        "x\"} ; DROP ALL ; SELECT * WHERE {\"",
        "') || true || ('",
        "\\\" || true || \\\"",
        "}}}}",
        "<urn:x:y> } UNION { ?e ?p ?o"})
    void anInjectionAttemptMatchesNothingAndChangesNothing(String value) {
        long quads = store.quadCount();
        for (String q : List.of("entities", "who-said-what", "persons", "mentions", "documents", "co-mentions", "roles")) {
            String key = switch (q) {
                case "who-said-what" -> "source";
                case "documents" -> "cites";
                case "co-mentions" -> "entity";
                case "roles" -> "person";
                default -> "name";
            };
            assertEquals(List.of(), run(dsg, q, key, value), q + " with " + key + "=" + value);
        }
        assertEquals(quads, store.quadCount());
    }

    @Test
    void iriAndIntegerValuesBecomeIrisAndIntegers() {
        assertEquals(run(dsg, "claims-about", "entity", "Acme Corp"),
                run(dsg, "claims-about", "entity", "<https://w3id.org/newsgraph/entity/organization/fixture-acme>"));
        assertEquals(1, run(dsg, "co-mentions", "minSentences", "1", "entity", "john").size());
        NewsGraphException e = assertThrows(NewsGraphException.class,
                () -> run(dsg, "claims-about", "entity", "<urn:x> } UNION { ?s ?p ?o>"));
        assertTrue(e.getMessage().contains("not a valid IRI"), e.getMessage());
    }

    @Test
    void theCommandLineBindsAValueWithQuotesAndBracesLiterally() {
        store.close();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = NewsGraph.execute(out, err, "query", "entities", "--store", tmp.resolve("store").toString(),
                    "--format", "csv", "--param", "name=O\"Brien}");
            String o = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            assertTrue(o.contains("\"O\"\"Brien} Ltd\""), o);
            assertEquals(2, o.strip().split("\n").length, "a header and one row: " + o);
            assertEquals("", err.toString(StandardCharsets.UTF_8).strip());

            ByteArrayOutputStream err2 = new ByteArrayOutputStream();
            int bad = NewsGraph.execute(new ByteArrayOutputStream(), err2, "query", "entities", "--store",
                    tmp.resolve("store").toString(), "--param", "nmae=x");
            assertEquals(2, bad, "a parameter the query does not have is bad usage");
            assertTrue(err2.toString(StandardCharsets.UTF_8).contains("no parameter 'nmae'"), err2.toString(StandardCharsets.UTF_8));
        } finally {
            store = GraphStore.open(tmp.resolve("store"));
            dsg = store.dataset();
        }
    }
}
