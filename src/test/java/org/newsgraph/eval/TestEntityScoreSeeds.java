package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;

/**
 * Names on the seeds, scored the way CI scores them: {@code extract --format nq seeds/}, then
 * rdf_to_pred.py and score.py; persons and organisations must reach F1 0.80.
 */
class TestEntityScoreSeeds {

    @TempDir
    Path tmp;

    @Test
    void entityF1OnTheSeedsIsAtLeast080() throws IOException {
        EvalFixtures.GoldSet seeds = EvalFixtures.GoldSet.SEEDS;
        Path nq = tmp.resolve("seeds.nq");
        PrintStream old = System.out;
        int code;
        try (PrintStream out = new PrintStream(Files.newOutputStream(nq), false, "UTF-8")) {
            System.setOut(out);
            code = NewsGraph.execute("extract", "--format", "nq", seeds.texts().toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, "extract failed");
        Path pred = EvalFixtures.rdfToPred(nq, tmp.resolve("seeds.json"));
        JsonObject scores = EvalFixtures.scorePy(seeds.gold(), pred, seeds.texts());
        double f1 = scores.get("entities").getAsObject().get("f1").getAsNumber().value().doubleValue();
        assertTrue(f1 >= 0.80, "entity F1 (Person + Organization) on the seeds is " + f1 + ", below 0.80: " + scores);
    }
}
