package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.query.Catalogue.column;
import static org.newsgraph.query.Catalogue.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.rdf.ITSRDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.rdf.PROV;
import org.newsgraph.rdf.SCHEMA;
import org.newsgraph.store.GraphStore;

/**
 * Every catalogue query on the graph {@code newsgraph build seeds/} makes. Answers are checked two
 * ways: against what the seed texts plainly say (document 004 cites Politico; Andrei Klintsevich
 * speaks in 000), and against the same figures counted by walking the graph in Java, so a query
 * that joins or counts wrongly fails whatever the extractor finds.
 */
class TestCatalogueOnSeeds {

    static final String SEED_000 = "000_abd522cf9706f134.txt";
    static final String SEED_004 = "004_d1458145a4f2f64e.txt";

    @TempDir
    static Path tmp;
    static GraphStore store;
    static DatasetGraph dsg;
    /** The union of the document graphs, copied out for walking in Java. */
    static Graph g;

    @BeforeAll
    static void build() {
        store = Catalogue.seedsStore(tmp.resolve("store"));
        dsg = store.dataset();
        g = GraphFactory.createDefaultGraph();
        Node ontology = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(ontology)) {
                g.add(q.asTriple());
            }
        }));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Node> subjects(Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList();
    }

    private static Node one(Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    private static String lex(Node s, Node p) {
        return one(s, p).getLiteralLexicalForm();
    }

    private static boolean anaphoric(Node m) {
        return g.contains(m, RDF.type.asNode(), NG.AnaphoricMention.asNode());
    }

    private static String file(Node doc) {
        return lex(doc, org.apache.jena.vocabulary.DCTerms.identifier.asNode());
    }

    /** Name mentions per entity, counted in Java. */
    private static Map<String, Integer> nameMentions() {
        Map<String, Integer> n = new HashMap<>();
        for (Triple t : g.find(Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY).toList()) {
            if (!anaphoric(t.getSubject())) {
                n.merge(t.getObject().getURI(), 1, Integer::sum);
            }
        }
        return n;
    }

    private static String seedText(String file) throws IOException {
        return Files.readString(TestPaths.seeds().resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void lowConfidenceNamesListWeakNamesWithTheirRule() {
        // with max=1 every name mention is listed, each once, weakest first
        List<Map<String, String>> all = run(dsg, "low-confidence-names", "max", "1");
        long names = g.find(Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY).toList().stream()
                .filter(t -> !anaphoric(t.getSubject())).map(Triple::getSubject).distinct().count();
        assertEquals(names, all.stream().map(r -> r.get("file") + " " + r.get("begin") + " " + r.get("end")).distinct().count());
        double prev = -1;
        for (Map<String, String> r : all) {
            double c = Double.parseDouble(r.get("confidence"));
            assertTrue(c >= 0 && c <= 1 && c >= prev, r.toString());
            assertFalse(r.get("rule").isBlank(), r.toString());
            prev = c;
        }
        // the default lists those at or below 0.5, a subset; a rule narrows it to that rule's mentions
        List<Map<String, String>> low = run(dsg, "low-confidence-names");
        assertTrue(low.size() < all.size());
        low.forEach(r -> assertTrue(Double.parseDouble(r.get("confidence")) <= 0.5, r.toString()));
        String rule = all.get(0).get("rule");
        List<Map<String, String>> ofRule = run(dsg, "low-confidence-names", "max", "1", "rule", rule);
        assertEquals(all.stream().filter(r -> r.get("rule").equals(rule)).count(), ofRule.size());
        // a known place named the same throughout is sure
        assertTrue(all.stream().anyMatch(r -> r.get("anchor").equals("Moscow") && Double.parseDouble(r.get("confidence")) >= 0.9),
                all.toString());
    }

    @Test
    void documentsCitingPolitico() throws IOException {
        List<Map<String, String>> rows = run(dsg, "documents");
        assertEquals(List.of(SEED_000, SEED_004), column(rows, "file"));
        assertTrue(seedText(SEED_004).contains("first reported by Politico"));
        assertEquals(List.of(SEED_004), column(run(dsg, "documents", "cites", "Politico"), "file"));
        assertEquals(List.of(), run(dsg, "documents", "cites", "Reuters"));
        for (Map<String, String> r : rows) {
            Node doc = NodeFactory.createURI(r.get("doc"));
            long mentions = subjects(NIF.referenceContext.asNode(), doc).stream()
                    .filter(m -> g.contains(m, ITSRDF.taIdentRef.asNode(), Node.ANY)).count();
            long claims = subjects(PROV.wasDerivedFrom.asNode(), doc).stream()
                    .filter(c -> g.contains(c, RDF.type.asNode(), NG.Claim.asNode())).count();
            assertEquals(Long.toString(mentions), r.get("mentions"), r.get("file"));
            assertEquals(Long.toString(claims), r.get("claims"), r.get("file"));
            String headline = r.get("headline");
            assertTrue(headline != null && seedText(r.get("file")).startsWith(headline), r.toString());
        }
    }

    @Test
    void citedOutlets() {
        List<Map<String, String>> rows = run(dsg, "cited-outlets", "outlet", "politico");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(SEED_004, rows.get(0).get("files"));
        int citations = g.find(Node.ANY, SCHEMA.citation.asNode(), Node.ANY).toList().size();
        int listed = run(dsg, "cited-outlets").stream().mapToInt(r -> Integer.parseInt(r.get("documents"))).sum();
        assertEquals(citations, listed);
    }

    @Test
    void personsAndEntitiesCountWhatTheGraphHolds() {
        Map<String, Integer> counted = nameMentions();
        List<Map<String, String>> persons = run(dsg, "persons");
        assertTrue(column(persons, "label").contains("Andrei Klintsevich"), column(persons, "label").toString());
        for (Map<String, String> r : persons) {
            assertEquals(Integer.toString(counted.get(r.get("person"))), r.get("mentions"), r.get("label"));
        }
        List<Map<String, String>> entities = run(dsg, "entities");
        assertEquals(subjects(RDF.type.asNode(), SCHEMA.Person.asNode()).size()
                + subjects(RDF.type.asNode(), SCHEMA.Organization.asNode()).size()
                + subjects(RDF.type.asNode(), SCHEMA.Place.asNode()).size(), entities.size());
        for (Map<String, String> r : entities) {
            Node e = NodeFactory.createURI(r.get("entity"));
            assertEquals(Integer.toString(counted.getOrDefault(r.get("entity"), 0)), r.get("mentions"), r.get("label"));
            Set<String> variants = new HashSet<>(List.of(r.getOrDefault("variants", "").split("; ")));
            for (Node m : subjects(ITSRDF.taIdentRef.asNode(), e)) {
                if (!anaphoric(m)) {
                    assertTrue(variants.contains(lex(m, NIF.anchorOf.asNode())), r.get("label") + " lacks a variant");
                }
            }
        }
        // both seeds are about Witkoff: one entity, two documents, whatever the spelling
        Map<String, String> witkoff = run(dsg, "entities", "type", "Person", "name", "Witkoff").get(0);
        assertEquals("2", witkoff.get("documents"), witkoff.toString());
    }

    @Test
    void mentionsSitAtTheirOffsetsInsideTheirSentences() throws IOException {
        List<Map<String, String>> rows = run(dsg, "mentions", "name", "Klintsevich");
        assertFalse(rows.isEmpty());
        String text = seedText(SEED_000);
        for (Map<String, String> r : rows) {
            assertEquals(SEED_000, r.get("file"));
            int b = Integer.parseInt(r.get("begin")), e = Integer.parseInt(r.get("end"));
            assertEquals(text.substring(b, e), r.get("anchor"));
            assertTrue(r.get("sentence").contains(r.get("anchor")), r.toString());
        }
        assertTrue(run(dsg, "mentions", "anaphora", "true").size() >= run(dsg, "mentions").size());
    }

    @Test
    void coMentionWeightsAreSentencesSharedByBothEntities() {
        Map<String, Set<String>> sentencesOf = new HashMap<>();
        for (Triple t : g.find(Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY).toList()) {
            g.find(t.getSubject(), NIF.sentence.asNode(), Node.ANY)
                    .forEachRemaining(s -> sentencesOf.computeIfAbsent(t.getObject().getURI(), k -> new HashSet<>())
                            .add(s.getObject().getURI()));
        }
        Map<String, Integer> expected = new TreeMap<>();
        for (String a : sentencesOf.keySet()) {
            for (String b : sentencesOf.keySet()) {
                if (a.compareTo(b) < 0) {
                    Set<String> both = new HashSet<>(sentencesOf.get(a));
                    both.retainAll(sentencesOf.get(b));
                    if (!both.isEmpty()) {
                        expected.put(a + " " + b, both.size());
                    }
                }
            }
        }
        Map<String, Integer> got = new TreeMap<>();
        run(dsg, "co-mentions").forEach(r -> got.put(r.get("source") + " " + r.get("target"), Integer.parseInt(r.get("sentences"))));
        assertFalse(got.isEmpty());
        assertEquals(expected, got);
    }

    @Test
    void whoSaidWhatGivesEveryClaimWithItsSentence() {
        List<Map<String, String>> rows = run(dsg, "who-said-what");
        List<Node> claims = subjects(RDF.type.asNode(), NG.Claim.asNode());
        assertEquals(claims.size(), rows.size());
        for (Map<String, String> r : rows) {
            String content = r.get("content");
            if (!content.contains(" … ")) {
                assertTrue(r.get("sentence").contains(content) || content.contains(r.get("sentence")), r.toString());
            }
        }
        List<Map<String, String>> klintsevich = run(dsg, "who-said-what", "source", "Klintsevich");
        assertFalse(klintsevich.isEmpty(), "the seeds' claims: " + rows);
        for (Map<String, String> r : klintsevich) {
            assertEquals("Andrei Klintsevich", r.get("sourceLabel"));
            assertEquals("Person", r.get("sourceKind"));
            assertEquals(SEED_000, r.get("file"));
        }
    }

    @Test
    void claimsSourcesAndUnnamedSharesAddUp() {
        List<Node> claims = subjects(RDF.type.asNode(), NG.Claim.asNode());
        long unnamed = claims.stream().filter(c -> g.find(c, PROV.wasAttributedTo.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> g.contains(t.getObject(), RDF.type.asNode(), NG.UnnamedSource.asNode()))).count();
        Map<String, String> all = run(dsg, "unnamed-share").stream().filter(r -> r.get("outlet").equals("(all)"))
                .findFirst().orElseThrow();
        assertEquals(Integer.toString(claims.size()), all.get("claims"));
        assertEquals(Long.toString(unnamed), all.get("unnamed"));
        int perDoc = run(dsg, "unnamed-sources").stream().mapToInt(r -> Integer.parseInt(r.get("unnamed"))).sum();
        assertEquals(unnamed, perDoc);
        long attributed = claims.stream().filter(c -> g.contains(c, PROV.wasAttributedTo.asNode(), Node.ANY)).count();
        assertEquals(attributed, run(dsg, "sources").stream().mapToLong(r -> Long.parseLong(r.get("claims"))).sum());
        assertEquals(attributed, run(dsg, "who-quotes-whom").stream().mapToLong(r -> Long.parseLong(r.get("claims"))).sum());
        // 004 leans on "sources close to the matter" and "diplomatic sources"
        assertTrue(unnamed > 0, "no claim from an unnamed source in the seeds");
    }

    @Test
    void claimsAboutWitkoffMentionHimInTheirContent() {
        List<Map<String, String>> rows = run(dsg, "claims-about", "entity", "Witkoff");
        assertFalse(rows.isEmpty());
        for (Map<String, String> r : rows) {
            assertTrue(r.get("label").contains("Witkoff"), r.toString());
            for (String m : r.get("mentionedAs").split("; ")) {
                assertTrue(r.get("content").contains(m), m + " in " + r.get("content"));
            }
        }
    }

    @Test
    void rolesComeWithTheSentenceThatStatesThem() throws IOException {
        List<Map<String, String>> rows = run(dsg, "roles");
        assertEquals(subjects(RDF.type.asNode(), org.apache.jena.vocabulary.ORG.Membership.asNode()).size(),
                rows.stream().map(r -> r.get("membership")).distinct().count());
        assertFalse(rows.isEmpty(), "the seeds name roles (\"real estate developer Steven Witkoff\")");
        for (Map<String, String> r : rows) {
            assertTrue(r.get("roleLabel") != null || r.get("organizationLabel") != null, r.toString());
            String evidence = r.get("evidence");
            assertTrue(evidence != null && !evidence.isBlank() && seedText(r.get("file")).contains(evidence), r.toString());
        }
        List<Map<String, String>> witkoff = run(dsg, "roles", "person", "Witkoff");
        assertTrue(witkoff.stream().anyMatch(r -> String.valueOf(r.get("roleLabel")).contains("developer")), witkoff.toString());
    }

    @Test
    void corroborationAndOntologyRun() {
        for (Map<String, String> r : run(dsg, "corroborated-claims")) {
            assertTrue(Integer.parseInt(r.get("documents")) >= 2 || Integer.parseInt(r.get("sources")) >= 2, r.toString());
        }
        assertTrue(column(run(dsg, "ontology"), "term").contains(NG.NS + "UnnamedSource"));
        assertEquals(List.of(), run(dsg, "ontology", "name", "no-such-term"));
        assertTrue(g.contains(Node.ANY, RDFS.label.asNode(), Node.ANY));
    }
}
