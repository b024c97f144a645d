package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.names.EntityType;

class TestNameVariants {

    private static final EntityType P = EntityType.PERSON;

    @Test
    void nicknameAndTransliterationVariantsShareAKeyAndALabel() {
        String[][] groups = {
            {"Steve Witkoff", "Steven Witkoff", "Mr. Steve Witkoff", "STEVE WITKOFF", "Steven Witkoff's"},
            {"Yury Ushakov", "Yuri Ushakov", "Yuriy Ushakov"},
            {"Sergey Sudakov", "Sergei Sudakov"},
            {"Andrei Klintsevich", "Andrey Klintsevich"},
            {"Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov"},
            {"Bob Menendez", "Robert Menendez"},
            {"Donald Trump", "President Donald Trump", "Mr. Donald Trump"},
            {"Yuri Ushakov", "Yury Ushakov.", "YURY USHAKOV"},
        };
        for (String[] g : groups) {
            for (String v : g) {
                assertEquals(NameVariants.key(P, g[0]), NameVariants.key(P, v), v);
                assertEquals(NameVariants.fullForm(P, g[0]), NameVariants.fullForm(P, v), v);
            }
        }
        // an English nickname keeps its written form as the label; romanisations share one label
        assertEquals("Steve Witkoff", NameVariants.canonical(P, "Steve Witkoff"));
        assertEquals("Steven Witkoff", NameVariants.fullForm(P, "Steve Witkoff"));
        assertEquals("Bob Menendez", NameVariants.canonical(P, "Bob Menendez"));
        assertEquals("Yuri Ushakov", NameVariants.canonical(P, "Yury Ushakov"));
    }

    @Test
    void placesSetInCapitalsAreLabelledAsNamesAreWrittenButAcronymsStay() {
        assertEquals("Washington", NameVariants.canonical(EntityType.PLACE, "WASHINGTON"));
        assertEquals("New York", NameVariants.canonical(EntityType.PLACE, "NEW YORK"));
        assertEquals("USA", NameVariants.canonical(EntityType.PLACE, "USA"));
        assertEquals("UNICEF", NameVariants.canonical(EntityType.ORGANIZATION, "UNICEF"));
        assertEquals(NameVariants.key(EntityType.PLACE, "WASHINGTON"), NameVariants.key(EntityType.PLACE, "Washington"));
    }

    @Test
    void sharedSurnameOrDifferentLanguagesStayApart() {
        assertNotEquals(NameVariants.key(P, "John Smith"), NameVariants.key(P, "Mary Smith"));
        assertNotEquals(NameVariants.key(P, "Smith"), NameVariants.key(P, "John Smith"));
        assertNotEquals(NameVariants.key(P, "Vladimir Zelensky"), NameVariants.key(P, "Volodymyr Zelensky"));
        assertNotEquals(NameVariants.key(P, "Steven Witkoff"), NameVariants.key(P, "Stephen Witkoff"));
        assertNotEquals(NameVariants.key(P, "George W. Bush"), NameVariants.key(P, "George Bush"));
    }

    @Test
    void organisationsIgnoreTheArticlePossessiveAndDots() {
        EntityType o = EntityType.ORGANIZATION;
        assertEquals(NameVariants.key(o, "Kremlin"), NameVariants.key(o, "the Kremlin's"));
        assertEquals(NameVariants.key(o, "US Army"), NameVariants.key(o, "U.S. Army"));
        assertEquals("Kremlin", NameVariants.canonical(o, "The Kremlin"));
        // nicknames are folded for persons only
        assertNotEquals(NameVariants.key(o, "Bob Evans"), NameVariants.key(o, "Robert Evans"));
    }

    @Test
    void givenNameComparison() {
        assertTrue(NameVariants.sameGivenName("Sergey", "sergei"));
        assertTrue(NameVariants.sameGivenName("Yury", "Iouri"));
        assertFalse(NameVariants.sameGivenName("Vladimir", "Volodymyr"));
    }
}
