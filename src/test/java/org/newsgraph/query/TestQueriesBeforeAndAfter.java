package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
import org.newsgraph.store.GraphStore;

/**
 * The catalogue queries rewritten for speed (materialised links instead of span arithmetic, the
 * selective pattern first) give exactly the answers of the versions before the rewrite, kept in
 * {@code src/test/resources/org/newsgraph/query/before/}, on the seeds and on the fixture, with and
 * without their parameters.
 */
class TestQueriesBeforeAndAfter {

    /** Parameters to try each query with, beside none and its example. */
    static final Map<String, List<String[]>> PARAMS = Map.ofEntries(
            Map.entry("claims-about", List.of(new String[] {"entity", "Witkoff"}, new String[] {"entity", "russia"},
                    new String[] {"entity", "a"}, new String[] {"entity", "acme"}, new String[] {"entity", "jane"})),
            Map.entry("co-mentions", List.of(new String[] {"entity", "Witkoff"}, new String[] {"entity", "e"},
                    new String[] {"minSentences", "2"}, new String[] {"entity", "jane"})),
            Map.entry("mentions", List.of(new String[] {"name", "Witkoff"}, new String[] {"anaphora", "true"},
                    new String[] {"name", "e", "anaphora", "true"}, new String[] {"name", "john", "anaphora", "true"})),
            Map.entry("entities", List.of(new String[] {"name", "Witkoff"}, new String[] {"type", "Place"},
                    new String[] {"name", "an"}, new String[] {"type", "Organization", "name", "acme"})),
            Map.entry("persons", List.of(new String[] {"name", "an"}, new String[] {"name", "jane"})),
            Map.entry("who-said-what", List.of(new String[] {"source", "a"}, new String[] {"quote", "true"},
                    new String[] {"source", "sources", "quote", "false"}, new String[] {"source", "jane"})),
            Map.entry("who-quotes-whom", List.of(new String[] {"source", "a"}, new String[] {"source", "john"})),
            Map.entry("unnamed-sources", List.of()),
            Map.entry("sources", List.of(new String[] {"kind", "Organization"}, new String[] {"kind", "unnamedsource"},
                    new String[] {"kind", "other"}, new String[] {"kind", "Place"})),
            Map.entry("unnamed-share", List.of()),
            Map.entry("documents", List.of(new String[] {"cites", "planet"}, new String[] {"cites", "a"})),
            Map.entry("corroborated-claims", List.of(new String[] {"minSources", "1"}, new String[] {"minSources", "3"})),
            Map.entry("roles", List.of(new String[] {"person", "a"}, new String[] {"organization", "a"},
                    new String[] {"person", "jane", "organization", "acme"})),
            Map.entry("duplicates", List.of(new String[] {"name", "a"}, new String[] {"name", "jane"})),
            Map.entry("low-confidence-names", List.of(new String[] {"max", "0.9"}, new String[] {"max", "1"},
                    new String[] {"rule", "model"}, new String[] {"max", "1", "rule", "unknown-run"})));

    @TempDir
    static Path tmp;
    static GraphStore seeds;
    static GraphStore fixture;

    @BeforeAll
    static void build() {
        seeds = Catalogue.seedsStore(tmp.resolve("seeds"));
        fixture = Catalogue.fixtureStore(tmp.resolve("fixture"));
    }

    @AfterAll
    static void close() {
        seeds.close();
        fixture.close();
    }

    static String before(String name) {
        try (InputStream in = TestQueriesBeforeAndAfter.class.getResourceAsStream("before/" + name + ".rq")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> run(GraphStore gs, String text, String[] kv) {
        QueryRunner.Builder b = QueryRunner.create().query(text);
        for (int i = 0; i < kv.length; i += 2) {
            b.param(kv[i], kv[i + 1]);
        }
        List<Map<String, String>> rows = new ArrayList<>(Catalogue.rows(b.dataset(gs.dataset()).build().select()));
        rows.sort(Comparator.comparing(Map::toString));
        return rows;
    }

    @Test
    void everyRewrittenQueryAnswersAsBefore() {
        int compared = 0, nonEmpty = 0;
        for (String name : PARAMS.keySet()) {
            String old = before(name);
            assertTrue(old != null, name + ": no 'before' version kept");
            String now = QueryCatalogue.load(name);
            List<String[]> params = new ArrayList<>(PARAMS.get(name));
            params.add(new String[0]);
            params.add(TestQueryCatalogue.exampleParams(name));
            for (GraphStore gs : List.of(seeds, fixture)) {
                for (String[] kv : params) {
                    List<Map<String, String>> expected = run(gs, old, kv);
                    assertEquals(expected, run(gs, now, kv), name + " " + String.join("=", kv));
                    compared++;
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(nonEmpty > compared / 2, nonEmpty + " of " + compared + " comparisons had answers");
    }

    @Test
    void theMaterialisedLinksAreThere() {
        List<Map<String, String>> rows = run(seeds, "PREFIX schema: <http://schema.org/> SELECT ?c ?e WHERE { ?c schema:mentions ?e }",
                new String[0]);
        assertFalse(rows.isEmpty());
    }
}
