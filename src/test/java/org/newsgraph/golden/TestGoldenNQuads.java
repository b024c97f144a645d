package org.newsgraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Predictions;

/**
 * Golden output: the sorted N-Quads of the seeds and of the PolNeAR dev texts must equal the
 * checked-in expectations, so that a refactor provably changes nothing. The seeds are the
 * project's own texts, so their whole sorted file is kept ({@code seeds.nq}); of PolNeAR dev,
 * whose text belongs to its publishers, only the SHA-256 of the sorted file
 * ({@code polnear-dev.sha256}).
 *
 * <p>When output is meant to change, regenerate both on purpose (and commit them on their own):
 * <pre>./mvnw -B -q -o test -Dtest=TestGoldenNQuads -Dnewsgraph.golden.update=true</pre>
 */
class TestGoldenNQuads {

    private static final String DIR = "src/test/resources/org/newsgraph/golden";
    private static final boolean UPDATE = Boolean.getBoolean("newsgraph.golden.update");

    @Test
    void seedsAsCheckedIn() throws IOException {
        String actual = sortedNQuads(shared().resolve("eval/gold/seeds.json"), basedir().resolve("seeds"));
        Path expected = basedir().resolve(DIR).resolve("seeds.nq");
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), () -> expected + " is missing: run with -Dnewsgraph.golden.update=true");
        String want = Files.readString(expected, StandardCharsets.UTF_8);
        if (!want.equals(actual)) {
            fail("seeds N-Quads differ from " + expected + " (regenerate with -Dnewsgraph.golden.update=true "
                    + "when the change is meant):\n" + diff(want, actual));
        }
    }

    @Test
    void polnearDevAsCheckedIn() throws IOException {
        String actual = sha256(sortedNQuads(shared().resolve("eval/polnear-dev/gold.json"), shared().resolve("eval/polnear-dev/text")));
        Path expected = basedir().resolve(DIR).resolve("polnear-dev.sha256");
        if (UPDATE) {
            Files.writeString(expected, actual + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), () -> expected + " is missing: run with -Dnewsgraph.golden.update=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8).strip(), actual,
                "SHA-256 of polnear-dev's sorted N-Quads differs from " + expected
                        + " (regenerate with -Dnewsgraph.golden.update=true when the change is meant)");
    }

    /** The texts of {@code dir} extracted as {@code extract --format nq} would, lines sorted. */
    private static String sortedNQuads(Path gold, Path dir) {
        Evaluation.Extracted x = Evaluation.create().gold(gold).texts(dir).build().extract();
        assertTrue(x.problems().isEmpty(), () -> "extraction failed: " + x.problems());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Predictions.writeNQuads(x.dataset(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The first lines that only one side has, a few of each. */
    private static String diff(String want, String got) {
        List<String> w = want.lines().toList();
        List<String> g = got.lines().toList();
        java.util.Set<String> ws = new java.util.HashSet<>(w);
        java.util.Set<String> gs = new java.util.HashSet<>(g);
        StringBuilder sb = new StringBuilder();
        w.stream().filter(l -> !gs.contains(l)).limit(10).forEach(l -> sb.append("- ").append(l).append('\n'));
        g.stream().filter(l -> !ws.contains(l)).limit(10).forEach(l -> sb.append("+ ").append(l).append('\n'));
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path basedir() {
        return Path.of(System.getProperty("newsgraph.basedir", ".")).toAbsolutePath().normalize();
    }

    private static Path shared() {
        String p = System.getProperty("newsgraph.shared");
        if (p != null && Files.isDirectory(Path.of(p, "eval"))) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        return Path.of("/work/shared");
    }
}
