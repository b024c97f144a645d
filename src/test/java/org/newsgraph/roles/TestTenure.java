package org.newsgraph.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.AnnotatedDocument;

/** When a role is held: each time expression and marker on a news sentence written for the test. */
class TestTenure {

    /** "person | role | organisation | begin .. end" ("?" unknown, "<" before the article, ">" after it). */
    private static Set<String> tenures(String text, String... names) {
        AnnotatedDocument doc = TestRoleAnnotator.annotated(text, names);
        Set<String> out = new TreeSet<>();
        for (RoleFact r : doc.roles()) {
            Tenure t = r.tenure();
            String b = t.beginYear().map(String::valueOf).orElse(t.begin().map(TestTenure::rel).orElse("?"));
            String e = t.endYear().map(String::valueOf).orElse(t.end().map(TestTenure::rel).orElse("?"));
            out.add(doc.entity(r.person()).name() + " | " + (r.role() == null ? "-" : r.role()) + " | "
                    + (r.organization().isPresent() ? doc.entity(r.organization().getAsInt()).name() : "-") + " | " + b + " .. " + e);
        }
        return out;
    }

    private static String rel(Tenure.Relative r) {
        return r == Tenure.Relative.BEFORE_ARTICLE ? "<" : ">";
    }

    @Test
    void formerEndsBeforeTheArticle() {
        assertEquals(Set.of("Hugo Brandt | chief executive | Velmont Energy | ? .. <"),
                tenures("Hugo Brandt, the former chief executive of Velmont Energy, called the deal a mistake.",
                        "P:Hugo Brandt", "O:Velmont Energy"));
    }

    @Test
    void exWithAHyphenEndsBeforeTheArticle() {
        assertEquals(Set.of("Lena Frost | director | Northwind Bank | ? .. <"),
                tenures("The plan was drawn up by Northwind Bank ex-director Lena Frost.", "P:Lena Frost", "O:Northwind Bank"));
        assertEquals(Set.of("Lena Frost | director | Northwind Bank | ? .. <"),
                tenures("Lena Frost, an ex-director of Northwind Bank, said the plan was sound.", "P:Lena Frost", "O:Northwind Bank"));
    }

    @Test
    void thenIsHeldBeforeTheArticleAndNoLonger() {
        assertEquals(Set.of("Karl Meyer | chairman | Velmont Energy | < .. <"),
                tenures("Karl Meyer, then-chairman of Velmont Energy, began the talks.", "P:Karl Meyer", "O:Velmont Energy"));
    }

    @Test
    void incomingBeginsAfterTheArticle() {
        assertEquals(Set.of("Nora Hill | leader | Green Alliance | > .. ?"),
                tenures("The incoming Green Alliance leader Nora Hill promised a new course.", "P:Nora Hill", "O:Green Alliance"));
    }

    @Test
    void outgoingIsHeldNowAndEndsAfterTheArticle() {
        assertEquals(Set.of("Ben Yates | president | Lundmark Port Authority | < .. >"),
                tenures("The outgoing Lundmark Port Authority president Ben Yates said he would retire.",
                        "P:Ben Yates", "O:Lundmark Port Authority"));
    }

    @Test
    void fromYearToYear() {
        assertEquals(Set.of("Carla Nunes | treasurer | Civic Union | 2009 .. 2013"),
                tenures("Carla Nunes served as treasurer of the Civic Union from 2009 to 2013.", "P:Carla Nunes", "O:Civic Union"));
    }

    @Test
    void betweenYearAndYearAndARangeInBrackets() {
        assertEquals(Set.of("Omar Haddad | mayor | Harbour Party | 1998 .. 2004"),
                tenures("Omar Haddad was a mayor for the Harbour Party between 1998 and 2004.", "P:Omar Haddad", "O:Harbour Party"));
        assertEquals(Set.of("Ines Moreau | member | Civic Union | 2001 .. 2006"),
                tenures("Ines Moreau was a member of the Civic Union (2001–2006) before she retired.", "P:Ines Moreau", "O:Civic Union"));
    }

    @Test
    void sinceYearIsOpenAndHeldAtTheArticle() {
        assertEquals(Set.of("Maria Delgado | chairwoman | Lundmark Port Authority | 2017 .. >"),
                tenures("Maria Delgado has been the chairwoman of the Lundmark Port Authority since 2017.",
                        "P:Maria Delgado", "O:Lundmark Port Authority"));
    }

    @Test
    void untilYear() {
        assertEquals(Set.of("Paul Grant | treasurer | Civic Union | ? .. 2015"),
                tenures("Paul Grant was the treasurer of the Civic Union until 2015.", "P:Paul Grant", "O:Civic Union"));
    }

    @Test
    void joinedInYearBeginsAndLeftInYearEnds() {
        assertEquals(Set.of("Sam Reed | - | Lakeside Rovers | 2009 .. ?"),
                tenures("Sam Reed joined the Lakeside Rovers in 2009 after two seasons abroad.", "P:Sam Reed", "O:Lakeside Rovers"));
        assertEquals(Set.of("Sam Reed | - | Lakeside Rovers | 2009 .. ?"),
                tenures("In 2009, Sam Reed joined the Lakeside Rovers.", "P:Sam Reed", "O:Lakeside Rovers"));
        assertEquals(Set.of("Tom Becker | - | Green Alliance | ? .. 2015"),
                tenures("Tom Becker left the Green Alliance in May 2015, citing the party's stance on the port.",
                        "P:Tom Becker", "O:Green Alliance"));
    }

    @Test
    void aYearWithNoVerbOfBeginningSaysNothingAndAnotherPersonsYearIsNotTaken() {
        assertEquals(Set.of("Tom Becker | member | Green Alliance | ? .. ?"),
                tenures("Tom Becker, a member of the Green Alliance, spoke in 2019.", "P:Tom Becker", "O:Green Alliance"));
        // "since 2012" is Ann Roe's, said after her name, not Tom Becker's
        assertEquals(Set.of("Tom Becker | member | Green Alliance | ? .. ?", "Ann Roe | - | Civic Union | 2012 .. >"),
                tenures("Tom Becker, a member of the Green Alliance, and Ann Roe of the Civic Union, who has led it since 2012, spoke.",
                        "P:Tom Becker", "O:Green Alliance", "P:Ann Roe", "O:Civic Union"));
    }

    @Test
    void thenAloneIsAnAdverb() {
        assertEquals(Set.of("Sam Reed | - | Lakeside Rovers | ? .. ?"),
                tenures("He trained in Spain and then Sam Reed joined the Lakeside Rovers.", "P:Sam Reed", "O:Lakeside Rovers"));
    }
}
