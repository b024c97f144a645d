package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures the extractors must keep (issue 3), computed by the built-in eval on each dev set:
 * a change that drops one below its floor fails here.
 */
class TestScoreFloors {

    private static final Map<EvalFixtures.GoldSet, Scores> SCORES = new EnumMap<>(EvalFixtures.GoldSet.class);

    private static synchronized Scores scores(EvalFixtures.GoldSet set) {
        return SCORES.computeIfAbsent(set, s -> s.evaluation().run());
    }

    private static void atLeast(EvalFixtures.GoldSet set, String figure, double floor) {
        Scores s = scores(set);
        double f1 = s.figure(figure).map(Scores.Figure::f1).orElse(0.0);
        assertTrue(f1 >= floor, set + ": " + figure + " F1 is " + f1 + ", below " + floor + "\n" + s.toTable());
    }

    @Test
    void seedsClaimF1() {
        atLeast(EvalFixtures.GoldSet.SEEDS, "claims", 0.85);
    }

    @Test
    void seedsSourceAccuracy() {
        Scores s = scores(EvalFixtures.GoldSet.SEEDS);
        double acc = s.accuracy("source_accuracy");
        assertTrue(acc >= 0.90, "seeds: source accuracy is " + acc + ", below 0.90\n" + s.toTable());
    }

    @Test
    void seedsEntityF1() {
        atLeast(EvalFixtures.GoldSet.SEEDS, "entities", 0.90);
    }

    @Test
    void seedsRoleF1() {
        atLeast(EvalFixtures.GoldSet.SEEDS, "roles", 0.65);
    }

    @Test
    void polnearClaimF1() {
        atLeast(EvalFixtures.GoldSet.POLNEAR_DEV, "claims", 0.35);
    }

    @Test
    void redocredRoleF1() {
        atLeast(EvalFixtures.GoldSet.REDOCRED_DEV, "roles", 0.25);
    }
}
