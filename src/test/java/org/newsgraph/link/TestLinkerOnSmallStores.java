package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * Linking small stores written in the graph's contract shape (independent of what the extractor
 * finds): two people who share a name stay apart (each document's context picks its own Maria
 * Zakharova; when the documents of one entity disagree nothing is linked), and a nickname finds
 * the full name.
 */
class TestLinkerOnSmallStores {

    static final Path RES = TestPaths.repo().resolve("src/test/resources/org/newsgraph/link");
    static final String ZAKHAROVA = "https://w3id.org/newsgraph/entity/person/maria-zakharova";

    @TempDir
    Path tmp;

    /** A store holding the given documents of two-zakharovas.trig. */
    private GraphStore store(String... docs) {
        DatasetGraph all = DatasetGraphFactory.create();
        RDFParser.source(RES.resolve("two-zakharovas.trig")).parse(all);
        GraphStore gs = GraphStore.open(tmp.resolve("store-" + String.join("-", docs)));
        for (String d : docs) {
            var name = NodeFactory.createURI("https://w3id.org/newsgraph/doc/test-" + d);
            gs.replaceGraph(name, all.getGraph(name));
        }
        return gs;
    }

    private static LinkReport.Decision zakharova(GraphStore gs) {
        return decision(gs, ZAKHAROVA);
    }

    private static LinkReport.Decision decision(GraphStore gs, String entity) {
        try (KbFileSource kb = KbFileSource.create().file(RES.resolve("wikidata-fixture.ttl")).build()) {
            LinkReport r = Linker.create().store(gs).source(kb).build().run();
            return r.decisions().stream().filter(d -> d.entity().equals(entity)).findFirst().orElseThrow();
        }
    }

    @Test
    void eachContextPicksItsOwnPerson() {
        try (GraphStore gs = store("skier")) {
            LinkReport.Decision d = zakharova(gs);
            assertEquals("http://www.wikidata.org/entity/Q9900003", d.target(), d.toString());
        }
        try (GraphStore gs = store("diplomat")) {
            LinkReport.Decision d = zakharova(gs);
            assertEquals("http://www.wikidata.org/entity/Q9900002", d.target(), d.toString());
            assertEquals(LinkReport.Outcome.SAME_AS, d.outcome(), d.toString());
        }
    }

    @Test
    void documentsThatDisagreeLeaveTheNameUnlinked() {
        try (GraphStore gs = store("diplomat", "skier")) {
            LinkReport.Decision d = zakharova(gs);
            assertEquals(LinkReport.Outcome.AMBIGUOUS, d.outcome(), d.toString());
            assertTrue(d.why().contains("diplomat.txt -> wd:Q9900002") && d.why().contains("skier.txt -> wd:Q9900003"), d.why());
            long links = Txn.calculateRead(gs.dataset(), () -> gs.dataset()
                    .getGraph(NodeFactory.createURI(Iris.LINKS_GRAPH)).find(NodeFactory.createURI(ZAKHAROVA), null, null).toList().size());
            assertEquals(0, links);
        }
    }

    @Test
    void aNicknameFindsTheFullNameTheDatasetLists() {
        try (GraphStore gs = store("envoy")) {
            LinkReport.Decision d = decision(gs, "https://w3id.org/newsgraph/entity/person/steve-witkoff");
            assertEquals("http://www.wikidata.org/entity/Q9900001", d.target(), d.toString());
            assertEquals(LinkReport.Outcome.SAME_AS, d.outcome(), d.toString());
        }
    }
}
