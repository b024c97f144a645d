package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.query.Catalogue.column;
import static org.newsgraph.query.Catalogue.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * Every catalogue query on a small hand-written graph (src/test/resources/.../fixture.trig) whose
 * answers are known exactly: two documents, four claims (one from an unnamed source, one direct
 * quote, one content made in both documents by two people), a membership, a cited outlet, an
 * anaphoric mention, and an organisation whose name holds a quote and a brace.
 */
class TestCatalogueOnFixture {

    static final String ENTITY = "https://w3id.org/newsgraph/entity/";

    @TempDir
    static Path tmp;
    static GraphStore store;
    static DatasetGraph dsg;

    @BeforeAll
    static void load() {
        store = Catalogue.fixtureStore(tmp.resolve("store"));
        dsg = store.dataset();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, String> only(List<Map<String, String>> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    @Test
    void whoSaidWhat() {
        List<Map<String, String>> all = run(dsg, "who-said-what");
        assertEquals(4, all.size(), all.toString());
        Map<String, String> jane = only(run(dsg, "who-said-what", "source", "jane"));
        assertEquals("Jane Roe", jane.get("sourceLabel"));
        assertEquals("Person", jane.get("sourceKind"));
        assertEquals("said", jane.get("cue"));
        assertEquals("the merger would close in May", jane.get("content"));
        assertEquals("fixture-a.txt", jane.get("file"));
        assertEquals("Jane Roe, spokeswoman for Acme Corp, said the merger would close in May.", jane.get("sentence"));
        Map<String, String> unnamed = only(run(dsg, "who-said-what", "source", "close to the matter"));
        assertEquals("UnnamedSource", unnamed.get("sourceKind"));
        assertEquals("According to", unnamed.get("cue"));
        Map<String, String> quote = only(run(dsg, "who-said-what", "quote", "true"));
        assertEquals("Acme Corp is ready.", quote.get("content"));
        assertEquals("He added: \"Acme Corp is ready.\"", quote.get("sentence"));
        assertEquals(3, run(dsg, "who-said-what", "quote", "false").size());
    }

    @Test
    void claimsAboutAnEntity() {
        Map<String, String> acme = only(run(dsg, "claims-about", "entity", "acme"));
        assertEquals("Acme Corp is ready.", acme.get("content"));
        assertEquals("John Doe", acme.get("sourceLabel"));
        assertEquals("Acme Corp", acme.get("mentionedAs"));
        assertEquals(acme, only(run(dsg, "claims-about", "entity", "<" + ENTITY + "organization/fixture-acme>")));
        assertEquals(List.of(), run(dsg, "claims-about", "entity", "Jane"), "Jane speaks, but nothing is said about her");
    }

    @Test
    void whoQuotesWhom() {
        List<Map<String, String>> rows = run(dsg, "who-quotes-whom");
        Set<String> edges = new TreeSet<>();
        rows.forEach(r -> edges.add(r.get("file") + " -> " + r.get("sourceLabel") + " x" + r.get("claims")
                + " (" + r.get("directQuotes") + " quoted)"));
        assertEquals(Set.of("fixture-a.txt -> Jane Roe x1 (0 quoted)", "fixture-a.txt -> sources close to the matter x1 (0 quoted)",
                "fixture-b.txt -> John Doe x2 (1 quoted)"), edges);
        assertEquals("Wire Service", run(dsg, "who-quotes-whom", "source", "Jane").get(0).get("author"));
    }

    @Test
    void sources() {
        List<Map<String, String>> rows = run(dsg, "sources");
        assertEquals(List.of("John Doe", "Jane Roe", "sources close to the matter"), column(rows, "sourceLabel"));
        assertEquals(List.of("2", "1", "1"), column(rows, "claims"));
        assertEquals("1", rows.get(0).get("directQuotes"));
        assertEquals(List.of("sources close to the matter"), column(run(dsg, "sources", "kind", "UnnamedSource"), "sourceLabel"));
    }

    @Test
    void roles() {
        Map<String, String> r = only(run(dsg, "roles"));
        assertEquals("Jane Roe", r.get("personLabel"));
        assertEquals("spokeswoman", r.get("roleLabel"));
        assertEquals("Acme Corp", r.get("organizationLabel"));
        assertEquals("Jane Roe, spokeswoman for Acme Corp, said the merger would close in May.", r.get("evidence"));
        assertEquals(1, run(dsg, "roles", "organization", "acme").size());
        assertEquals(0, run(dsg, "roles", "person", "John").size());
    }

    @Test
    void unnamedSourcesPerDocumentAndPerOutlet() {
        List<Map<String, String>> perDoc = run(dsg, "unnamed-sources");
        assertEquals(List.of("fixture-a.txt", "fixture-b.txt"), column(perDoc, "file"));
        assertEquals(List.of("2", "2"), column(perDoc, "claims"));
        assertEquals(List.of("1", "0"), column(perDoc, "unnamed"));
        assertEquals(0.5, Double.parseDouble(perDoc.get(0).get("share")), 1e-9);
        assertEquals("sources close to the matter", perDoc.get(0).get("descriptions"));

        List<Map<String, String>> perOutlet = run(dsg, "unnamed-share");
        Map<String, String> all = perOutlet.stream().filter(r -> r.get("outlet").equals("(all)")).findFirst().orElseThrow();
        assertEquals("4", all.get("claims"));
        assertEquals("1", all.get("unnamed"));
        assertEquals(0.25, Double.parseDouble(all.get("share")), 1e-9);
        Map<String, String> wire = perOutlet.stream().filter(r -> r.get("outlet").equals("Wire Service")).findFirst().orElseThrow();
        assertEquals(0.5, Double.parseDouble(wire.get("share")), 1e-9);
        assertEquals(3, perOutlet.size(), "(all), Wire Service and (no byline): " + perOutlet);
    }

    @Test
    void corroboratedClaims() {
        Map<String, String> r = only(run(dsg, "corroborated-claims"));
        assertEquals("the merger would close in May", r.get("claimText"));
        assertEquals("2", r.get("documents"));
        assertEquals("2", r.get("sources"));
        assertEquals(Set.of("Jane Roe", "John Doe"), Set.of(r.get("sourceLabels").split("; ")));
        assertEquals(List.of(), run(dsg, "corroborated-claims", "minSources", "3"));
    }

    @Test
    void coMentions() {
        List<Map<String, String>> rows = run(dsg, "co-mentions");
        Set<String> edges = new TreeSet<>();
        rows.forEach(r -> edges.add(r.get("sourceLabel") + " - " + r.get("targetLabel") + " " + r.get("sentences")));
        assertEquals(Set.of("Acme Corp - Jane Roe 1", "Acme Corp - John Doe 1"), edges);
        assertEquals(1, run(dsg, "co-mentions", "entity", "jane").size());
        assertEquals(0, run(dsg, "co-mentions", "minSentences", "2").size());
    }

    @Test
    void documents() {
        List<Map<String, String>> rows = run(dsg, "documents");
        assertEquals(List.of("fixture-a.txt", "fixture-b.txt"), column(rows, "file"));
        Map<String, String> a = rows.get(0);
        assertEquals("Acme Corp hires a new spokeswoman", a.get("headline"));
        assertEquals("Wire Service", a.get("author"));
        assertEquals("2025-11-20", a.get("date"));
        assertEquals("4", a.get("mentions"));
        assertEquals("2", a.get("claims"));
        assertEquals("Daily Planet", rows.get(1).get("cited"));
        assertEquals(List.of("fixture-b.txt"), column(run(dsg, "documents", "cites", "planet"), "file"));
        assertEquals(List.of(), run(dsg, "documents", "cites", "Politico"));
    }

    @Test
    void citedOutlets() {
        Map<String, String> r = only(run(dsg, "cited-outlets"));
        assertEquals("Daily Planet", r.get("outletLabel"));
        assertEquals("1", r.get("documents"));
        assertEquals("fixture-b.txt", r.get("files"));
    }

    @Test
    void entitiesWithVariantsAndCounts() {
        Map<String, String> acme = only(run(dsg, "entities", "name", "acme"));
        assertEquals("Organization", acme.get("kind"));
        assertEquals(Set.of("Acme", "Acme Corp"), Set.of(acme.get("variants").split("; ")));
        assertEquals("3", acme.get("mentions"));
        assertEquals("2", acme.get("documents"));
        assertEquals(Set.of("Jane Roe", "John Doe"), Set.copyOf(column(run(dsg, "entities", "type", "person"), "label")));
        assertEquals(6, run(dsg, "entities").size());
    }

    @Test
    void personsCountNamesNotPronouns() {
        List<Map<String, String>> rows = run(dsg, "persons");
        assertEquals(Set.of("Jane Roe", "John Doe"), Set.copyOf(column(rows, "label")));
        Map<String, String> john = only(run(dsg, "persons", "name", "john"));
        assertEquals("1", john.get("mentions"), "\"He\" is anaphoric and not counted");
        assertEquals("spokeswoman, Acme Corp", only(run(dsg, "persons", "name", "jane")).get("roles"));
    }

    @Test
    void mentionsWithTheirSentences() {
        Map<String, String> john = only(run(dsg, "mentions", "name", "john"));
        assertEquals("John Doe", john.get("anchor"));
        assertEquals("John Doe said the merger would close in May.", john.get("sentence"));
        List<Map<String, String>> withHe = run(dsg, "mentions", "name", "john", "anaphora", "true");
        assertEquals(List.of("John Doe", "He"), column(withHe, "anchor"));
        assertEquals(7, run(dsg, "mentions").size(), "every name mention, no pronoun");
    }

    @Test
    void ontologyFromTheStoresOntologyGraph() {
        List<Map<String, String>> rows = run(dsg, "ontology", "name", "#Claim");
        Map<String, String> claim = only(rows);
        assertEquals("https://w3id.org/newsgraph/ontology#Claim", claim.get("term"));
        assertTrue(claim.get("specialises").contains("http://schema.org/Claim"), claim.toString());
        assertTrue(run(dsg, "ontology").size() >= 14);
    }

    @Test
    void duplicatesListsThePairsTheIdentityPassLeftApart() {
        Map<String, String> pair = only(run(dsg, "duplicates"));
        assertEquals("Jane Roe", pair.get("label"));
        assertEquals("John Doe", pair.get("otherLabel"));
        assertTrue(pair.get("reason").startsWith("surname shared"), pair.toString());
        assertEquals(1, run(dsg, "duplicates", "name", "doe").size());
        assertEquals(0, run(dsg, "duplicates", "name", "acme").size());
    }
}
