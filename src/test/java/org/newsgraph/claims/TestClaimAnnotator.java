package org.newsgraph.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;

/**
 * The claim stage alone, on short texts written for these tests: real OpenNLP tokens and tags,
 * and the name and anaphor mentions that the earlier stages would give, set by hand so that
 * each test checks what this stage does with them.
 */
class TestClaimAnnotator {

    private static final NlpAnnotator NLP = new NlpAnnotator();
    private static final ClaimAnnotator CLAIMS = new ClaimAnnotator();

    /** A document being set up: text, then names (every occurrence) and anaphors (one occurrence). */
    private static final class Setup {
        final AnnotatedDocument doc;
        final Map<String, Integer> ids = new LinkedHashMap<>();
        final List<Entity> entities = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();

        Setup(String text) {
            doc = new AnnotatedDocument(new Document("t.txt", text, "0"));
            NLP.annotate(doc);
            doc.mark(NLP.provides());
        }

        /** Every occurrence of {@code surface} names {@code entity}. */
        Setup name(String surface, String entity, EntityType type) {
            int id = id(entity, type);
            String t = doc.text();
            for (int i = t.indexOf(surface); i >= 0; i = t.indexOf(surface, i + 1)) {
                mentions.add(new Mention(Span.of(i, i + surface.length()), surface, type, Mention.Kind.NAME, id));
            }
            return this;
        }

        /** The occurrence of {@code surface} after {@code after} refers to {@code entity} (coreference). */
        Setup anaphor(String surface, String after, String entity) {
            String t = doc.text();
            int i = t.indexOf(surface, t.indexOf(after) + after.length());
            mentions.add(new Mention(Span.of(i, i + surface.length()), surface, EntityType.PERSON, Mention.Kind.ANAPHOR,
                    ids.get(entity)));
            return this;
        }

        private int id(String entity, EntityType type) {
            return ids.computeIfAbsent(entity, k -> {
                entities.add(new Entity(entities.size(), type, k, Set.of(k), 'U'));
                return entities.size() - 1;
            });
        }

        List<Claim> run() {
            doc.setEntities(entities);
            doc.setMentions(mentions);
            doc.mark(Set.of(Layer.NAMES, Layer.ENTITIES, Layer.COREFERENCE));
            CLAIMS.annotate(doc);
            return doc.claims();
        }

        String content(Claim c) {
            return c.content().stream().map(doc::text).collect(Collectors.joining(" | "));
        }

        String cue(Claim c) {
            return c.cue().map(doc::text).orElse(null);
        }

        String sourceSpan(Claim c) {
            return c.sourceSpan().map(doc::text).orElse(null);
        }

        Source named(String entity) {
            return new Source.Named(ids.get(entity));
        }

        String describe(List<Claim> cs) {
            StringBuilder b = new StringBuilder();
            for (Claim c : cs) {
                b.append("\n  ").append(sourceSpan(c)).append(" / ").append(c.source()).append(" / ").append(cue(c))
                        .append(" :: ").append(content(c));
            }
            return b.toString();
        }
    }

    private static Setup text(String t) {
        return new Setup(t);
    }

    @Test
    void quoteBeforeTheSpeakerWithACommaAndCue() {
        Setup s = text("Critics were divided.\n\n“There’s a fine line between courage and folly,” Petrov added.")
                .name("Petrov", "Leonid Petrov", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        Claim c = cs.get(0);
        assertTrue(c.quote());
        assertEquals("“There’s a fine line between courage and folly,”", s.content(c));
        assertEquals("added", s.cue(c));
        assertEquals("Petrov", s.sourceSpan(c));
        assertEquals(s.named("Leonid Petrov"), c.source());
    }

    @Test
    void speakerBeforeTheQuoteWithAColonIsThePersonNotTheOrganisation() {
        Setup s = text("Hanne Vollmark from the Nordic Institute said: “Talks will resume in May. Nobody expects a deal.”")
                .name("Hanne Vollmark", "Hanne Vollmark", EntityType.PERSON)
                .name("Nordic Institute", "Nordic Institute", EntityType.ORGANIZATION);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        Claim c = cs.get(0);
        assertTrue(c.quote());
        assertEquals("“Talks will resume in May. Nobody expects a deal.”", s.content(c));
        assertEquals(s.named("Hanne Vollmark"), c.source());
        assertEquals("said", s.cue(c));
    }

    @Test
    void quoteOverTwoParagraphsIsOneClaim() {
        Setup s = text("Vollmark said: “The first round went better than anyone had hoped.\n\n"
                + "“The second round will be harder, and we know it.”\n\nThe delegates left on Friday.")
                .name("Vollmark", "Hanne Vollmark", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        Claim c = cs.get(0);
        assertEquals(2, c.content().size(), s.describe(cs));
        assertTrue(s.content(c).contains("first round") && s.content(c).contains("second round"), s.describe(cs));
        assertEquals(s.named("Hanne Vollmark"), c.source());
    }

    @Test
    void quoteInterruptedByItsSpeakerKeepsBothPieces() {
        Setup s = text("“The plan is sound,” Vollmark said, “but the timing is poor.”")
                .name("Vollmark", "Hanne Vollmark", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("“The plan is sound,” | “but the timing is poor.”", s.content(cs.get(0)));
        assertEquals(s.named("Hanne Vollmark"), cs.get(0).source());
    }

    @Test
    void quoteWhoseSpeakerIsNeverNamedHasNoSource() {
        Setup s = text("The talks ended late.\n\n“Someone is leaking, someone is eavesdropping, and nobody will say who.”\n\n"
                + "The delegates left on Friday.");
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        Claim c = cs.get(0);
        assertTrue(c.quote());
        assertEquals(Source.NOBODY, c.source());
        assertTrue(c.sourceSpan().isEmpty());
        assertTrue(c.cue().isEmpty());
    }

    @Test
    void accordingToAnUnnamedSourceAtTheStartAndAtTheEnd() {
        Setup s = text("According to sources close to the matter, the ministry will cut the budget. "
                + "The cuts will hit research hardest, according to two officials.");
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        Claim first = cs.get(0);
        assertEquals("the ministry will cut the budget", s.content(first));
        assertEquals("According to", s.cue(first));
        assertEquals(new Source.Unnamed("sources close to the matter"), first.source());
        Claim second = cs.get(1);
        assertEquals("The cuts will hit research hardest", s.content(second));
        assertEquals(new Source.Unnamed("two officials"), second.source());
    }

    @Test
    void reportedSpeechTakesTheThatClauseAsContent() {
        Setup s = text("Konstantin Brandt warned that the leaks undermine any calm negotiation.")
                .name("Konstantin Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        Claim c = cs.get(0);
        assertFalse(c.quote());
        assertEquals("the leaks undermine any calm negotiation", s.content(c));
        assertEquals("warned", s.cue(c));
        assertEquals(s.named("Konstantin Brandt"), c.source());
    }

    @Test
    void multiwordCueAndAuxiliariesBeforeIt() {
        Setup s = text("Russian defence officials have long accused the ministry of hiding its losses. "
                + "Sergey Lind took the view that the leak was meant to stop the talks.")
                .name("Sergey Lind", "Sergey Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals(new Source.Unnamed("Russian defence officials"), cs.get(0).source());
        assertEquals("accused", s.cue(cs.get(0)));
        assertEquals("took the view", s.cue(cs.get(1)));
        assertEquals("the leak was meant to stop the talks", s.content(cs.get(1)));
    }

    @Test
    void speakerAfterTheReportedContent() {
        Setup s = text("The talks will resume next week in Geneva, Brandt said.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("The talks will resume next week in Geneva", s.content(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void coordinatedCuesShareTheirSourceAndSplitTheContent() {
        Setup s = text("Brandt confirmed that the account was genuine and expressed irritation that it had leaked.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("the account was genuine", s.content(cs.get(0)));
        assertEquals("it had leaked", s.content(cs.get(1)));
        assertEquals("expressed irritation", s.cue(cs.get(1)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
        assertEquals(s.named("Konstantin Brandt"), cs.get(1).source());
    }

    @Test
    void pronounSourceResolvesThroughItsAnaphorMention() {
        Setup s = text("Andrei Lind spoke first at the meeting. Later, the hall emptied. He argued that the leak was deliberate.")
                .name("Andrei Lind", "Andrei Lind", EntityType.PERSON)
                .anaphor("He", "emptied.", "Andrei Lind");
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("He", s.sourceSpan(cs.get(0)));
        assertEquals(s.named("Andrei Lind"), cs.get(0).source());
    }

    @Test
    void possessiveOfACueNounIsTheSource() {
        Setup s = text("Andrei Lind spoke at length. His assessment suggested that the release was deliberate.")
                .name("Andrei Lind", "Andrei Lind", EntityType.PERSON)
                .anaphor("His", "length.", "Andrei Lind");
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("His", s.sourceSpan(cs.get(0)));
        assertEquals(s.named("Andrei Lind"), cs.get(0).source());
        assertEquals("the release was deliberate", s.content(cs.get(0)));
    }

    @Test
    void nominalCueWithItsSourceAfterIt() {
        Setup s = text("The revelation from Maria Lind that envoys are recruiting fighters abroad reinforces that view.")
                .name("Maria Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("revelation", s.cue(cs.get(0)));
        assertEquals(s.named("Maria Lind"), cs.get(0).source());
        assertTrue(s.content(cs.get(0)).startsWith("envoys are recruiting fighters abroad"), s.describe(cs));
    }

    @Test
    void pronounThatNothingResolvesKeepsItsWordsButNamesNobody() {
        Setup s = text("He argued that the plan would fail.");
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("He", s.sourceSpan(cs.get(0)));
        assertEquals(Source.NOBODY, cs.get(0).source());
    }

    @Test
    void indefiniteDescriptionsAreUnnamedSources() {
        Setup s = text("A Reddit user commented, “Diplomacy isn’t a game for realtors.” Diplomatic sources indicate "
                + "potential consultations with partners.")
                .name("Reddit", "Reddit", EntityType.ORGANIZATION);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals(new Source.Unnamed("A Reddit user"), cs.get(0).source());
        assertTrue(cs.get(0).quote());
        assertEquals(new Source.Unnamed("Diplomatic sources"), cs.get(1).source());
    }

    @Test
    void verbsOfThinkingNeedASourceThatCanThink() {
        Setup s = text("These details suggest a structured operation. Historical precedents have shown that "
                + "back channels can fail. They know that the system can shift.");
        List<Claim> cs = s.run();
        assertEquals(0, cs.size(), s.describe(cs));
    }

    @Test
    void scareQuotesInsideASentenceAreNoClaims() {
        Setup s = text("The envoy called the plan a “reset” of relations before he left.");
        List<Claim> cs = s.run();
        assertTrue(cs.stream().noneMatch(Claim::quote), s.describe(cs));
    }

    @Test
    void everyClaimHasADistinctContentExtent() {
        Setup s = text("“We will not sign,” said Brandt. “Not now.” Brandt said the offer was poor, and Lind agreed.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON)
                .name("Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(cs.size(), cs.stream().map(Claim::contentExtent).distinct().count(), s.describe(cs));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source(), s.describe(cs));
        assertEquals(2, cs.get(0).content().size(), s.describe(cs));
    }

    @Test
    void attributionInsideTheSentenceKeepsBothPieces() {
        Setup s = text("To understand the treaty, Brandt said, one should read its annexes first.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("To understand the treaty | one should read its annexes first", s.content(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void speakerBeforeALongInsertIsStillTheSource() {
        Setup s = text("Maria Lind, who as a young diplomat served in three embassies before retiring, said that the "
                + "envoys had no mandate.")
                .name("Maria Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals(s.named("Maria Lind"), cs.get(0).source());
        assertEquals("the envoys had no mandate", s.content(cs.get(0)));
    }

    @Test
    void speakerWithAnAgeAfterAQuote() {
        Setup s = text("“We are not going to stop,” Quina Jonas, 25, said.")
                .name("Quina Jonas", "Quina Jonas", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertTrue(cs.get(0).quote());
        assertEquals(s.named("Quina Jonas"), cs.get(0).source());
    }

    @Test
    void speakerLabelOfATranscript() {
        Setup s = text("Partial transcript:\n\nWALLACE: Let us start with the news about the debate tonight.")
                .name("WALLACE", "Chris Wallace", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals(":", s.cue(cs.get(0)));
        assertEquals("Let us start with the news about the debate tonight", s.content(cs.get(0)));
        assertEquals(s.named("Chris Wallace"), cs.get(0).source());
    }

    @Test
    void possessiveNameBeforeACueNoun() {
        Setup s = text("Maria Lind’s claim that the envoys had no mandate was denied.")
                .name("Maria Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("claim", s.cue(cs.get(0)));
        assertEquals(s.named("Maria Lind"), cs.get(0).source());
    }

    @Test
    void aCountryStandingForItsGovernmentIsTheSource() {
        Setup s = text("Norland has argued for months that the talks are a trap.")
                .name("Norland", "Norland", EntityType.PLACE);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("Norland", s.sourceSpan(cs.get(0)));
        assertEquals(s.named("Norland"), cs.get(0).source());
    }

    @Test
    void speakerWithPartyAndStateInBracketsAfterAQuote() {
        // the sentence splitter may break after "(D-Ore.)": the verb still belongs to the speaker
        Setup s = text("\"The hearing is a farce,\" Rep. Ann Dorsey (D-Ore.) said. \"Nobody asked us.\"\n\n"
                + "\"Rules are rules,\" said Sen. Paul Kerr (R-Ind.), a member of the panel.")
                .name("Ann Dorsey", "Ann Dorsey", EntityType.PERSON)
                .name("Paul Kerr", "Paul Kerr", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals(s.named("Ann Dorsey"), cs.get(0).source(), s.describe(cs));
        assertEquals("said", s.cue(cs.get(0)));
        assertTrue(s.content(cs.get(0)).contains("Nobody asked us"), s.describe(cs));
        assertEquals(s.named("Paul Kerr"), cs.get(1).source(), s.describe(cs));
    }

    @Test
    void shortContentBeforeAnAttributionBetweenCommasGoesOnAfterIt() {
        Setup s = text("The bridge, Brandt said, would open to traffic next spring.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("The bridge | would open to traffic next spring", s.content(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void attributionBetweenCommasBeforeASubordinateClauseIsInverted() {
        Setup s = text("The hearing was a farce, Brandt said, as he left the building.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("The hearing was a farce", s.content(cs.get(0)));
    }

    @Test
    void headlineInTitleCaseWithTheSpeakerLast() {
        Setup s = text("Budget Talks Could Collapse Before Winter, Konstantin Brandt Says.\n\nThe talks resumed on Monday.")
                .name("Konstantin Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("Budget Talks Could Collapse Before Winter", s.content(cs.get(0)));
        assertEquals("Says", s.cue(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void aPollOrStudyShowsAnObjectOrAClause() {
        Setup s = text("A new poll shows the mayor with a narrow lead. Exports fell by a third in May, a study of customs "
                + "records found.");
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("the mayor with a narrow lead", s.content(cs.get(0)));
        assertEquals("A new poll", s.sourceSpan(cs.get(0)));
        assertEquals("Exports fell by a third in May", s.content(cs.get(1)));
        assertEquals("found", s.cue(cs.get(1)));
    }

    @Test
    void anObjectAloneAfterShowNeedsADocumentAsSubject() {
        // nor does a demonstrative summing up what the writer laid out count
        Setup s = text("The players show great courage every week. These records show most recruits arrive untrained.");
        List<Claim> cs = s.run();
        assertEquals(0, cs.size(), s.describe(cs));
    }

    @Test
    void contentStopsWhereTheWriterTakesOverWithBut() {
        Setup s = text("Brandt said the envoys had no mandate, but the ministry sent them anyway.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the envoys had no mandate", s.content(cs.get(0)));
    }

    @Test
    void progressiveCueIsNotPassive() {
        Setup s = text("Brandt is urging the ministry to delay the vote. Brandt was told to wait.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("urging", s.cue(cs.get(0)));
        assertEquals("the ministry to delay the vote", s.content(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void cueTaggedAsANounAfterANameBeforeAClause() {
        Setup s = text("Brandt notes they were appointed before the vote. The Brandt notes were lost.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("notes", s.cue(cs.get(0)));
        assertEquals("they were appointed before the vote", s.content(cs.get(0)));
    }

    @Test
    void cueAsTheInfinitiveOfAnotherVerbKeepsItsSubject() {
        Setup s = text("Brandt continues to insist that the envoys had no mandate.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("insist", s.cue(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
        assertEquals("the envoys had no mandate", s.content(cs.get(0)));
    }

    @Test
    void subjectWithAParticipleBeforeItsPrepositionalPhrase() {
        Setup s = text("Many officials involved in the talks assumed that the envoys had a mandate.");
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("Many officials involved in the talks", s.sourceSpan(cs.get(0)));
    }

    @Test
    void aShortObjectAfterTheCueIsNoInvertedAttribution() {
        Setup s = text("Until Friday, Brandt refused to disclose the medical records.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        for (Claim c : cs) {
            assertFalse(s.content(c).contains("Until Friday"), s.describe(cs));
        }
    }

    @Test
    void thinkingWithABareClause() {
        Setup s = text("Brandt truly believed the envoys had no mandate.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the envoys had no mandate", s.content(cs.get(0)));
    }

    @Test
    void whatWasSaidToBeThoughtIsOneAttribution() {
        Setup s = text("Brandt said he thinks the envoys had no mandate. Lind said the minister believes the talks failed.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON)
                .name("Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("he thinks the envoys had no mandate", s.content(cs.get(0)));
        assertEquals("said", s.cue(cs.get(0)));
        assertEquals("the minister believes the talks failed", s.content(cs.get(1)));
    }

    @Test
    void aCircumstanceAfterTheCueIsNotWhatWasSaid() {
        Setup s = text("Brandt said before he resigned. Lind said after the vote she would stay.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON)
                .name("Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("she would stay", s.content(cs.get(0)));
        assertEquals(s.named("Maria Lind"), cs.get(0).source());
    }

    @Test
    void wordsRunningIntoAQuoteBelongToWhatWasSaid() {
        Setup s = text("The talks were long. However good the intent, raising the levy \"is a poor idea,\" Brandt said.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("However good the intent, raising the levy \"is a poor idea,\"", s.content(cs.get(0)));
        assertFalse(cs.get(0).quote());
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void speakerAfterAQuoteWithTwoInsertedPhrases() {
        Setup s = text("“The rule is an overreach,” Paula Roe, the attorney general of Utah, one of the states suing, said.\n\n"
                + "“The deal is bad,” John Q. Weller II, a writer for the Gazette, said.")
                .name("Paula Roe", "Paula Roe", EntityType.PERSON)
                .name("John Q. Weller II", "John Q. Weller II", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals(s.named("Paula Roe"), cs.get(0).source(), s.describe(cs));
        assertEquals(s.named("John Q. Weller II"), cs.get(1).source(), s.describe(cs));
    }

    @Test
    void participleAfterACommaTakesTheSubjectOfItsClause() {
        Setup s = text("Lind spoke on Tuesday about the closure of the mill, arguing that the town needs new jobs.")
                .name("Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals(s.named("Maria Lind"), cs.get(0).source(), s.describe(cs));
    }

    @Test
    void stanceVerbsOfTheLexicon() {
        Setup s = text("Lind encouraged voters to stay home. Brandt declined to comment on the vote.")
                .name("Lind", "Maria Lind", EntityType.PERSON)
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("voters to stay home", s.content(cs.get(0)));
        assertEquals("to comment on the vote", s.content(cs.get(1)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(1).source());
    }

    @Test
    void aThoughtCoordinatedWithoutItsOwnSubjectStaysInTheContent() {
        Setup s = text("Brandt said he had watched the bridge rise and thought of the days of the old ferry.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("he had watched the bridge rise and thought of the days of the old ferry", s.content(cs.get(0)));
    }

    @Test
    void accordingToAfterASentenceEndingInAShortPlaceName() {
        Setup s = text("The debate took place at a university in New York. According to Lind, the move reeks of fear.")
                .name("Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the move reeks of fear", s.content(cs.get(0)));
        assertEquals(s.named("Maria Lind"), cs.get(0).source());
    }

    @Test
    void relativePronounsAsSources() {
        Setup s = text("Lind, who understood that the talks would fail, resigned in May. The Nordic Institute, which argued "
                + "that exports would fall, lost its funding.")
                .name("Lind", "Maria Lind", EntityType.PERSON)
                .name("Nordic Institute", "Nordic Institute", EntityType.ORGANIZATION);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("the talks would fail", s.content(cs.get(0)));
        assertEquals(s.named("Maria Lind"), cs.get(0).source());
        assertEquals("exports would fall", s.content(cs.get(1)));
        assertEquals(s.named("Nordic Institute"), cs.get(1).source());
    }

    @Test
    void aRelativeClauseOfWantingDescribesRatherThanReports() {
        Setup s = text("Hawks who want to limit the budget met on Monday.");
        List<Claim> cs = s.run();
        assertEquals(0, cs.size(), s.describe(cs));
    }

    @Test
    void passiveWithItsAgentAfterBy() {
        Setup s = text("The leak was first reported by the Nordic Gazette. Brandt was told to wait.")
                .name("Nordic Gazette", "Nordic Gazette", EntityType.ORGANIZATION)
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("The leak", s.content(cs.get(0)));
        assertEquals("reported", s.cue(cs.get(0)));
        assertEquals(s.named("Nordic Gazette"), cs.get(0).source());
    }

    @Test
    void subjectBeforeARelativeClauseWithACueOfItsOwn() {
        Setup s = text("Lind, who understood that a vote would fail, told her aides to find another way.")
                .name("Lind", "Maria Lind", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("told", s.cue(cs.get(1)));
        assertEquals(s.named("Maria Lind"), cs.get(1).source());
    }

    @Test
    void timePhraseBetweenSubjectAndCue() {
        Setup s = text("Brandt this week argued that the envoys had no mandate.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void attributionInALeadingSubordinateClauseEndsAtItsComma() {
        Setup s = text("Although Brandt acknowledged the harbour plan was costly, the council approved it in March.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the harbour plan was costly", s.content(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void attributionAfterALeadingSubordinateClauseKeepsItsCommas() {
        Setup s = text("As the vote neared, Brandt said the harbour plan, which the council drafted, was costly.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the harbour plan, which the council drafted, was costly", s.content(cs.get(0)));
    }

    @Test
    void objectContentEndsBeforeTheOccasionOfTheAct() {
        Setup s = text("Brandt criticised the new budget in a statement on Tuesday.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the new budget", s.content(cs.get(0)));
    }

    @Test
    void objectContentEndsBeforeAClauseOfTime() {
        Setup s = text("Brandt praised the new budget during the council debate.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the new budget", s.content(cs.get(0)));
    }

    @Test
    void thatClauseKeepsItsTimePhrase() {
        Setup s = text("Brandt said that the council approved the harbour plan in a meeting on Tuesday.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("the council approved the harbour plan in a meeting on Tuesday", s.content(cs.get(0)));
    }

    @Test
    void participleAfterAMediumTakesTheSenderAsSource() {
        Setup s = text("Brandt sent a letter to the council urging it to reject the harbour deal.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("urging", s.cue(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void subjectWithAParticiplePhraseBeforeTheCue() {
        Setup s = text("Dockworkers marching through the harbour chanted that the deal was a betrayal.");
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("chanted", s.cue(cs.get(0)));
        assertEquals("Dockworkers marching through the harbour", s.sourceSpan(cs.get(0)));
    }

    @Test
    void reportedContentEndingInsideAQuoteRunsToItsClose() {
        Setup s = text("Brandt told the council that “the harbour deal is dead. Nobody will sign it now.” The council adjourned.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("“the harbour deal is dead. Nobody will sign it now.”", s.content(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void cueWithAColonTakesTheNextParagraph() {
        Setup s = text("The mayor spoke first.\n\nBrandt added:\n\nThe harbour deal is dead and nobody will sign it now.\n\nThe council adjourned.")
                .name("Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertTrue(s.content(cs.get(0)).startsWith("The harbour deal is dead and nobody will sign it now"), s.describe(cs));
        assertEquals("added", s.cue(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
    }

    @Test
    void evidenceSubjectBeforeAModifierWithATime() {
        Setup s = text("A harbour survey released Friday shows that most dockworkers oppose the deal.");
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("most dockworkers oppose the deal", s.content(cs.get(0)));
        assertEquals("A harbour survey released Friday", s.sourceSpan(cs.get(0)));
    }

    @Test
    void evidenceSubjectBeforeAByPhrase() {
        Setup s = text("A 2019 study by the port economist Karin Holm found 31 cases of fraud among 900 contracts.")
                .name("Karin Holm", "Karin Holm", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("31 cases of fraud among 900 contracts", s.content(cs.get(0)));
        assertEquals("A 2019 study by the port economist Karin Holm", s.sourceSpan(cs.get(0)));
    }

    @Test
    void stanceVerbsTakeTheirObjectOnlyWithANamedOrPronounSource() {
        Setup s = text("Karin Holm strongly opposes the new harbour tax. "
                + "She also mocked the council's plan to sell the ferry. "
                + "A group that supports the tax met on Monday with councillors who oppose any sale. "
                + "You can support the ferry with a donation.")
                .name("Karin Holm", "Karin Holm", EntityType.PERSON)
                .anaphor("She", "tax.", "Karin Holm");
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("opposes", s.cue(cs.get(0)));
        assertEquals("the new harbour tax", s.content(cs.get(0)));
        assertEquals(s.named("Karin Holm"), cs.get(0).source());
        assertEquals("mocked", s.cue(cs.get(1)));
        assertTrue(s.content(cs.get(1)).startsWith("the council's plan"), s.describe(cs));
    }

    @Test
    void offerWithANamedSourceTakesItsObject() {
        Setup s = text("Konstantin Brandt offered a compromise on the ferry fares. The shop offered discounts all week.")
                .name("Konstantin Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("offered", s.cue(cs.get(0)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(0).source());
        assertTrue(s.content(cs.get(0)).startsWith("a compromise"), s.describe(cs));
    }

    @Test
    void chargeWithAThatClauseAndPhrasalCommunicationVerbs() {
        Setup s = text("Karin Holm charged that the council had hidden the ferry losses. "
                + "Konstantin Brandt laid out a plan to sell the harbour.")
                .name("Karin Holm", "Karin Holm", EntityType.PERSON)
                .name("Konstantin Brandt", "Konstantin Brandt", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("charged", s.cue(cs.get(0)));
        assertEquals("the council had hidden the ferry losses", s.content(cs.get(0)));
        assertEquals("laid out", s.cue(cs.get(1)));
        assertEquals(s.named("Konstantin Brandt"), cs.get(1).source());
    }

    @Test
    void derideAndDetailAreAttributions() {
        Setup s = text("Karin Holm derided the ferry contract as a giveaway. "
                + "She detailed how the council had sold the harbour.")
                .name("Karin Holm", "Karin Holm", EntityType.PERSON)
                .anaphor("She", "giveaway.", "Karin Holm");
        List<Claim> cs = s.run();
        assertEquals(2, cs.size(), s.describe(cs));
        assertEquals("derided", s.cue(cs.get(0)));
        assertTrue(s.content(cs.get(0)).startsWith("the ferry contract"), s.describe(cs));
        assertEquals("detailed", s.cue(cs.get(1)));
        assertEquals(s.named("Karin Holm"), cs.get(1).source());
    }

    @Test
    void learnedVerbsKeepTheLexiconsFrames() {
        // verbs of thinking with a mere object or a "they" source, an infinitive under another verb:
        // the rules leave them out, and the learned-verb sieve does not take them back
        Setup s = text("Harbour officials fear the consequences of the vote. "
                + "They know the council will sell the ferry next year. "
                + "Both ports tried to establish a shared channel for the ferries.");
        List<Claim> cs = s.run();
        for (Claim c : cs) {
            assertFalse(List.of("fear", "know", "establish").contains(s.cue(c)), s.describe(cs));
        }
    }

    @Test
    void learnedVerbTakesAVerbTheLexiconLacks() {
        Setup s = text("Karin Holm sought to block the new harbour tax before the council vote.")
                .name("Karin Holm", "Karin Holm", EntityType.PERSON);
        List<Claim> cs = s.run();
        assertEquals(1, cs.size(), s.describe(cs));
        assertEquals("sought", s.cue(cs.get(0)));
        assertEquals("learned-verb", cs.get(0).rule());
        assertTrue(s.content(cs.get(0)).startsWith("to block the new harbour tax"), s.describe(cs));
    }

    @Test
    void aQuoteNoOneIsNamedForTakesTheSpeakerOfItsParagraph() {
        Setup s = text("Karin Holm said on Monday that the harbour tax would fail. “It is a mistake and the council knows it.”\n")
                .name("Karin Holm", "Karin Holm", EntityType.PERSON);
        List<Claim> cs = s.run();
        Claim quote = cs.stream().filter(c -> s.content(c).contains("It is a mistake")).findFirst().orElseThrow();
        assertEquals(s.named("Karin Holm"), quote.source(), s.describe(cs));
        assertEquals("direct-quote/nearest-speaker", quote.rule());
        Setup alone = text("The council met on Tuesday.\n“Nobody asked the ferry workers what they think of the plan.”\n");
        List<Claim> as = alone.run();
        assertEquals(1, as.size(), alone.describe(as));
        assertEquals(Source.NOBODY, as.get(0).source(), alone.describe(as));
    }
}
