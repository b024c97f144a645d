package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.DocumentReader;
import org.newsgraph.text.Sentence;

/** Sentences and tokens: line breaks end sentences, abbreviations and initials do not. */
class TestNlpAnnotator {

    private static List<Sentence> sentences(String text) {
        AnnotatedDocument d = new AnnotatedDocument(DocumentReader.parse("t", "t.txt", text.getBytes(StandardCharsets.UTF_8)));
        new NlpAnnotator().annotate(d);
        return d.sentences();
    }

    @Test
    void middleInitialsAndTitlesDoNotEndSentences() {
        List<Sentence> s = sentences("\"It matters,\" said Rep. Charles B. Rangel of New York. He left.");
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.get(0).tokens().stream().anyMatch(t -> t.text().equals("Rangel")));
    }

    @Test
    void aLineBreakEndsASentenceAndOffsetsIndexTheText() {
        String text = "Headline Without Stop\nThe minister spoke. Then she left.\n";
        List<Sentence> s = sentences(text);
        assertEquals(3, s.size());
        assertEquals("Headline Without Stop", s.get(0).span().in(text));
        for (Sentence x : s) {
            x.tokens().forEach(t -> assertEquals(t.text(), t.span().in(text)));
        }
    }

    @Test
    void aRealSentenceEndIsKept() {
        assertEquals(2, sentences("He met Gen. Mark Milley. Then he flew home.").size());
    }

    @Test
    void aNameWithItsPossessiveIsAProperNounWhateverTheTaggerSaid() {
        String[] words = {"Obama's", "It's", "Let's", "Biden's", "Zakharova\u2019s", "plan"};
        String[] tags = {"VERB", "PRON+AUX", "VERB", "PROPN+PART", "ADV", "NOUN"};
        NlpAnnotator.repairPossessiveNames(words, tags);
        assertEquals(List.of("PROPN+PART", "PRON+AUX", "VERB", "PROPN+PART", "PROPN+PART", "NOUN"), List.of(tags));
    }

    @Test
    void aTitleKeepsItsFullStopAtTheStartOfASentenceToo() {
        List<Sentence> s = sentences("Sen. Elizabeth Warren questioned him. Later Sen. Ann Berg did too.");
        assertEquals(2, s.size());
        assertEquals("Sen.", s.get(0).token(0).text());
        assertEquals("Sen.", s.get(1).token(1).text());
    }
}
