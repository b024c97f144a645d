package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

/** The networks read out of a store: the hand-made fixture edge by edge, the seeds' as a whole. */
class TestNetworks {

    @TempDir
    static Path tmp;
    static GraphStore fixture, seeds;
    static Network net;

    @BeforeAll
    static void load() {
        fixture = ExportFixtures.fixture(tmp.resolve("fixture"));
        seeds = ExportFixtures.seeds(tmp.resolve("seeds"));
        net = Networks.entities(fixture.dataset());
    }

    @AfterAll
    static void close() {
        fixture.close();
        seeds.close();
    }

    private static Map<String, Network.Node> byLabel(Network n) {
        return n.nodes().stream().collect(Collectors.toMap(Network.Node::label, Function.identity()));
    }

    /** "source|target|kind|label|weight" for each edge, by node labels. */
    private static Set<String> edges(Network n) {
        Map<String, String> label = n.nodes().stream().collect(Collectors.toMap(Network.Node::id, Network.Node::label));
        return n.edges().stream().map(e -> label.get(e.source()) + "|" + label.get(e.target()) + "|" + e.kind().label()
                + "|" + e.label() + "|" + (long) e.weight()).collect(Collectors.toSet());
    }

    @Test
    void nodesAreTheEntitiesWithTypeNameMentionsAndWikidata() {
        Map<String, Network.Node> nodes = byLabel(net);
        assertEquals(Set.of("Maria Zakharova", "Foreign Ministry", "Kyiv", "NATO"), nodes.keySet());
        Network.Node z = nodes.get("Maria Zakharova");
        assertEquals("Person", z.type());
        assertEquals(2, z.mentions(), "name mentions only: the pronoun is not counted");
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q4164210"), z.wikidata());
        assertEquals("Place", nodes.get("Kyiv").type());
        assertEquals(3, nodes.get("NATO").mentions());
        assertEquals(Optional.empty(), nodes.get("NATO").wikidata());
        assertEquals("https://w3id.org/newsgraph/entity/organization/nato", nodes.get("NATO").iri());
    }

    @Test
    void edgesAreRolesClaimsAndCoMentions() {
        Set<String> expected = Set.of(
                "Maria Zakharova|Foreign Ministry|role|spokeswoman|1",
                "Maria Zakharova|NATO|claim||2",
                "Maria Zakharova|Kyiv|claim||1");
        Set<String> got = edges(net);
        assertTrue(got.containsAll(expected), got.toString());
        Set<String> co = got.stream().filter(s -> s.contains("|co-mention|")).collect(Collectors.toSet());
        // four entities in the first sentence of d1: six pairs; Zakharova and NATO again in d2
        assertEquals(6, co.size(), co.toString());
        assertTrue(co.stream().anyMatch(s -> s.matches("(Maria Zakharova\\|NATO|NATO\\|Maria Zakharova)\\|co-mention\\|\\|2")), co.toString());
        assertEquals(9, net.edges().size(), "the unnamed source's claim is no edge: " + got);
        net.edges().forEach(e -> assertEquals(e.kind() != Network.EdgeKind.CO_MENTION, e.directed()));
    }

    @Test
    void theSameStoreGivesTheSameNetwork() {
        Network again = Networks.entities(fixture.dataset());
        assertEquals(net.nodes(), again.nodes());
        assertEquals(net.edges(), again.edges());
    }

    @Test
    void aQueryNetworkHasItsRowsAsEdges() {
        QueryRunner r = QueryRunner.create().query(QueryCatalogue.load(ExportFixtures.resource("claims-about.rq").toString()))
                .dataset(fixture.dataset()).build();
        Network q = Networks.fromQuery(fixture.dataset(), "claims-about", r);
        assertEquals(Set.of("Maria Zakharova|Kyiv|query|claims about|1", "Maria Zakharova|NATO|query|claims about|2",
                "Sources|NATO|query|claims about|1"), edges(q));
        Map<String, Network.Node> nodes = byLabel(q);
        assertEquals("Person", nodes.get("Maria Zakharova").type(), "entities keep their type");
        assertEquals("Resource", nodes.get("Sources").type());
        assertEquals(4, q.nodes().size());
    }

    @Test
    void theCatalogueCoMentionQueryGivesAWeightedNetwork() {
        QueryRunner r = QueryRunner.create().query(QueryCatalogue.load("co-mentions")).dataset(fixture.dataset()).build();
        Network q = Networks.fromQuery(fixture.dataset(), "co-mentions", r);
        Set<String> got = edges(q);
        // its count of sentences is the weight: Zakharova and NATO share two
        assertTrue(got.stream().anyMatch(e -> e.matches("(Maria Zakharova\\|NATO|NATO\\|Maria Zakharova)\\|query\\|\\|2")), got.toString());
        assertEquals(6, q.edges().size(), got.toString());
    }

    @Test
    void theSeedsNetworkHasEveryEntityAndOnlyEdgesBetweenThem() {
        Network n = Networks.entities(seeds.dataset());
        long entities = Txn.calculateRead(seeds.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(seeds.dataset()).query(
                    "PREFIX schema: <http://schema.org/> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { "
                            + "VALUES ?t { schema:Person schema:Organization schema:Place } ?e a ?t }").build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
        assertTrue(entities > 0);
        assertEquals(entities, n.nodes().size());
        Set<String> ids = n.nodes().stream().map(Network.Node::id).collect(Collectors.toSet());
        assertFalse(n.edges().isEmpty());
        n.edges().forEach(e -> assertTrue(ids.contains(e.source()) && ids.contains(e.target()), e.toString()));
        assertTrue(n.edges().stream().anyMatch(e -> e.kind() == Network.EdgeKind.CO_MENTION));
    }
}
