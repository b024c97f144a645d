package org.newsgraph.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.Document;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;

/** The shipped statistical name finder on sentences written for these tests. */
class TestNameModel {

    private static final Pipeline NLP = Pipeline.create().add(new NlpAnnotator()).build();

    private static AnnotatedDocument tagged(String text) {
        return NLP.process(new Document("t.txt", text, "0"));
    }

    /** Surface text → type of what the model finds. */
    private static Map<String, EntityType> found(AnnotatedDocument d) {
        Map<String, EntityType> out = new LinkedHashMap<>();
        for (NameModel.Found f : NameModel.get().find(d.sentences())) {
            out.put(d.text(NameModelEvidence.span(f)), f.type());
            assertTrue(f.prob() > 0 && f.prob() <= 1, "probability " + f.prob());
        }
        return out;
    }

    @Test
    void loadsOnceFromTheClasspath() {
        assertNotNull(NameModel.class.getResource(NameModel.RESOURCE), "model resource");
        assertNotNull(NameModel.class.getResource("/org/newsgraph/names/model/NOTICE.md"), "attribution beside the model");
        assertSame(NameModel.get(), NameModel.get());
        assertNotNull(NameModel.get().model());
    }

    @Test
    void findsObviousNames() {
        Map<String, EntityType> n = found(tagged(
                "John Smith and Mary Johnson flew from London to Chicago on Tuesday.\n"
                + "They met the chief executive of Microsoft in Paris."));
        assertEquals(EntityType.PERSON, n.get("John Smith"), n.toString());
        assertEquals(EntityType.PERSON, n.get("Mary Johnson"), n.toString());
        assertEquals(EntityType.PLACE, n.get("London"), n.toString());
        assertEquals(EntityType.PLACE, n.get("Paris"), n.toString());
        assertTrue(n.containsKey("Microsoft"), n.toString());
        assertTrue(!n.containsKey("Tuesday") && !n.containsKey("They"), n.toString());
    }

    @Test
    void possessiveStaysOutOfTheSpan() {
        Map<String, EntityType> n = found(tagged("We read Robert Miller's letter to the council yesterday."));
        assertEquals(EntityType.PERSON, n.get("Robert Miller"), n.toString());
    }

    @Test
    void threadsGetTheSameAnswers() throws Exception {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (String t : List.of("Angela Merkel visited Washington in May.", "Peter Brown works for Google in Dublin.",
                "The team flew to Tokyo with coach Carlos Alvarez.")) {
            docs.add(tagged(t));
        }
        List<Map<String, EntityType>> single = new ArrayList<>();
        for (AnnotatedDocument d : docs) {
            single.add(found(d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Map<String, EntityType>>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                AnnotatedDocument d = docs.get(round % docs.size());
                futures.add(pool.submit(() -> found(d)));
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(single.get(k % docs.size()), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void evidenceConfirmsOrTypesButNeverOverrules() {
        AnnotatedDocument d = tagged("Yesterday Mary Johnson arrived in London.");
        Set<Sentence> all = new HashSet<>(d.sentences());
        NameModelEvidence ev = NameModelEvidence.of(NameModel.get(), d, all);
        int b = d.text().indexOf("Mary Johnson");
        Span person = new Span(b, b + "Mary Johnson".length());
        assertEquals(EntityType.PERSON, ev.vote(person, null, 0).getKey(), "types what the rules left open");
        assertEquals(EntityType.PERSON, ev.vote(person, EntityType.PERSON, 1).getKey(), "confirms");
        assertTrue(ev.vote(person, EntityType.PERSON, 1).getValue() > 0);
        assertNull(ev.vote(person, EntityType.ORGANIZATION, Candidate.UNKNOWN), "no vote against the rules");
        assertNull(ev.vote(new Span(0, 9), null, 0), "no vote where the model found nothing");
        assertNull(NameModelEvidence.of(NameModel.get(), d, Set.of()).vote(person, null, 0), "no sentences asked: no votes");
    }

    @Test
    void tokenCacheChangesNothingTheModelFinds() throws Exception {
        byte[] shipped;
        try (java.io.InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            shipped = NameModel.withBeam(in.readAllBytes(), 1);
        }
        byte[] cached = NameModel.withTokenCache(shipped);
        String descriptor = new String(entry(cached, "generator.featuregen"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(descriptor.contains(TokenFeatureCache.Factory.class.getName()), descriptor);
        NameModel plain = new NameModel(new opennlp.tools.namefind.TokenNameFinderModel(new java.io.ByteArrayInputStream(shipped)));
        NameModel fast = new NameModel(new opennlp.tools.namefind.TokenNameFinderModel(new java.io.ByteArrayInputStream(cached)));
        AnnotatedDocument d = tagged("John Smith and Mary Johnson flew from London to Chicago on Tuesday.\n"
                + "They met the chief executive of Microsoft in Paris, said Angela Merkel's spokesman.\n"
                + "PETER BROWN JOINS GOOGLE IN DUBLIN\n"
                + "The team flew to Tokyo with coach Carlos Alvarez and the Bank of England's governor.");
        List<NameModel.Found> a = plain.find(d.sentences());
        List<NameModel.Found> b = fast.find(d.sentences());
        assertTrue(!a.isEmpty());
        assertEquals(a, b, "the same spans, types and probabilities (to the last bit)");
    }

    @Test
    void decoderFindsWhatOpenNlpsFinderFinds() throws Exception {
        byte[] shipped;
        try (java.io.InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        AnnotatedDocument d = tagged("John Smith and Mary Johnson flew from London to Chicago on Tuesday.\n"
                + "They met the chief executive of Microsoft in Paris, said Angela Merkel's spokesman.\n"
                + "PETER BROWN JOINS GOOGLE IN DUBLIN\n"
                + "the mayor of springfield, jane doe, spoke to the city council on monday evening\n"
                + "Smith said the Bank of England and the European Central Bank would meet in Frankfurt, while "
                + "Johnson, who leads the Liberal Democrats in the House of Commons, stayed in Cardiff with "
                + "officials of the World Health Organization and the U.S. Department of State.\n"
                + "Mr. Smith later told Reuters that Microsoft's Satya Nadella had called.");
        for (int beam : new int[] {1, 3}) {
            byte[] bytes = NameModel.withTokenCache(NameModel.withBeam(shipped, beam));
            opennlp.tools.namefind.TokenNameFinderModel m =
                    new opennlp.tools.namefind.TokenNameFinderModel(new java.io.ByteArrayInputStream(bytes));
            List<NameModel.Found> a = new NameModel(m, false, false).find(d.sentences());
            assertTrue(a.size() > 5, a.toString());
            assertEquals(a, new NameModel(m, true, false).find(d.sentences()),
                    "beam " + beam + ", the descriptor's generators: the same spans, types and probabilities (to the last bit)");
            NameModel fast = new NameModel(m, true, true);
            assertEquals(a, fast.find(d.sentences()), "beam " + beam + ", features made word by word: the same");
            assertEquals(a, fast.find(d.sentences()), "beam " + beam + ": again, with the decoder's tables made");
        }
    }

    @Test
    void wordByWordFeaturesOnlyForTheShippedDescriptor() throws Exception {
        byte[] shipped;
        try (java.io.InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        byte[] descriptor = entry(shipped, "generator.featuregen");
        assertTrue(NameModelLayout.shipped(descriptor));
        assertTrue(NameModelLayout.shipped(entry(NameModel.withTokenCache(shipped), "generator.featuregen")), "cached");
        String xml = new String(descriptor, java.nio.charset.StandardCharsets.UTF_8);
        for (String[] change : new String[][] {{"<int name=\"length\">4</int>", "<int name=\"length\">3</int>"},
                {"<int name=\"nextLength\">2</int>", "<int name=\"nextLength\">3</int>"},
                {"<bool name=\"lowercase\">true</bool>", "<bool name=\"lowercase\">false</bool>"},
                {"BigramNameFeatureGeneratorFactory", "TrigramNameFeatureGeneratorFactory"}}) {
            assertTrue(xml.contains(change[0]), change[0]);
            assertTrue(!NameModelLayout.shipped(xml.replace(change[0], change[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    change[1]);
        }
        assertTrue(!NameModelLayout.shipped(null));
    }

    private static byte[] entry(byte[] zip, String name) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in the model package");
    }
}
