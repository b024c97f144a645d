package org.newsgraph.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.AnnotatedDocument;

/**
 * The fifth pass on issue 14's items 4–5: a role stated as the subject with the person as its complement, a
 * relational role in the organisation an encyclopaedic article is about, lists of institutions that name places
 * too, a role noun that owns what follows, and the co-founders named "together with" the founder. Sentences
 * written for these tests; names given as the recogniser would give them.
 */
class TestRoleAnnotatorFifthPass {

    private static Set<String> roles(String text, String... names) {
        AnnotatedDocument doc = TestRoleAnnotator.annotated(text, names);
        Set<String> out = new TreeSet<>();
        for (RoleFact r : doc.roles()) {
            out.add(doc.entity(r.person()).name() + " | " + (r.role() == null ? "-" : r.role()) + " | "
                    + (r.organization().isPresent() ? doc.entity(r.organization().getAsInt()).name() : "-"));
        }
        return out;
    }

    @Test
    void roleAsSubjectPersonAsComplement() {
        assertEquals(Set.of("John Smith | chairman | -"),
                roles("The current chairman is John Smith, the report says.", "P:John Smith"));
        assertEquals(Set.of("Ann Berg | drummer | Night Owls"),
                roles("The Night Owls' drummer was Ann Berg until 2004.", "O:Night Owls", "P:Ann Berg"));
    }

    @Test
    void relationalRoleHeldInTheLeadOrganisation() {
        assertEquals(Set.of("Tom Reddy | member | Night Owls"),
                roles("The Night Owls were a Welsh rock band. The only constant member was Tom Reddy.",
                        "O:Night Owls", "P:Tom Reddy"));
        // no lead organisation (the article opens with a person): "member" alone is no fact
        assertEquals(Set.of(),
                roles("Ann Berg spoke on Monday. The only member was Tom Reddy.", "P:Ann Berg", "P:Tom Reddy"));
        // another organisation named in the sentence: not the lead one's
        assertEquals(Set.of(),
                roles("The Night Owls were a Welsh rock band. The only member was Tom Reddy, who later sang for Kestrel Yard.",
                        "O:Night Owls", "P:Tom Reddy", "O:Kestrel Yard"));
    }

    @Test
    void listOfInstitutionsWithPlacesAmongThem() {
        assertEquals(Set.of("Ann Berg | visiting professor | Tarvik College", "Ann Berg | visiting professor | Velmont University"),
                roles("Ann Berg was visiting professor at Lundby (2007), Velmont University (2009) and Tarvik College (2011).",
                        "P:Ann Berg", "L:Lundby", "O:Velmont University", "O:Tarvik College"));
        assertEquals(Set.of("Ann Berg | lawyer | -"),
                roles("Ann Berg was a lawyer in Lundby and Norden.", "P:Ann Berg", "L:Lundby", "L:Norden"));
        // two members, one a place: more likely one name the recogniser split ("Norden and Tarvik Veterans")
        assertEquals(Set.of("Ann Berg | chief executive | -"),
                roles("Ann Berg, chief executive of Norden and Tarvik Veterans, spoke.", "P:Ann Berg", "L:Norden", "O:Tarvik Veterans"));
    }

    @Test
    void bandmateAndPartnerSayNothingWithoutTheirOrganisation() {
        assertEquals(Set.of(), roles("The album followed the departure of bandmate Tom Reddy.", "P:Tom Reddy"));
        assertEquals(Set.of(), roles("Another partner, Ann Berg, spends her time with clients.", "P:Ann Berg"));
        assertEquals(Set.of("Ann Berg | partner | Velmont Capital"),
                roles("Ann Berg, a partner at Velmont Capital, spends her time with clients.", "P:Ann Berg", "O:Velmont Capital"));
    }

    @Test
    void roleNounOwningWhatFollowsIsNoRole() {
        assertEquals(Set.of(),
                roles("Tom Hale was local Harbour Party leaders' first choice for the seat.", "P:Tom Hale", "O:Harbour Party"));
    }

    @Test
    void coFoundersNamedTogetherWithTheFounder() {
        assertEquals(Set.of("Ann Berg | co-founder | Harbour Party", "Lisa Moe | co-founder | Harbour Party",
                        "Tom Hale | co-founder | Harbour Party"),
                roles("Together with Ann Berg and Tom Hale, Lisa Moe founded the Harbour Party in 1990.",
                        "P:Ann Berg", "P:Tom Hale", "P:Lisa Moe", "O:Harbour Party"));
        // a list closed by "and others"
        assertEquals(Set.of("Kari Lund | co-founder | Tarvik Union", "Nils Dahl | co-founder | Tarvik Union",
                        "Per Holm | co-founder | Tarvik Union"),
                roles("Joining together with Nils Dahl, Per Holm, and others, Kari Lund formed the political organization Tarvik Union in 1932.",
                        "P:Nils Dahl", "P:Per Holm", "P:Kari Lund", "O:Tarvik Union"));
    }
}
