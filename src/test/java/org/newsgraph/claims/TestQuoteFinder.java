package org.newsgraph.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestQuoteFinder {

    private static List<String> quotes(String text) {
        return QuoteFinder.find(text).stream().map(q -> q.span().in(text)).toList();
    }

    @Test
    void curlyStraightAndDoubledApostropheQuotes() {
        assertEquals(List.of("“one”", "\"two\"", "''three''"),
                quotes("He said “one” and then \"two\" and ''three'' before leaving."));
    }

    @Test
    void quotesOfAnotherKindStayInside() {
        assertEquals(List.of("\"the question: “As you know, it is late?” Yes.\""),
                quotes("She read \"the question: “As you know, it is late?” Yes.\" to us."));
    }

    @Test
    void aQuoteReopenedInTheNextParagraphContinues() {
        String t = "He said: “First part of it.\n\n“Second part of it.”\n\nAfter.";
        List<QuoteFinder.Quote> qs = QuoteFinder.find(t);
        assertEquals(2, qs.size());
        assertFalse(qs.get(0).continues());
        assertTrue(qs.get(1).continues());
        assertEquals("“Second part of it.”", qs.get(1).span().in(t));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        assertEquals(List.of("“never closed"), quotes("He said “never closed\n\nNext paragraph."));
    }

    @Test
    void apostrophesAndInchMarksAreNoQuotes() {
        assertEquals(List.of(), quotes("It’s the 12\" pipe, isn't it? Rock 'n' roll."));
    }

    @Test
    void mixedStylesCloseAtTheFirstMarkThatEndsAWord() {
        // curly opened, straight closed (and the reverse), a left curly mark typed as the closer
        assertEquals(List.of("“The bridge opens in May,\"", "\"It was late,”", "“It is unusual,“"),
                quotes("“The bridge opens in May,\" she said. \"It was late,” he said. “It is unusual,“ said Ingrid."));
        // a straight quote nested in a curly one is still kept inside
        assertEquals(List.of("“They called it \"the plan\" all along.”"),
                quotes("She said “They called it \"the plan\" all along.” Then she left."));
    }
}
