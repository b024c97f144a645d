package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;

/**
 * The scorer on a small hand-written gold and prediction set (texts written for this test) that
 * holds optional items, unnamed and null sources, a content in three pieces, sources matched by
 * span, title and NFKC name variants, and ties that only the scorer's pair order decides; compared
 * with score.py's own output, character for character.
 */
class TestScorer {

    @TempDir
    Path tmp;

    private static final Path GOLD = EvalFixtures.resource("gold.json");
    private static final Path PRED = EvalFixtures.resource("pred.json");
    private static final Path TEXTS = EvalFixtures.resource("texts");

    private static Scores javaScores() {
        return Scorer.score(Scorer.read(GOLD), Scorer.read(PRED), TEXTS);
    }

    @Test
    void tableAndJsonAreScorePys() {
        Scores s = javaScores();
        assertEquals(EvalFixtures.python(EvalFixtures.script("score.py"), GOLD, PRED, TEXTS), s.toTable());
        assertEquals(EvalFixtures.python(EvalFixtures.script("score.py"), GOLD, PRED, TEXTS, "--json").strip(), s.toJson());
    }

    @Test
    void figuresWorkedOutByHand() {
        Scores s = javaScores();
        // "Doe" comes first and takes Jane Doe, so "Jane Doe" finds nobody and Richard Doe stays missed;
        // the prediction matched to the optional City Hall counts nowhere
        Scores.Figure e = s.figure("entities").orElseThrow();
        assertEquals(5, e.predicted());
        assertEquals(5, e.gold());
        assertEquals(0.6, e.precision());
        // nine gold claims (the optional headline drops out) all found by content
        Scores.Figure content = s.figure("claim_content").orElseThrow();
        assertEquals(9, content.gold());
        assertEquals(1.0, content.recall());
        // the two equal predictions of the newspaper's claim tie; the first (wrong source) wins;
        // the council's vote has a null source for a named one: 7 of 9 sources right
        assertEquals(0.7778, s.accuracy("source_accuracy"));
        assertEquals(0.7778, s.figure("claims").orElseThrow().recall());
        // one gold role is optional and the prediction that matches it drops out
        assertEquals(3, s.figure("roles").orElseThrow().predicted());
        assertTrue(s.figure("mentions").isPresent());
    }

    @Test
    void greedyKeepsThePairOrderOnTies() {
        // every pair scores 1 except (1, 1): Python's stable sort takes (0, 0) first, leaving (1, 1) below the threshold
        List<int[]> pairs = Scorer.greedy(2, 2, (p, g) -> p == 1 && g == 1 ? 0.0 : 1.0, 1.0);
        assertEquals(1, pairs.size());
        assertEquals(List.of(0, 0), List.of(pairs.get(0)[0], pairs.get(0)[1]));
        // a better score comes first whatever its place; -0.0 and 0.0 tie as in Python
        pairs = Scorer.greedy(2, 2, (p, g) -> p == 1 && g == 0 ? 0.9 : p == 0 && g == 1 ? 0.6 : g == 0 ? -0.0 : 0.0, 0.5);
        assertEquals(2, pairs.size());
        assertEquals(List.of(1, 0), List.of(pairs.get(0)[0], pairs.get(0)[1]));
    }

    @Test
    void namesNormaliseAsInScorePy() throws IOException {
        List<String> names = List.of("Mayor Jane Doe", "  Dr. Jane  Doe's ", "the White House", "The Rev. John Roe",
                "Doe\u2019s", "ＡＣＭＥ Corp.", "Sen. O'Brien", "Jean-Luc Picard", "Ｍｒ．　Smith", "president of the council",
                "İstanbul", "ΟΔΥΣΣΕΥΣ", "Ⅻ Legion", "x²", "½ share", "snake_case", "Café\u0301", "New\u00a0York",
                "Acme\u001cCorp", "", "   ", "'s", "Mr.", "Gen. Prof. Sir Tim", "The the Band", "\u2018Quoted\u2019");
        Path in = tmp.resolve("names.json");
        JsonArray a = new JsonArray();
        names.forEach(n -> a.add(new JsonString(n)));
        Files.writeString(in, JSON.toString(a), StandardCharsets.UTF_8);
        String code = "import sys, json; sys.path.insert(0, sys.argv[1]); import score; "
                + "names = json.load(open(sys.argv[2], encoding='utf-8')); "
                + "print(json.dumps([[score.norm_name(n), [score.singular(w) for w in n.split()]] for n in names]))";
        JsonValue py = JSON.parseAny(EvalFixtures.python("-c", code, EvalFixtures.script("score.py").getParent(), in));
        for (int i = 0; i < names.size(); i++) {
            JsonArray row = py.getAsArray().get(i).getAsArray();
            String n = names.get(i);
            assertEquals(row.get(0).getAsString().value(), Scorer.normName(n), "norm_name of \"" + n + "\"");
            List<String> singulars = new ArrayList<>();
            PyText.split(n).forEach(w -> singulars.add(Scorer.singular(w)));
            List<String> pySingulars = new ArrayList<>();
            row.get(1).getAsArray().forEach(v -> pySingulars.add(v.getAsString().value()));
            assertEquals(pySingulars, singulars, "singular of the words of \"" + n + "\"");
        }
    }

    @Test
    void roundingAndPrintingAsPython() {
        // every k/n up to 64: round(x, 4), then repr and '.3f' of that, which is where Java's defaults differ
        StringBuilder java = new StringBuilder();
        for (int n = 1; n <= 64; n++) {
            for (int k = 0; k <= n; k++) {
                double r = Scores.round4((double) k / n);
                java.append(Scores.repr(r)).append(' ').append(Scores.fixed3(r)).append('\n');
            }
        }
        String py = EvalFixtures.python("-c", "print(''.join(f'{round(k / n, 4)!r} {round(k / n, 4):.3f}\\n' "
                + "for n in range(1, 65) for k in range(n + 1)), end='')");
        assertEquals(py, java.toString());
        assertEquals("0.062", Scores.fixed3(Scores.round4(1.0 / 16)));
    }

    @Test
    void aClaimTextMissingFromItsDocumentIsAnError() throws IOException {
        JsonObject pred = Scorer.read(PRED);
        pred.get("documents").getAsArray().get(1).getAsObject().get("claims").getAsArray().get(0).getAsObject()
                .put("text", "words that are nowhere in b.txt");
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> Scorer.score(Scorer.read(GOLD), pred, TEXTS));
        assertTrue(e.getMessage().contains("b.txt") && e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void badGoldFilesAreRefusedNamingTheFile() throws IOException {
        Path notJson = tmp.resolve("broken.json");
        Files.writeString(notJson, "{\"documents\": [ {\"file\": \"a.txt\", ");
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> Scorer.read(notJson));
        assertTrue(e.getMessage().startsWith(notJson.toString()) && !e.getMessage().contains("\n"), e.getMessage());
        Path noDocs = tmp.resolve("nodocs.json");
        Files.writeString(noDocs, "{\"docs\": []}");
        e = assertThrows(NewsGraphException.class, () -> Scorer.read(noDocs));
        assertTrue(e.getMessage().contains("documents"), e.getMessage());
        Path noFile = tmp.resolve("nofile.json");
        Files.writeString(noFile, "{\"documents\": [{\"claims\": []}]}");
        e = assertThrows(NewsGraphException.class, () -> Scorer.read(noFile));
        assertTrue(e.getMessage().contains("\"file\""), e.getMessage());
    }
}
