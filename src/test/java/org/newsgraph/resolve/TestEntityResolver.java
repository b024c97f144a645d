package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.DocumentReader;
import org.newsgraph.text.Span;

/**
 * Coreference within one document. The name mentions are given (every occurrence of the listed
 * names, typed as listed) so that these tests exercise the resolver alone; sentences, tokens and
 * POS tags come from the real OpenNLP stage.
 */
class TestEntityResolver {

    private static final NlpAnnotator NLP = new NlpAnnotator();

    /** Runs tokens + POS, marks every occurrence of each "Type:Name" as a name mention, then resolves. */
    static AnnotatedDocument resolve(String text, String... typedNames) {
        AnnotatedDocument doc = new AnnotatedDocument(
                DocumentReader.parse("test", "test.txt", text.getBytes(StandardCharsets.UTF_8)));
        NLP.annotate(doc);
        List<Mention> names = new ArrayList<>();
        for (String tn : typedNames) {
            int colon = tn.indexOf(':');
            EntityType type = EntityType.valueOf(tn.substring(0, colon));
            String name = tn.substring(colon + 1);
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                int end = at + name.length();
                boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
                Span sp = Span.of(at, end);
                if (wordStart && wordEnd && names.stream().noneMatch(m -> m.span().overlaps(sp))) {
                    names.add(Mention.name(sp, name, type));
                }
            }
        }
        doc.setMentions(names);
        new EntityResolver().annotate(doc);
        return doc;
    }

    /** The mention whose span is exactly the n-th (0-based) occurrence of {@code surface}, or null. */
    static Mention mentionAt(AnnotatedDocument doc, String surface, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = doc.text().indexOf(surface, at + 1);
            assertTrue(at >= 0, "no occurrence " + n + " of " + surface);
        }
        for (Mention m : doc.mentions()) {
            if (m.span().begin() == at && m.span().end() == at + surface.length()) {
                return m;
            }
        }
        return null;
    }

    static Entity entityOf(AnnotatedDocument doc, String surface, int n) {
        Mention m = mentionAt(doc, surface, n);
        assertNotNull(m, "no mention for occurrence " + n + " of " + surface);
        assertTrue(m.entity() >= 0, "unresolved: " + surface);
        return doc.entity(m.entity());
    }

    @Test
    void surnameJoinsFullNameMetEarlier() {
        AnnotatedDocument doc = resolve("Steven Witkoff arrived in Moscow. Officials said Witkoff would stay two days.",
                "PERSON:Steven Witkoff", "PERSON:Witkoff", "PLACE:Moscow");
        Entity full = entityOf(doc, "Steven Witkoff", 0);
        assertEquals(full, entityOf(doc, "Witkoff", 1));
        assertEquals("Steven Witkoff", full.name());
        assertTrue(full.variants().contains("Witkoff"));
        assertEquals(2, doc.entities().size());
    }

    @Test
    void surnameBeforeTheOnlyFullNameJoinsIt() {
        AnnotatedDocument doc = resolve("Ushakov spoke first. Later, Yury Ushakov, a Kremlin aide, said more.",
                "PERSON:Yury Ushakov", "ORGANIZATION:Ushakov", "ORGANIZATION:Kremlin");
        Mention early = mentionAt(doc, "Ushakov", 0);
        assertEquals(EntityType.PERSON, early.type(), "retyped as the person it names");
        assertEquals(entityOf(doc, "Yury Ushakov", 0), doc.entity(early.entity()));
    }

    @Test
    void firstNameAndPossessiveJoinFullName() {
        AnnotatedDocument doc = resolve("Maria Zakharova spoke on Monday. Maria's remarks were brief, and Zakharova's "
                + "aides declined to comment.", "PERSON:Maria Zakharova", "PERSON:Maria", "PERSON:Zakharova");
        Entity e = entityOf(doc, "Maria Zakharova", 0);
        assertEquals(e, doc.entity(mentionAt(doc, "Maria", 1).entity()));
        assertEquals(e, doc.entity(mentionAt(doc, "Zakharova", 1).entity()));
        assertEquals(1, doc.entities().size());
        assertEquals('F', e.gender());
    }

    @Test
    void nicknameAndFullNameAreOneEntityWithTheLongestName() {
        AnnotatedDocument doc = resolve("Steve Witkoff flew in. Steven Charles Witkoff is a developer.",
                "PERSON:Steve Witkoff", "PERSON:Steven Charles Witkoff");
        assertEquals(entityOf(doc, "Steve Witkoff", 0), entityOf(doc, "Steven Charles Witkoff", 0));
        assertEquals("Steven Charles Witkoff", doc.entities().get(0).name());
    }

    @Test
    void twoPeopleSharingASurnameStayApartAndTheSurnameJoinsTheNearest() {
        AnnotatedDocument doc = resolve("John Smith met Mary Smith in Paris. Later, Mrs. Smith said the talks went well.",
                "PERSON:John Smith", "PERSON:Mary Smith", "PERSON:Smith", "PLACE:Paris");
        Entity john = entityOf(doc, "John Smith", 0);
        Entity mary = entityOf(doc, "Mary Smith", 0);
        assertNotEquals(john, mary);
        assertEquals(mary, doc.entity(mentionAt(doc, "Smith", 2).entity()));
    }

    @Test
    void honorificGivesGenderAndPicksCompatibleSurnameOwner() {
        AnnotatedDocument doc = resolve("Mary Smith met John Smith on Friday. Mr. Smith said nothing.",
                "PERSON:Mary Smith", "PERSON:John Smith", "PERSON:Smith");
        // the nearest Smith is John; "Mr." agrees with him, not with Mary
        assertEquals(entityOf(doc, "John Smith", 0), doc.entity(mentionAt(doc, "Smith", 2).entity()));
    }

    @Test
    void pronounsGoToTheAntecedentOfTheirGender() {
        AnnotatedDocument doc = resolve("Maria Zakharova met Sergei Lavrov in Moscow. He said the meeting was useful, "
                + "and she agreed with him.", "PERSON:Maria Zakharova", "PERSON:Sergei Lavrov", "PLACE:Moscow");
        Entity maria = entityOf(doc, "Maria Zakharova", 0);
        Entity sergei = entityOf(doc, "Sergei Lavrov", 0);
        Mention he = mentionAt(doc, "He", 0);
        Mention she = mentionAt(doc, "she", 0);
        Mention him = mentionAt(doc, "him", 0);
        assertEquals(Mention.Kind.ANAPHOR, he.kind());
        assertEquals(EntityType.PERSON, he.type());
        assertEquals(sergei, doc.entity(he.entity()));
        assertEquals(maria, doc.entity(she.entity()));
        assertEquals(sergei, doc.entity(him.entity()));
    }

    @Test
    void genderFromTitleWhenTheGivenNameTellsNothing() {
        AnnotatedDocument doc = resolve("The company's spokeswoman, Kim Lee, met Pat Jones. She said the deal was off.",
                "PERSON:Kim Lee", "PERSON:Pat Jones");
        assertEquals(entityOf(doc, "Kim Lee", 0), doc.entity(mentionAt(doc, "She", 0).entity()));
    }

    @Test
    void pronounWithoutCompatibleAntecedentStaysUnresolved() {
        AnnotatedDocument doc = resolve("Sergei Lavrov arrived late. She said the talks would continue.",
                "PERSON:Sergei Lavrov");
        assertNull(mentionAt(doc, "She", 0), "no female antecedent: no mention");
        AnnotatedDocument far = resolve("Sergei Lavrov arrived. It rained. The hall was cold. The lights were dim. "
                + "He spoke.", "PERSON:Sergei Lavrov");
        assertNull(mentionAt(far, "He", 0), "antecedent outside the window");
    }

    @Test
    void itIsNeverResolved() {
        AnnotatedDocument doc = resolve("Gazprom raised prices. It said demand was high.", "ORGANIZATION:Gazprom");
        assertNull(mentionAt(doc, "It", 0));
    }

    @Test
    void theNewspaperGoesToTheOutletNotTheNearestOrganisation() {
        AnnotatedDocument doc = resolve("The story was first reported by Politico. Gazprom declined to comment. "
                + "The newspaper said the deal was signed in May.", "ORGANIZATION:Politico", "ORGANIZATION:Gazprom");
        Mention paper = mentionAt(doc, "The newspaper", 0);
        assertNotNull(paper, "a mention with the exact span of the description");
        assertEquals(Mention.Kind.ANAPHOR, paper.kind());
        assertEquals(EntityType.ORGANIZATION, paper.type());
        assertEquals(entityOf(doc, "Politico", 0), doc.entity(paper.entity()));
    }

    @Test
    void descriptionWithoutCompatibleAntecedentStaysUnresolved() {
        AnnotatedDocument doc = resolve("Gazprom raised prices. The newspaper said demand was high.",
                "ORGANIZATION:Gazprom");
        assertNull(mentionAt(doc, "The newspaper", 0));
    }

    @Test
    void theOfficialAndTheTitledPresident() {
        AnnotatedDocument doc = resolve("President Emmanuel Macron spoke to Olaf Scholz on Monday. Scholz agreed. "
                + "The president said later that the official had been helpful.",
                "PERSON:Emmanuel Macron", "PERSON:Olaf Scholz", "PERSON:Scholz");
        assertEquals(entityOf(doc, "Emmanuel Macron", 0), doc.entity(mentionAt(doc, "The president", 0).entity()));
        assertEquals(entityOf(doc, "Olaf Scholz", 0), doc.entity(mentionAt(doc, "the official", 0).entity()));
    }

    @Test
    void relativeWhoAfterAName() {
        AnnotatedDocument doc = resolve("The plan was backed by Andrei Klintsevich, who said it would work.",
                "PERSON:Andrei Klintsevich");
        assertEquals(entityOf(doc, "Andrei Klintsevich", 0), doc.entity(mentionAt(doc, "who", 0).entity()));
    }

    @Test
    void acronymDefinedInBracketsJoinsLongForm() {
        AnnotatedDocument doc = resolve("The North Atlantic Treaty Organization (NATO) met in Brussels. NATO said "
                + "nothing. The European Union said little, and the EU spokesman left.",
                "ORGANIZATION:North Atlantic Treaty Organization", "ORGANIZATION:NATO",
                "ORGANIZATION:European Union", "ORGANIZATION:EU", "PLACE:Brussels");
        Entity nato = entityOf(doc, "North Atlantic Treaty Organization", 0);
        assertEquals(nato, entityOf(doc, "NATO", 0));
        assertEquals(nato, entityOf(doc, "NATO", 1));
        assertEquals("North Atlantic Treaty Organization", nato.name());
        assertTrue(nato.variants().contains("NATO"));
        assertEquals(entityOf(doc, "European Union", 0), entityOf(doc, "EU", 0));
    }

    @Test
    void caseAndAccentsDoNotSplitAnEntity() {
        AnnotatedDocument doc = resolve("José Martí was a poet. JOSE MARTI is also the name of an airport, "
                + "named after Jose Marti.", "PERSON:José Martí", "PERSON:JOSE MARTI", "PERSON:Jose Marti");
        assertEquals(1, doc.entities().size());
    }

    @Test
    void anOfficeNeedsAnAntecedentSeenWithThatTitle() {
        AnnotatedDocument doc = resolve("Steven Witkoff met reporters. Critics said the leak hurt the president.",
                "PERSON:Steven Witkoff");
        assertNull(mentionAt(doc, "the president", 0), "Witkoff was never called president");
        AnnotatedDocument titled = resolve("Republican nominee Donald Trump met Hillary Clinton, the Democratic nominee. "
                + "The Republican nominee said little.", "PERSON:Donald Trump", "PERSON:Hillary Clinton");
        assertEquals(entityOf(titled, "Donald Trump", 0),
                titled.entity(mentionAt(titled, "The Republican nominee", 0).entity()));
    }

    @Test
    void theyGoesToAnOrganisationOnlyWhenNothingElseCompetes() {
        AnnotatedDocument org = resolve("Gazprom cut output on Monday. They said demand was strong.",
                "ORGANIZATION:Gazprom");
        assertEquals(entityOf(org, "Gazprom", 0), org.entity(mentionAt(org, "They", 0).entity()));
        AnnotatedDocument people = resolve("Gazprom met Sergei Lavrov on Monday. They said demand was strong.",
                "ORGANIZATION:Gazprom", "PERSON:Sergei Lavrov");
        assertNull(mentionAt(people, "They", 0), "a person in the window: they may be people");
        AnnotatedDocument plural = resolve("Gazprom said analysts were worried. They said demand was weak.",
                "ORGANIZATION:Gazprom");
        assertNull(mentionAt(plural, "They", 0), "a plural noun in between");
    }

    @Test
    void longDocumentsStayLinear() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append("Sergei Lavrov met Maria Zakharova. He said she was right, and Lavrov agreed with her. ");
        }
        AnnotatedDocument doc = resolve(b.toString(), "PERSON:Sergei Lavrov", "PERSON:Maria Zakharova",
                "PERSON:Lavrov");
        assertEquals(2, doc.entities().size());
        long anaphors = doc.mentions().stream().filter(m -> !m.isName()).count();
        assertEquals(400 * 3, anaphors);
    }

    @Test
    void sentenceInitialPronounInABiographicalLeadGoesToItsSubject() {
        AnnotatedDocument doc = resolve("Tomas Brandt (born 1950) is a Danish engineer. In 1990 he met Karl Holm at a "
                + "conference in Oslo. He later joined the Danish Society of Engineers.",
                "PERSON:Tomas Brandt", "PERSON:Karl Holm", "PLACE:Oslo", "ORGANIZATION:Danish Society of Engineers");
        assertEquals(entityOf(doc, "Tomas Brandt", 0), doc.entity(mentionAt(doc, "He", 0).entity()));
    }

    @Test
    void withoutABiographicalLeadThePronounGoesToTheNearest() {
        AnnotatedDocument doc = resolve("Tomas Brandt arrived in Oslo on Monday. Karl Holm met him in the "
                + "afternoon. He said the talks went well.",
                "PERSON:Tomas Brandt", "PERSON:Karl Holm", "PLACE:Oslo");
        assertEquals(entityOf(doc, "Karl Holm", 0), doc.entity(mentionAt(doc, "He", 0).entity()));
    }

    @Test
    void leadSubjectOfUnknownGenderTakesEitherPronoun() {
        AnnotatedDocument doc = resolve("Hele Bejo (born 1948) is a Tunisian writer. The daughter of politician Karl Holm, "
                + "she studied in Paris. She later joined UNESCO.",
                "PERSON:Hele Bejo", "PERSON:Karl Holm", "PLACE:Paris", "ORGANIZATION:UNESCO");
        assertEquals(entityOf(doc, "Hele Bejo", 0), doc.entity(mentionAt(doc, "She", 0).entity()));
    }

    @Test
    void clauseSubjectPronounAfterAnOpeningPhraseGoesToTheLeadSubject() {
        AnnotatedDocument doc = resolve("Tomas Brandt (born 1950) is a Danish engineer. His tutor was Karl Holm. "
                + "In 1990 he joined the Danish Society of Engineers.",
                "PERSON:Tomas Brandt", "PERSON:Karl Holm", "ORGANIZATION:Danish Society of Engineers");
        assertEquals(entityOf(doc, "Tomas Brandt", 0), entityOf(doc, "he", 0));
    }

    @Test
    void pronounInASentenceOpenedByTheLeadSubjectGoesToItOverNamesInObjects() {
        AnnotatedDocument doc = resolve("Tomas Brandt (born 1950) is a Danish engineer. Tomas Brandt studied under "
                + "Karl Holm, after which he joined the Danish Society of Engineers.",
                "PERSON:Tomas Brandt", "PERSON:Karl Holm", "ORGANIZATION:Danish Society of Engineers");
        assertEquals(entityOf(doc, "Tomas Brandt", 0), entityOf(doc, "he", 0));
        // without a biographical lead the nearest name still wins
        AnnotatedDocument news = resolve("Tomas Brandt met Karl Holm on Monday, and he said the talks went well.",
                "PERSON:Tomas Brandt", "PERSON:Karl Holm");
        assertEquals(entityOf(news, "Karl Holm", 0), entityOf(news, "he", 0));
    }

    @Test
    void longerNameGoingOnFromOneMetBeforeIsTheSamePersonButNotTheOtherWayRound() {
        AnnotatedDocument doc = resolve("Tomas Varga\n\nTomas Varga Lindqvist (born 1950) is a Swedish painter.",
                "PERSON:Tomas Varga Lindqvist", "PERSON:Tomas Varga");
        assertEquals(entityOf(doc, "Tomas Varga", 0), entityOf(doc, "Tomas Varga Lindqvist", 0));
        AnnotatedDocument d2 = resolve("Elin Moss Haugen won the vote. She is the daughter of Elin Moss, a teacher.",
                "PERSON:Elin Moss Haugen", "PERSON:Elin Moss");
        assertNotEquals(entityOf(d2, "Elin Moss Haugen", 0), entityOf(d2, "Elin Moss", 1));
    }

    @Test
    void aBareSurnameBeforeTwoNamesakesKeepsItsOwnPerson() {
        String text = "Cruz urged delegates to vote. Trump attacked Rafael Cruz, his father. Trump mocked Heidi Cruz. "
                + "Trump thanked Senator Cruz on Friday.";
        AnnotatedDocument doc = resolve(text, "PERSON:Rafael Cruz", "PERSON:Heidi Cruz", "PERSON:Cruz", "PERSON:Trump");
        Entity first = entityOf(doc, "Cruz", 0);
        Entity later = entityOf(doc, "Cruz", 3);
        assertEquals(first, later);
        assertNotEquals(entityOf(doc, "Heidi Cruz", 0), later);
    }

    @Test
    void aTitledSurnameIsThePersonTheSurnameStoodForBefore() {
        String text = "The campaign will employ Mr. Obama and the first lady, Michelle Obama, in the coming weeks. "
                + "President Obama said he would campaign.";
        AnnotatedDocument doc = resolve(text, "PERSON:Michelle Obama", "PERSON:Obama");
        assertEquals(entityOf(doc, "Obama", 0), entityOf(doc, "Obama", 2));
        assertNotEquals(entityOf(doc, "Michelle Obama", 0), entityOf(doc, "Obama", 2));
    }

    @Test
    void organisationsShorterFormJoinsTheOneLongerForm() {
        AnnotatedDocument doc = resolve("The Varnish National Congress won the vote. Congress then met in the Chamber of Deputies "
                + "of Ostland, and the Chamber of Deputies passed the bill.",
                "ORGANIZATION:Varnish National Congress", "ORGANIZATION:Chamber of Deputies of Ostland",
                "ORGANIZATION:Chamber of Deputies", "ORGANIZATION:Congress");
        Entity congress = entityOf(doc, "Varnish National Congress", 0);
        assertEquals(congress, entityOf(doc, "Congress", 1));
        Entity chamber = entityOf(doc, "Chamber of Deputies of Ostland", 0);
        assertEquals(chamber, entityOf(doc, "Chamber of Deputies", 1));
        assertEquals("Chamber of Deputies of Ostland", chamber.name());
        assertEquals(2, doc.entities().size());
    }

    @Test
    void personsNameWithASpacedHyphenIsLabelledWithout() {
        AnnotatedDocument doc = resolve("Jean - Claude Varnier sang.", "PERSON:Jean - Claude Varnier");
        assertEquals("Jean-Claude Varnier", entityOf(doc, "Jean - Claude Varnier", 0).name());
    }
}
