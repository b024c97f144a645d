package org.newsgraph.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestCueLexicon {

    private final CueLexicon lex = CueLexicon.standard();

    private boolean isVerbCue(String... words) {
        return lex.verbsStartingWith(words[0]).stream().anyMatch(c -> c.words().equals(List.of(words)));
    }

    @Test
    void regularAndIrregularFormsOfCueVerbs() {
        for (String f : List.of("argue", "argues", "argued", "arguing", "said", "says", "told", "wrote", "admitted",
                "clarified", "replies")) {
            assertTrue(isVerbCue(f), f);
        }
        assertFalse(isVerbCue("table"));
    }

    @Test
    void multiwordCuesInflectTheirFirstWord() {
        assertTrue(isVerbCue("took", "the", "view"));
        assertTrue(isVerbCue("expressed", "irritation"));
        assertTrue(isVerbCue("calls", "for"));
    }

    @Test
    void classesAndFramesComeFromTheFile() {
        CueLexicon.VerbCue know = lex.verbsStartingWith("knows").get(0);
        assertEquals(CueLexicon.VerbClass.THINK, know.cls());
        assertTrue(know.needsThat());
        CueLexicon.VerbCue told = lex.verbsStartingWith("told").get(0);
        assertEquals(CueLexicon.Frame.OBJ, told.frame());
    }

    @Test
    void sourceNounsPluralsAndAgentNouns() {
        assertTrue(lex.isSourceNoun("officials"));
        assertTrue(lex.isSourceNoun("analyst"));
        assertTrue(lex.isSourceNoun("strategist"));
        assertTrue(lex.isSourceNoun("researchers"));
        assertFalse(lex.isSourceNoun("details"));
        assertFalse(lex.isSourceNoun("precedents"));
    }

    @Test
    void cueNounsPronounsAndPhrases() {
        assertTrue(lex.isCueNoun("assessment"));
        assertTrue(lex.isCueNoun("claims"));
        assertEquals('F', lex.pronoun("she"));
        assertEquals(0, lex.pronoun("table"));
        assertEquals(List.of(List.of("according", "to")), lex.sourceAfterPhrases("according"));
    }

    @Test
    void evidenceNounsAndStanceVerbs() {
        assertTrue(lex.isEvidenceNoun("polls"));
        assertTrue(lex.isEvidenceNoun("study"));
        assertFalse(lex.isEvidenceNoun("figures"));
        assertFalse(lex.isEvidenceNoun("officials"));
        assertTrue(isVerbCue("encouraged"));
        assertTrue(isVerbCue("echoed"));
        assertEquals(CueLexicon.VerbClass.ACT, lex.verbsStartingWith("declined").get(0).cls());
    }
}
