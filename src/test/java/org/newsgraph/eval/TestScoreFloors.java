package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPaths;

/**
 * The figures the extractors must keep (issue 3), computed by the built-in eval on each dev set:
 * a change that drops one below its floor fails here.
 */
class TestScoreFloors {

    /** conll-dev floors, just under what is reached (mention F1 0.799, organisations 0.622); the issue asks 0.75 and 0.55. */
    static final double CONLL_MENTIONS = 0.795, CONLL_ORG = 0.62;

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
        atLeast(EvalFixtures.GoldSet.SEEDS, "claims", 0.98); // today's figure: no lower (issue 14)
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

    /**
     * polnear-dev claim floors, just under what is reached (F1 0.659, recall 0.562, source accuracy
     * 0.962); issue 14 asks F1 0.70 and recall 0.62, not reached yet (docs/claims.md).
     */
    static final double POLNEAR_CLAIMS = 0.657, POLNEAR_CLAIM_RECALL = 0.560, POLNEAR_SOURCES = 0.90;

    @Test
    void polnearClaimF1() {
        atLeast(EvalFixtures.GoldSet.POLNEAR_DEV, "claims", POLNEAR_CLAIMS);
    }

    @Test
    void polnearClaimRecall() {
        Scores s = scores(EvalFixtures.GoldSet.POLNEAR_DEV);
        double r = s.figure("claims").map(Scores.Figure::recall).orElse(0.0);
        assertTrue(r >= POLNEAR_CLAIM_RECALL, "polnear-dev: claim recall is " + r + ", below " + POLNEAR_CLAIM_RECALL + "\n" + s.toTable());
    }

    @Test
    void polnearSourceAccuracy() {
        Scores s = scores(EvalFixtures.GoldSet.POLNEAR_DEV);
        double acc = s.accuracy("source_accuracy");
        assertTrue(acc >= POLNEAR_SOURCES, "polnear-dev: source accuracy is " + acc + ", below " + POLNEAR_SOURCES + "\n" + s.toTable());
    }

    @Test
    void redocredRoleF1() {
        atLeast(EvalFixtures.GoldSet.REDOCRED_DEV, "roles", 0.405);  // 0.407 measured (issue 14 items 4-5, fifth pass); its gold is sparse (see README)
    }

    /** Just under what is reached (0.791); the issue asks 0.78. */
    @Test
    void redocredEntityF1() {
        atLeast(EvalFixtures.GoldSet.REDOCRED_DEV, "entities", 0.79);
    }

    private static Evaluation.Extracted conll;
    private static Evaluation conllEval;

    /** conll-dev (CoNLL-2003 validation, Reuters 1996): measured only, never trained on or written rules for. */
    private static synchronized Evaluation.Extracted conll() {
        if (conll == null) {
            java.nio.file.Path dir = TestPaths.shared().resolve("eval/conll-dev");
            conllEval = Evaluation.create().gold(dir.resolve("gold.json")).texts(dir.resolve("text")).build();
            conll = conllEval.extract();
        }
        return conll;
    }

    @Test
    void conllMentionF1() {
        Scores s = conllEval(conll());
        double f1 = s.figure("mentions").map(Scores.Figure::f1).orElse(0.0);
        assertTrue(f1 >= CONLL_MENTIONS, "conll-dev: mention F1 is " + f1 + ", below " + CONLL_MENTIONS + "\n" + s.toTable());
    }

    @Test
    void conllOrganisationMentionF1() {
        Evaluation.Extracted x = conll();
        double f1 = typeF1(conllEval.gold(), x.predictions(), "Organization");
        assertTrue(f1 >= CONLL_ORG, "conll-dev: organisation mention F1 is " + f1 + ", below " + CONLL_ORG);
    }

    private static Scores conllEval(Evaluation.Extracted x) {
        return conllEval.score(x);
    }

    /** Mention F1 of one type, exact span and type (as ../shared/eval/types.py). */
    static double typeF1(org.apache.jena.atlas.json.JsonObject gold, org.apache.jena.atlas.json.JsonObject pred, String type) {
        java.util.Set<String> g = spans(gold, type), p = spans(pred, type);
        long both = p.stream().filter(g::contains).count();
        double pr = p.isEmpty() ? 0 : (double) both / p.size(), re = g.isEmpty() ? 0 : (double) both / g.size();
        return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
    }

    private static java.util.Set<String> spans(org.apache.jena.atlas.json.JsonObject set, String type) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.apache.jena.atlas.json.JsonValue d : set.get("documents").getAsArray()) {
            org.apache.jena.atlas.json.JsonObject doc = d.getAsObject();
            if (!doc.hasKey("mentions")) {
                continue;
            }
            for (org.apache.jena.atlas.json.JsonValue m : doc.get("mentions").getAsArray()) {
                org.apache.jena.atlas.json.JsonObject mo = m.getAsObject();
                if (mo.get("type").getAsString().value().equals(type)) {
                    out.add(doc.get("file").getAsString().value() + " " + mo.get("span").toString().replaceAll("\\s", ""));
                }
            }
        }
        return out;
    }
}
