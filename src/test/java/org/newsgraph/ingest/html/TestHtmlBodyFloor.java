package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;

/**
 * The floor of article-body extraction on {@code ../shared/eval/article-html-dev} (61 real pages,
 * read from ../shared, never copied): the bodies are scored by the benchmark's own measure,
 * {@code ../shared/eval/html_score.py}, run with python3 as the other scorer tests run score.py.
 */
class TestHtmlBodyFloor {

    static final double FLOOR = 0.93;

    @TempDir
    Path tmp;

    @Test
    void bodyF1OnArticleHtmlDevHoldsTheFloor() throws IOException, InterruptedException {
        Path dev = TestPaths.shared().resolve("eval/article-html-dev");
        Path bodies = tmp.resolve("bodies.json");
        Files.writeString(bodies, HtmlDevBodies.bodies(dev.resolve("html")).toString(), StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of("python3", TestPaths.shared().resolve("eval/html_score.py").toString(),
                dev.resolve("ground-truth.json").toString(), bodies.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "html_score.py did not finish");
        assertEquals(0, p.exitValue(), out);
        Matcher m = Pattern.compile("pages (\\d+)\\s+with a body (\\d+)\\s+body F1 ([0-9.]+)").matcher(out);
        assertTrue(m.find(), out);
        System.out.println("article-html-dev: " + out.strip());
        assertEquals("61", m.group(1), out);
        double f1 = Double.parseDouble(m.group(3));
        assertTrue(f1 >= FLOOR, "body F1 " + f1 + " below the floor " + FLOOR + ": " + out);
    }
}
