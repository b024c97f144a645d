package org.newsgraph.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsGraphException;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;

/** The sieve pipeline: each claim names the sieve that found it and a confidence in [0,1]. */
class TestSieves {

    private static final NlpAnnotator NLP = new NlpAnnotator();

    private static List<Claim> claims(String text, String name) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("t.txt", text, "0"));
        NLP.annotate(doc);
        doc.mark(NLP.provides());
        List<Mention> ms = new java.util.ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            ms.add(new Mention(Span.of(i, i + name.length()), name, EntityType.PERSON, Mention.Kind.NAME, 0));
        }
        doc.setEntities(List.of(new Entity(0, EntityType.PERSON, name, Set.of(name), 'U')));
        doc.setMentions(ms);
        doc.mark(Set.of(Layer.NAMES, Layer.ENTITIES, Layer.COREFERENCE));
        new ClaimAnnotator().annotate(doc);
        return doc.claims();
    }

    @Test
    void everyClaimNamesItsSieveAndAConfidence() {
        List<Claim> cs = claims("“The harbour will reopen in spring,” Ingrid Solberg said on Monday. "
                + "According to Ingrid Solberg, the ferries will run again by May. "
                + "Ingrid Solberg warned that the fares would rise.", "Ingrid Solberg");
        assertEquals(3, cs.size(), cs::toString);
        assertEquals("direct-quote/speaker-after", cs.get(0).rule());
        assertEquals("according-to/source-first", cs.get(1).rule());
        assertEquals("reported-speech/clause", cs.get(2).rule());
        for (Claim c : cs) {
            assertTrue(c.confidence() >= 0 && c.confidence() <= 1, () -> c.rule() + ": " + c.confidence());
        }
        // the learned confidences order the rules as train did: a quote with its speaker after is the surest
        assertTrue(cs.get(0).confidence() > cs.get(2).confidence());
    }

    @Test
    void theLexiconHoldsTheFunctionWordsAndTheRuleConfidences() {
        CueLexicon lex = CueLexicon.standard();
        assertTrue(lex.words("be").contains("was"));
        assertTrue(lex.words("pp-head").contains("of"));
        assertFalse(lex.words("pp-head").contains("said"));
        assertThrows(NewsGraphException.class, () -> lex.words("no-such-group"));
        assertTrue(Double.isNaN(lex.ruleConfidence(null)));
        assertEquals(0.5, lex.ruleConfidence("no-such-sieve"));
        double c = lex.ruleConfidence("reported-speech/clause");
        assertTrue(c > 0.5 && c < 0.9, () -> "reported-speech/clause " + c);
    }

    @Test
    void anExpectationWithNoAgentIsClaimedByNobody() {
        String text = "The opening of the new bridge is widely expected to come before the winter storms. "
                + "Ingrid Solberg said the tolls would stay low.";
        List<Claim> cs = claims(text, "Ingrid Solberg");
        Claim c = cs.stream().filter(x -> "impersonal/expected".equals(x.rule())).findFirst().orElseThrow(() -> new AssertionError(cs.toString()));
        assertTrue(c.source() instanceof Source.Nobody, c::toString);
        assertEquals("is widely expected", text.substring(c.cue().get().begin(), c.cue().get().end()));
        assertEquals(2, c.content().size(), c::toString);
        assertEquals("The opening of the new bridge", text.substring(c.content().get(0).begin(), c.content().get(0).end()));
        assertTrue(text.substring(c.content().get(1).begin(), c.content().get(1).end()).startsWith("to come"), c::toString);
        assertTrue(c.confidence() > 0 && c.confidence() < 1);
        // seeming with a subject is left alone, and an agent after "by" may be a source: no impersonal claim
        List<Claim> none = claims("The ferry seemed to slow down near the harbour. "
                + "The plan is expected to be approved by the council in May.", "Ingrid Solberg");
        assertTrue(none.stream().noneMatch(x -> String.valueOf(x.rule()).startsWith("impersonal")), none::toString);
    }

    @Test
    void aQuestionPutToSomeoneIsClaimedByItsAskerOrNobody() {
        String text = "Asked whether the ferries would run in May, Ingrid Solberg shrugged. "
                + "Asked by a reporter why the harbour closed, the clerk pointed at the storm. "
                + "Ingrid Solberg was asked about the fares at the meeting on Monday.";
        List<Claim> cs = claims(text, "Ingrid Solberg");
        List<Claim> asked = cs.stream().filter(c -> String.valueOf(c.rule()).startsWith("asked/")).toList();
        assertEquals(3, asked.size(), cs::toString);
        assertEquals("asked/nobody", asked.get(0).rule());
        assertTrue(asked.get(0).source() instanceof Source.Nobody);
        assertEquals("asked/agent", asked.get(1).rule());
        assertEquals("why the harbour closed", content(text, asked.get(1)));
        assertEquals("the fares", content(text, asked.get(2)), "the time after the question is the writer's");
        // a question in the middle of a sentence is the rules' business, not this sieve's
        assertTrue(claims("The council asked the mayor to resign.", "Ingrid Solberg").stream()
                .noneMatch(c -> String.valueOf(c.rule()).startsWith("asked/")));
    }

    @Test
    void aDeterminerStandingAloneIsASource() {
        List<Claim> cs = claims("Some said the ferries would run again in May. Both argued that the fares were too high.",
                "Ingrid Solberg");
        assertEquals(2, cs.size(), cs::toString);
        for (Claim c : cs) {
            assertTrue(c.sourceSpan().isPresent(), c::toString);
            assertTrue(c.source() instanceof Source.Unnamed, c::toString);
        }
    }

    @Test
    void aVerbWithNoSubjectOfItsOwnIsACandidateWithTheSourceBeforeIt() {
        String text = "Ingrid Solberg voted against the plan and called it a waste of money.";
        List<Claim> cs;
        LearnedVerbSieve.proposeAll = true;
        try {
            cs = claims(text, "Ingrid Solberg");
        } finally {
            LearnedVerbSieve.proposeAll = false;
        }
        Claim called = cs.stream().filter(c -> c.cue().isPresent() && words(text, c.cue().get()).equals("called"))
                .findFirst().orElseThrow(() -> new AssertionError(cs.toString()));
        assertTrue(called.rule().contains("subj=coordinated"), called::rule);
        assertEquals("it a waste of money", content(text, called));
        assertEquals("Ingrid Solberg", words(text, called.sourceSpan().orElseThrow()));
    }

    @Test
    void anInheritedSubjectIsNotTheDateline() {
        String text = "OSLO (NTB) — Ingrid Solberg voted against the plan on Monday, saying that the fares were too high.";
        AnnotatedDocument doc = new AnnotatedDocument(new Document("t.txt", text, "0"));
        NLP.annotate(doc);
        doc.mark(NLP.provides());
        int at = text.indexOf("Ingrid Solberg");
        doc.setMentions(List.of(new Mention(Span.of(at, at + 14), "Ingrid Solberg", EntityType.PERSON, Mention.Kind.NAME, 0)));
        doc.setEntities(List.of(new Entity(0, EntityType.PERSON, "Ingrid Solberg", Set.of("Ingrid Solberg"), 'U')));
        doc.setMetadata(new org.newsgraph.text.Metadata(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of(Span.of(0, 4)), java.util.Optional.empty(), java.util.Optional.empty(), List.of()));
        doc.mark(Set.of(Layer.NAMES, Layer.ENTITIES, Layer.COREFERENCE));
        new ClaimAnnotator().annotate(doc);
        Claim saying = doc.claims().stream().filter(c -> c.cue().isPresent() && words(text, c.cue().get()).equals("saying"))
                .findFirst().orElseThrow(() -> new AssertionError(doc.claims().toString()));
        assertEquals("Ingrid Solberg", words(text, saying.sourceSpan().orElseThrow()));
    }

    @Test
    void theContentEndModelWeighsOnlyBoundaryWords() {
        java.util.Set<String> prepositions = CueLexicon.standard().words("end-preposition");
        assertTrue(ContentEndModel.boundary(",", "PUNCT", prepositions));
        assertTrue(ContentEndModel.boundary("because", "SCONJ", prepositions));
        assertTrue(ContentEndModel.boundary("after", "ADP", prepositions));
        assertFalse(ContentEndModel.boundary("of", "ADP", prepositions));
        assertFalse(ContentEndModel.boundary("he", "PRON", prepositions));
        // the shipped model: a probability for any features, unknown ones included
        double p = ContentEndModel.probability(new String[] {"w=,", "clause=true", "unseen=feature"});
        assertTrue(p > 0 && p < 1, () -> "p = " + p);
    }

    private static String words(String text, Span s) {
        return text.substring(s.begin(), s.end());
    }

    private static String content(String text, Claim c) {
        return text.substring(c.content().get(0).begin(), c.content().get(0).end());
    }

    @Test
    void theDraftIndexAnswersAsAScanWould() {
        List<Draft> drafts = new java.util.ArrayList<>();
        DraftIndex ix = new DraftIndex(drafts, 100);
        assertFalse(ix.coveredByDraft(Span.of(0, 0)));
        Draft a = new Draft();
        a.content.add(Span.of(10, 30));
        drafts.add(a);
        Draft q = new Draft();
        q.quote = true;
        q.content.add(Span.of(50, 60));
        drafts.add(q);
        assertTrue(ix.startsContent(10));
        assertFalse(ix.startsContent(11));
        assertTrue(ix.coveredByDraft(Span.of(12, 30)));
        assertFalse(ix.coveredByDraft(Span.of(12, 31)));
        assertFalse(ix.coveredByDraft(Span.of(5, 20)));
        assertTrue(ix.overlapsQuoteClaim(Span.of(40, 51)));
        assertFalse(ix.overlapsQuoteClaim(Span.of(40, 50)));
        assertFalse(ix.overlapsQuoteClaim(Span.of(12, 20)));
        // a quote that continues the claim before it: the index is told and rebuilt
        a.content.add(Span.of(70, 90));
        ix.edited();
        assertTrue(ix.startsContent(70));
        assertTrue(ix.coveredByDraft(Span.of(75, 80)));
    }

    @Test
    void aSubjectBeforeSeveralInsertsIsTheSource() {
        // an age, an apposition and a relative clause with its own verb between the name and the cue
        String text = "Ingrid Solberg, 58, a harbour engineer from Bergen, whom the council hired last year, "
                + "said the new bridge would open in May.";
        List<Claim> cs = claims(text, "Ingrid Solberg");
        assertEquals(1, cs.size(), cs::toString);
        Claim c = cs.get(0);
        assertEquals("reported-speech/clause", c.rule());
        assertTrue(text.substring(c.sourceSpan().get().begin(), c.sourceSpan().get().end()).startsWith("Ingrid Solberg"), c::toString);
        assertTrue(text.substring(c.content().get(0).begin(), c.content().get(0).end()).startsWith("the new bridge"), c::toString);
    }

    @Test
    void aPollsShareAndASubjectBeforeADashedInsertAreSources() {
        String text = "About three in 10 said they would vote for the bridge levy. "
                + "Ingrid Solberg — and several of her colleagues — say the levy is too small.";
        List<Claim> cs = claims(text, "Ingrid Solberg");
        assertEquals(2, cs.size(), cs::toString);
        assertTrue(text.substring(cs.get(0).sourceSpan().get().begin(), cs.get(0).sourceSpan().get().end()).startsWith("About three"),
                cs::toString);
        assertTrue(text.substring(cs.get(1).sourceSpan().get().begin(), cs.get(1).sourceSpan().get().end()).startsWith("Ingrid Solberg"),
                cs::toString);
        assertTrue(text.substring(cs.get(1).content().get(0).begin(), cs.get(1).content().get(0).end()).startsWith("the levy"), cs::toString);
    }

    @Test
    void aQuoteAfterACuePhraseAndAColonAndACueAfterAnOpeningPhrase() {
        String text = "Ingrid Solberg said in a statement on Friday: “The bridge will open in May.”\n\n"
                + "By the end of the day, Ingrid Solberg had visited the site and said that the levy was too small.";
        List<Claim> cs = claims(text, "Ingrid Solberg");
        assertEquals(2, cs.size(), cs::toString);
        assertEquals("direct-quote/speaker-before", cs.get(0).rule());
        assertEquals("said", text.substring(cs.get(0).cue().get().begin(), cs.get(0).cue().get().end()));
        assertEquals("reported-speech/inherited", cs.get(1).rule());
        assertTrue(text.substring(cs.get(1).sourceSpan().get().begin(), cs.get(1).sourceSpan().get().end()).startsWith("Ingrid Solberg"),
                cs::toString);
    }

    @Test
    void aQuoteTakesTheSpeakerOfAnyVerbAfterItsCommaOrBeforeItsColon() {
        String text = "“The ferries will be late again,” Ingrid Solberg grumbled with a sigh.\n\n"
                + "Ingrid Solberg leaned toward the microphone: “We will not pay for it.”";
        List<Claim> cs = claims(text, "Ingrid Solberg");
        assertEquals(2, cs.size(), cs::toString);
        assertEquals("direct-quote/speaker-after-verb", cs.get(0).rule());
        assertEquals("grumbled", text.substring(cs.get(0).cue().get().begin(), cs.get(0).cue().get().end()));
        assertEquals("direct-quote/speaker-before-verb", cs.get(1).rule());
        for (Claim c : cs) {
            assertTrue(text.substring(c.sourceSpan().get().begin(), c.sourceSpan().get().end()).startsWith("Ingrid Solberg"),
                    cs::toString);
        }
    }

    @Test
    void aContractionReadsTheSameWhateverItsApostrophe() {
        CueLexicon lex = CueLexicon.standard();
        assertEquals("PRON", AttributionContext.contraction("they\u2019re", lex));
        assertEquals("PRON", AttributionContext.contraction("he's", lex));
        assertEquals("PRON", AttributionContext.contraction("i\u2019m", lex));
        assertEquals("AUX", AttributionContext.contraction("don\u2019t", lex));
        assertEquals(null, AttributionContext.contraction("solberg\u2019s", lex));
        assertEquals(null, AttributionContext.contraction("o\u2019neill", lex));
    }

    @Test
    void aSurnameTheTaggerTookForAPronounIsASourceWhenItsFullNameCameBefore() {
        String text = "Campaign notes.\n\nIngrid Weaver arrived late. Weaver said the rest would stay.";
        List<Claim> cs = claims(text, "Ingrid Weaver");
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("Weaver", text.substring(cs.get(0).sourceSpan().get().begin(), cs.get(0).sourceSpan().get().end()));
    }
}
