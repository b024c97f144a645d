package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TestLexicon {

    @Test
    void listsLoadAndAreNotEmpty() {
        Lexicon lex = Lexicon.standard();
        assertFalse(lex.titles().isEmpty());
        assertTrue(lex.titles().stream().anyMatch(t -> t.form().equals("Mrs.") && t.gender() == 'F' && t.isPersonTitle()));
        assertTrue(lex.titles().stream().anyMatch(t -> t.form().equals("Sen.") && "senator".equals(t.full())));
        assertTrue(lex.titles().stream().anyMatch(t -> t.form().equals("widow") && !t.isPersonTitle()));
        assertTrue(lex.initialsSkipWords().contains("of"));
        assertEquals(Set.of("is", "was", "are", "were"), lex.closedClass("be", "plain"));
        assertEquals(Set.of("its", "his", "her", "their"), lex.closedClass("possessive", "third"));
        assertTrue(lex.closedClass("possessive").containsAll(Set.of("my", "your", "our")));
        assertEquals(Set.of("a", "an", "the"), lex.closedClass("article"));
        assertTrue(lex.closedClass("no such group").isEmpty());
    }

    @Test
    void loadedOnceAndImmutable() {
        assertSame(Lexicon.standard(), Lexicon.standard());
        Lexicon fresh = Lexicon.load(Lexicon.BASE);
        assertNotSame(Lexicon.standard(), fresh);
        assertEquals(Lexicon.standard().titles(), fresh.titles());
        assertThrows(UnsupportedOperationException.class, () -> fresh.initialsSkipWords().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> fresh.titles().clear());
    }

    @Test
    void aMissingListNamesItself() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> Lexicon.load("/org/newsgraph/no-such-folder/"));
        assertTrue(e.getMessage().contains("/org/newsgraph/no-such-folder/titles.tsv"), e.getMessage());
    }
}
