package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Scores;

/** {@code newsgraph eval}: score.py's table or JSON on standard output; bad input is one line and exit 1. */
class TestEvalCommand {

    @TempDir
    Path tmp;

    private static Path resource(String name) {
        try {
            return Path.of(TestEvalCommand.class.getResource("/org/newsgraph/eval/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = NewsGraph.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheTableAndTheJson() {
        Path gold = resource("gold.json");
        Path texts = resource("texts");
        Scores expected = Evaluation.create().gold(gold).texts(texts).threads(1).build().run();

        Run table = run("eval", "--gold", gold.toString(), "--texts", texts.toString(), "--threads", "1");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().startsWith("figure                P       R      F1   pred   gold\n"), table.out());
        assertTrue(table.out().contains("\nclaims         "), table.out());
        assertEquals(expected.toTable(), table.out());

        Run json = run("eval", "--gold", gold.toString(), "--texts", texts.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        assertEquals(expected.toJson() + "\n", json.out());
        assertTrue(JSON.parse(json.out()).hasKey("source_accuracy"));
    }

    @Test
    void aBadGoldFileIsOneLineAndExitOne() throws IOException {
        Path texts = resource("texts");
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"documents\": [");
        Run r = run("eval", "--gold", broken.toString(), "--texts", texts.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsgraph: " + broken), r.err());

        Path elsewhere = tmp.resolve("elsewhere.json");
        Files.writeString(elsewhere, "{\"documents\": [{\"file\": \"missing.txt\", \"claims\": []}]}");
        r = run("eval", "--gold", elsewhere.toString(), "--texts", texts.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());

        r = run("eval", "--gold", resource("gold.json").toString(), "--texts", tmp.resolve("nothing-here").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nothing-here"), r.err());
    }

    @Test
    void missingOptionsAreBadUsage() {
        assertEquals(2, run("eval", "--gold", resource("gold.json").toString()).code());
    }
}
