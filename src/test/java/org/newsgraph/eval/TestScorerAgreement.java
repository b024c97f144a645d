package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.NewsGraph;

/**
 * The Java eval gives score.py's figures: each dev set is extracted, written as N-Quads (as
 * {@code extract --format nq} writes them), read by rdf_to_pred.py and scored by score.py, and
 * every row must equal what the Java port computes on the same extraction.
 */
class TestScorerAgreement {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(EvalFixtures.GoldSet.class)
    void javaEvalAgreesWithScorePy(EvalFixtures.GoldSet set) throws IOException {
        Evaluation ev = set.evaluation();
        Evaluation.Extracted x = ev.extract();
        assertTrue(x.problems().isEmpty(), () -> "extraction failed: " + x.problems());
        Path nq = tmp.resolve(set + ".nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            x.writeNQuads(out);
        }
        Path pyPred = EvalFixtures.rdfToPred(nq, tmp.resolve(set + ".pred.json"));

        JsonObject javaPred = x.predictions();
        assertTrue(PyJson.pyEquals(JSON.read(pyPred.toString()), javaPred),
                () -> "rdf_to_pred.py and Predictions read the graph differently: " + firstDifference(JSON.read(pyPred.toString()), javaPred));

        JsonObject py = EvalFixtures.scorePy(set.gold(), pyPred, set.texts());
        Scores java = ev.score(javaPred);
        assertSameFigures(py, java, set.toString());

        // the same figures on the canonical (sorted) file, whose order breaks ties differently
        Path sorted = tmp.resolve(set + ".sorted.nq");
        try (OutputStream out = Files.newOutputStream(sorted)) {
            Predictions.writeNQuads(x.dataset(), out);
        }
        Path pySorted = EvalFixtures.rdfToPred(sorted, tmp.resolve(set + ".sorted.json"));
        assertSameFigures(EvalFixtures.scorePy(set.gold(), pySorted, set.texts()),
                ev.score(Predictions.read(x.dataset())), set + " (sorted)");
    }

    /**
     * What eval reads is what {@code extract --format nq} writes: the same lines (their order
     * within a document's graph is the graph's iteration order, which need not repeat exactly).
     */
    @Test
    void evalReadsWhatExtractWrites() throws IOException {
        EvalFixtures.GoldSet seeds = EvalFixtures.GoldSet.SEEDS;
        Path fromCli = tmp.resolve("extract.nq");
        PrintStream old = System.out;
        int code;
        try (PrintStream out = new PrintStream(Files.newOutputStream(fromCli), false, "UTF-8")) {
            System.setOut(out);
            code = NewsGraph.execute("extract", "--format", "nq", seeds.texts().toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, "extract failed");
        ByteArrayOutputStream fromEval = new ByteArrayOutputStream();
        seeds.evaluation().extract().writeNQuads(fromEval);
        assertEquals(Files.readAllLines(fromCli).stream().sorted().toList(),
                fromEval.toString(StandardCharsets.UTF_8).lines().sorted().toList());
    }

    /** Every row and accuracy of score.py --json equals the Java one to 0.001 (counts exactly). */
    static void assertSameFigures(JsonObject py, Scores java, String where) {
        List<String> pyRows = new ArrayList<>();
        for (String k : py.keys()) {
            if (py.get(k).isObject()) {
                pyRows.add(k);
            }
        }
        assertEquals(pyRows.stream().sorted().toList(), java.figures().keySet().stream().sorted().toList(), where + ": rows");
        for (String k : pyRows) {
            JsonObject row = py.get(k).getAsObject();
            Scores.Figure f = java.figure(k).orElseThrow();
            assertEquals(num(row, "precision"), f.precision(), 0.001, where + " " + k + " precision");
            assertEquals(num(row, "recall"), f.recall(), 0.001, where + " " + k + " recall");
            assertEquals(num(row, "f1"), f.f1(), 0.001, where + " " + k + " f1");
            assertEquals((int) num(row, "predicted"), f.predicted(), where + " " + k + " predicted");
            assertEquals((int) num(row, "gold"), f.gold(), where + " " + k + " gold");
        }
        for (String k : Scores.ACCURACIES) {
            assertEquals(num(py, k), java.accuracy(k), 0.001, where + " " + k);
        }
    }

    private static double num(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().doubleValue();
    }

    /** A short path to where two predictions differ, for the failure message. */
    static String firstDifference(JsonValue a, JsonValue b) {
        if (a.isObject() && b.isObject()) {
            for (String k : a.getAsObject().keys()) {
                if (!PyJson.pyEquals(a.getAsObject().get(k), b.getAsObject().get(k))) {
                    JsonValue bk = b.getAsObject().get(k);
                    return "." + k + (bk == null ? " missing" : firstDifference(a.getAsObject().get(k), bk));
                }
            }
            return " keys " + a.getAsObject().keys() + " vs " + b.getAsObject().keys();
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.min(a.getAsArray().size(), b.getAsArray().size()); i++) {
                if (!PyJson.pyEquals(a.getAsArray().get(i), b.getAsArray().get(i))) {
                    return "[" + i + "]" + firstDifference(a.getAsArray().get(i), b.getAsArray().get(i));
                }
            }
            return " lengths " + a.getAsArray().size() + " vs " + b.getAsArray().size();
        }
        return ": " + PyJson.brief(a) + " vs " + PyJson.brief(b);
    }
}
