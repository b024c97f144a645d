package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.names.EntityType;

/** The names an entity is looked up under. */
class TestNameForms {

    @Test
    void nicknamesAndTransliterationsOfTheGivenNameAreLookedUpWorthLess() {
        Map<String, Double> f = NameForms.of(EntityType.PERSON, "Steve Witkoff", List.of());
        assertEquals(NameForms.LABEL, f.get("Steve Witkoff"));
        assertTrue(f.containsKey("Steven Witkoff"), f.toString());
        assertTrue(f.containsKey("Stevie Witkoff"), f.toString());
        assertTrue(f.get("Steven Witkoff") < NameForms.LABEL);
        assertTrue(NameForms.of(EntityType.PERSON, "Yury Ushakov", List.of()).containsKey("Yuri Ushakov"));
    }

    @Test
    void honorificsAndStrayPunctuationAreDroppedForPersonsOnly() {
        assertEquals("Leonid Petrov", NameForms.clean(EntityType.PERSON, "Dr. Leonid Petrov"));
        assertEquals("Yury Ushakov", NameForms.clean(EntityType.PERSON, "Yury Ushakov."));
        assertEquals("General Motors", NameForms.clean(EntityType.ORGANIZATION, "General Motors"));
        assertEquals("Washington D.C", NameForms.clean(EntityType.PLACE, "Washington D.C."));
        assertTrue(NameForms.of(EntityType.PERSON, "Dr. Leonid Petrov", List.of()).containsKey("Leonid Petrov"));
    }

    @Test
    void organisationsGetNoGivenNameVariants() {
        Map<String, Double> f = NameForms.of(EntityType.ORGANIZATION, "Steve Madden", List.of("Madden Inc"));
        assertFalse(f.containsKey("Steven Madden"));
        assertEquals(NameForms.ALIAS, f.get("Madden Inc"));
    }

    @Test
    void contextWordsMeetAcrossDerivations() {
        assertTrue(Words.stems("Russian diplomats").containsAll(Words.stems("Russia diplomacy")));
        assertFalse(Words.stems("the of and").iterator().hasNext());
    }
}
