package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.DocumentReader;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/** Long runs (issue 11.5): sentences are cut to a bounded number of tokens, huge tokens keep their offsets. */
class TestLongInput {

    private static List<Sentence> sentences(String text) {
        AnnotatedDocument d = new AnnotatedDocument(DocumentReader.parse("t", "t.txt", text.getBytes(StandardCharsets.UTF_8)));
        new NlpAnnotator().annotate(d);
        return d.sentences();
    }

    private static void tokensIndexTheText(String text, List<Sentence> ss) {
        int last = -1;
        for (Sentence s : ss) {
            assertTrue(s.span().begin() >= last, "sentences overlap at " + s.span());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), t.span().in(text));
                assertTrue(s.span().contains(t.span()));
            }
            last = s.span().end();
        }
    }

    @Test
    void aLineWithoutPunctuationIsCutIntoBoundedSentences() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append(i % 7 == 0 ? "Mayor Olsen" : "the council voted").append(' ');
        }
        String text = b.toString();
        List<Sentence> ss = sentences(text);
        assertTrue(ss.size() >= 8500 / NlpAnnotator.MAX_SENTENCE_TOKENS, ss.size() + " sentences");
        int tokens = 0;
        for (Sentence s : ss) {
            assertTrue(s.size() <= NlpAnnotator.MAX_SENTENCE_TOKENS, s.size() + " tokens in " + s.span());
            tokens += s.size();
        }
        tokensIndexTheText(text, ss);
        assertEquals(text.strip().split(" +").length, tokens, "every word is a token of some sentence");
    }

    @Test
    void aLongRunIsCutAfterACommaWhenThereIsOne() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            b.append("officials in the capital, ");
        }
        List<Sentence> ss = sentences(b.toString());
        assertTrue(ss.size() > 1);
        for (Sentence s : ss.subList(0, ss.size() - 1)) {
            assertEquals(",", s.token(s.size() - 1).text(), "cut after a comma: " + s.span());
        }
    }

    @Test
    void aHugeTokenKeepsItsOffsetsAndIsNoName() {
        String blob = "X".repeat(200_000);
        String url = "https://example.com/" + "a/".repeat(25_000);
        String text = "The mayor, Maria Olsen, posted " + blob + " and then " + url + " on Tuesday.";
        List<Sentence> ss = sentences(text);
        tokensIndexTheText(text, ss);
        Token big = ss.stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().length() > 1000).findFirst().orElseThrow();
        assertEquals(blob, big.text());
        assertEquals(text.indexOf(blob), big.begin());
        assertEquals(NlpAnnotator.LONG_TOKEN_TAG, big.pos());
        assertTrue(ss.stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.text().equals(url) && t.pos().equals("X")));
        assertTrue(ss.stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.text().equals("Olsen")));
    }

    @Test
    void ordinarySentencesAreNotTouched() {
        String text = "The minister, who spoke in Kyiv on Monday, said the talks would resume.";
        List<Sentence> ss = sentences(text);
        assertEquals(1, ss.size());
        assertEquals(0, ss.get(0).span().begin());
        assertEquals(text.length(), ss.get(0).span().end());
    }
}
