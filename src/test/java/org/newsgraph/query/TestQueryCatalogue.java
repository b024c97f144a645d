package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPaths;

/** The catalogue's shape: INDEX, files, headers, examples, README; every query parses and names its parameters. */
class TestQueryCatalogue {

    private static Path queries() {
        return TestPaths.repo().resolve("queries");
    }

    private static List<String> header(String name) {
        List<String> out = new ArrayList<>();
        for (String line : QueryCatalogue.load(name).split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            out.add(line);
        }
        return out;
    }

    /** The {@code --param key=value} pairs of a query's "# Example:" line, as key, value, key, value… */
    static String[] exampleParams(String name) {
        String example = header(name).stream().filter(l -> l.startsWith("# Example:")).findFirst().orElseThrow();
        List<String> kv = new ArrayList<>();
        Matcher m = Pattern.compile("--param (\\w+)=(\\S+)").matcher(example);
        while (m.find()) {
            kv.add(m.group(1));
            kv.add(m.group(2));
        }
        return kv.toArray(String[]::new);
    }

    @Test
    void theIndexListsExactlyTheQueryFiles() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(queries())) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .forEach(f -> files.add(f.substring(0, f.length() - 3)));
        }
        List<String> index = Files.readAllLines(queries().resolve("INDEX"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(String::strip).toList();
        assertEquals(files, new TreeSet<>(index));
        assertEquals(index, QueryCatalogue.names(), "the packaged INDEX is the checked-in one");
        assertTrue(index.size() >= 12, index.size() + " queries");
        for (String name : List.of("persons", "documents", "mentions", "who-said-what", "claims-about", "who-quotes-whom",
                "roles", "unnamed-sources", "unnamed-share", "corroborated-claims", "co-mentions", "entities")) {
            assertTrue(index.contains(name), name);
        }
    }

    @Test
    void everyQueryHasAHeaderParsesAndUsesItsParametersOnlyAsParameters() {
        for (String name : QueryCatalogue.names()) {
            List<String> h = header(name);
            assertTrue(h.size() >= 4, name + ": header too short: " + h);
            assertTrue(h.get(0).matches("# [A-Z][^:]+: .+"), name + ": first line is '# Title: what it lists'");
            assertTrue(h.stream().anyMatch(l -> l.startsWith("# Answers: ")), name + ": no '# Answers:'");
            assertTrue(h.stream().anyMatch(l -> l.startsWith("# Parameters: ")), name + ": no '# Parameters:'");
            assertTrue(h.stream().anyMatch(l -> l.startsWith("# Example: newsgraph query " + name)), name + ": no '# Example:'");
            String text = QueryCatalogue.load(name);
            Query q = QueryFactory.create(text);
            String[] kv = exampleParams(name);
            for (int i = 0; i < kv.length; i += 2) {
                String p = kv[i];
                String params = h.stream().filter(l -> l.startsWith("# Parameters: ")).findFirst().orElseThrow();
                assertTrue(params.contains(p + " ("), name + ": the example's parameter " + p + " is not documented");
                // a parameter is only ever read: never bound by a pattern or projected, so an absent one stays unbound;
                // BOUND(?p) would not do, since remote substitution turns it into BOUND("value"), which does not parse
                assertTrue(Pattern.compile("COALESCE\\([^;]*\\?" + p + "\\b").matcher(text).find(),
                        name + ": " + p + " is not optional (no COALESCE around it)");
                assertTrue(!text.contains("BOUND(?" + p + ")"), name + ": BOUND(?" + p + ") breaks over HTTP");
                assertTrue(q.getProjectVars().stream().noneMatch(v -> v.getVarName().equals(p)), name + ": projects ?" + p);
                assertTrue(!Pattern.compile("AS \\?" + p + "\\b").matcher(text).find(), name + ": binds ?" + p);
            }
        }
    }

    @Test
    void theReadmeListsTheCatalogue() throws IOException {
        String readme = Files.readString(TestPaths.repo().resolve("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("## Query catalogue");
        assertTrue(at >= 0, "README has a '## Query catalogue' section");
        int end = readme.indexOf("\n## ", at + 5);
        String section = readme.substring(at, end < 0 ? readme.length() : end);
        for (String name : QueryCatalogue.names()) {
            assertTrue(section.contains("`" + name + "`"), "README's catalogue lists " + name);
        }
    }
}
