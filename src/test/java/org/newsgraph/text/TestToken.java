package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestToken {

    @Test
    void aProperNounWithItsPossessiveIsAProperNoun() {
        assertTrue(new Token(0, new Span(0, 5), "Paris", "PROPN").isProperNoun());
        assertTrue(new Token(0, new Span(0, 7), "Biden's", "PROPN+PART").isProperNoun());
        assertFalse(new Token(0, new Span(0, 5), "house", "NOUN").isProperNoun());
        assertFalse(new Token(0, new Span(0, 5), "PROPNX", "X").isProperNoun());
    }
}
