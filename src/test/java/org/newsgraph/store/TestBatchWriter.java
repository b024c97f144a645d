package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch loading: many documents a transaction, whole-graph replacement by name and by identifier, compaction. */
class TestBatchWriter {

    @TempDir
    Path tmp;

    /** A document graph like the writer's: the document node names the graph and carries the identifier. */
    private static DocumentGraph doc(String hash, String identifier, int triples) {
        Node d = NodeFactory.createURI("https://w3id.org/newsgraph/doc/" + hash);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(d, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(identifier));
        for (int i = 0; i < triples - 1; i++) {
            g.add(NodeFactory.createURI(d.getURI() + "#char=" + i + "," + (i + 5)),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(hash + " " + i));
        }
        return new DocumentGraph(d, identifier, identifier, g);
    }

    @Test
    void manyDocumentsGoInFewTransactions() {
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            List<String> failed = new ArrayList<>();
            BatchWriter w = new BatchWriter(gs, 10, 1_000_000, failed::add);
            for (int i = 0; i < 25; i++) {
                w.put(doc("h" + i, "doc-" + i + ".txt", 20));
            }
            w.flush();
            assertEquals(3, w.counts().transactions, "10 + 10 + 5 documents");
            assertEquals(25, w.counts().written);
            assertEquals(25, gs.graphCount());
            assertEquals(25 * (20 + 1), gs.quadCount(), "each document's triples and its extraction digest");
            assertTrue(failed.isEmpty(), failed.toString());
        }
    }

    @Test
    void theQuadLimitClosesABatchToo() {
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            BatchWriter w = new BatchWriter(gs, 1000, 100, l -> { });
            for (int i = 0; i < 10; i++) {
                w.put(doc("h" + i, "doc-" + i + ".txt", 30));
            }
            w.flush();
            assertEquals(3, w.counts().transactions, "a batch is committed once it holds 100 quads: 4 + 4 + 2 documents");
        }
    }

    @Test
    void aDocumentLoadedInABatchIsReplacedWholeLater() {
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            BatchWriter w = new BatchWriter(gs, 100, 1_000_000, l -> { });
            for (int i = 0; i < 5; i++) {
                w.put(doc("h" + i, "doc-" + i + ".txt", 20));
            }
            w.flush();
            // the same document (same bytes, same graph name) with other triples: replaced, not merged
            BatchWriter again = new BatchWriter(gs, 100, 1_000_000, l -> { });
            again.put(doc("h2", "doc-2.txt", 7));
            again.flush();
            assertEquals(5, gs.graphCount());
            assertEquals(4 * 21 + 8, gs.quadCount());
            assertEquals(7 + 1, quadsOf(gs, "h2"));
        }
    }

    @Test
    void anEditedDocumentReplacesTheOldVersionWithTheSameIdentifier() {
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            BatchWriter w = new BatchWriter(gs, 100, 1_000_000, l -> { });
            w.put(doc("old", "report.txt", 20));
            w.put(doc("other", "other.txt", 20));
            w.flush();
            BatchWriter edit = new BatchWriter(gs, 100, 1_000_000, l -> { });
            edit.put(doc("new", "report.txt", 12));
            edit.flush();
            assertEquals(1, edit.counts().replaced);
            assertEquals(2, gs.graphCount(), "one document per identifier");
            assertEquals(0, quadsOf(gs, "old"));
            assertEquals(12 + 1, quadsOf(gs, "new"));
            assertEquals(21 + 13, gs.quadCount());
        }
    }

    @Test
    void twoVersionsInOneBatchKeepTheLaterOne() {
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            BatchWriter w = new BatchWriter(gs, 100, 1_000_000, l -> { });
            w.put(doc("v1", "report.txt", 20));
            w.put(doc("v2", "report.txt", 9));
            w.flush();
            assertEquals(1, gs.graphCount());
            assertEquals(9 + 1, quadsOf(gs, "v2"));
        }
    }

    @Test
    void theSameGraphWrittenAgainChangesNothing() throws Exception {
        Path dir = tmp.resolve("s");
        try (GraphStore gs = GraphStore.open(dir)) {
            BatchWriter w = new BatchWriter(gs, 100, 1_000_000, l -> { });
            for (int i = 0; i < 5; i++) {
                w.put(doc("h" + i, "doc-" + i + ".txt", 20));
            }
            w.flush();
            gs.compact();
            long size = filesSize(dir);
            BatchWriter again = new BatchWriter(gs, 100, 1_000_000, l -> { });
            for (int i = 0; i < 5; i++) {
                again.put(doc("h" + i, "doc-" + i + ".txt", 20));
            }
            again.flush();
            assertEquals(5, again.counts().unchanged);
            assertEquals(0, again.counts().written);
            assertEquals(0, again.counts().changes);
            assertEquals(100 + 5, gs.quadCount());
            assertEquals(size, filesSize(dir), "nothing written");
        }
    }

    @Test
    void compactionKeepsEveryQuadAndDropsTheOldGeneration() throws Exception {
        Path dir = tmp.resolve("s");
        try (GraphStore gs = GraphStore.open(dir)) {
            // one transaction a document: what left the store at many times its data
            BatchWriter w = new BatchWriter(gs, 1, 1_000_000, l -> { });
            for (int i = 0; i < 60; i++) {
                w.put(doc("h" + i, "doc-" + i + ".txt", 50));
            }
            w.flush();
            long before = gs.quadCount();
            gs.compact();
            assertEquals(before, gs.quadCount());
            assertEquals(60, gs.graphCount());
            try (Stream<Path> s = Files.list(dir)) {
                List<String> gens = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList();
                assertEquals(List.of("Data-0002"), gens, "the old generation is deleted");
            }
            // still writable after the switch
            BatchWriter after = new BatchWriter(gs, 10, 1_000_000, l -> { });
            after.put(doc("late", "late.txt", 3));
            after.flush();
            assertEquals(before + 3 + 1, gs.quadCount());
        }
        try (GraphStore gs = GraphStore.openExisting(dir)) {
            assertEquals(61, gs.graphCount(), "reopens on the compacted generation");
        }
    }

    @Test
    void aDocumentThatCannotBeStoredIsReportedAndTheRestOfItsBatchLoads() {
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            List<String> failed = new ArrayList<>();
            BatchWriter w = new BatchWriter(gs, 100, 1_000_000, failed::add);
            w.put(doc("a", "a.txt", 10));
            Graph bad = GraphFactory.createDefaultGraph();
            Node badName = NodeFactory.createURI("https://w3id.org/newsgraph/doc/bad");
            // a triple TDB2 refuses: a variable is no RDF term
            bad.add(badName, DCTerms.identifier.asNode(), NodeFactory.createVariable("x"));
            w.put(new DocumentGraph(badName, "bad.txt", "in/bad.txt", bad));
            w.put(doc("c", "c.txt", 10));
            w.flush();
            assertEquals(1, failed.size(), failed.toString());
            assertTrue(failed.get(0).startsWith("in/bad.txt: cannot store"), failed.get(0));
            assertEquals(2, gs.graphCount());
            assertFalse(Txn.calculateRead(gs.dataset(), () -> gs.dataset().containsGraph(badName)));
        }
    }

    private static long quadsOf(GraphStore gs, String hash) {
        Node g = NodeFactory.createURI("https://w3id.org/newsgraph/doc/" + hash);
        return Txn.calculateRead(gs.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                gs.dataset().find(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    private static long filesSize(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void aRunStoppedBeforeItsAfterWriteStepLeavesNoStaleResultAndTheNextRunCompletesIt() {
        String result = "https://w3id.org/newsgraph/graph/summary";
        Node resultGraph = NodeFactory.createURI(result);
        int[] steps = {0};
        java.util.function.Consumer<GraphStore> step = store -> {
            steps[0]++;
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(resultGraph, resultGraph,
                    DCTerms.extent.asNode(), NodeFactory.createLiteralString("n=" + store.graphCount())));
        };
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            TdbSink whole = new TdbSink(gs, 4, 1_000_000, false, step, result);
            whole.begin(l -> { });
            for (int i = 0; i < 6; i++) {
                whole.put(doc("h" + i, "doc-" + i + ".txt", 5));
            }
            whole.finish();
            assertEquals(1, steps[0]);
            assertTrue(Txn.calculateRead(gs.dataset(), () -> gs.dataset().containsGraph(resultGraph)));

            // a run that changes a document and stops before its step (killed): the stale result went with the first change
            TdbSink stopped = new TdbSink(gs, 4, 1_000_000, false, store -> { throw new IllegalStateException("killed"); }, result);
            stopped.begin(l -> { });
            stopped.put(doc("h1", "doc-1.txt", 5));
            stopped.put(doc("h9", "doc-9.txt", 5));
            assertThrows(IllegalStateException.class, stopped::finish);
            assertFalse(Txn.calculateRead(gs.dataset(), () -> gs.dataset().containsGraph(resultGraph)),
                    "no result of an older corpus is left");
            assertEquals(7, gs.graphCount(), "the new document was committed before the step");

            // the next run changes nothing, finds the result missing, and runs the step
            TdbSink next = new TdbSink(gs, 4, 1_000_000, false, step, result);
            next.begin(l -> { });
            next.put(doc("h9", "doc-9.txt", 5));
            GraphSink.Counts c = next.finish();
            assertEquals(1, c.unchanged());
            assertEquals(2, steps[0], "the step ran again");
            assertTrue(Txn.calculateRead(gs.dataset(), () -> gs.dataset().containsGraph(resultGraph)));

            // and a run after that, with the result present and nothing changed, does nothing
            TdbSink idle = new TdbSink(gs, 4, 1_000_000, false, step, result);
            idle.begin(l -> { });
            idle.put(doc("h9", "doc-9.txt", 5));
            idle.finish();
            assertEquals(2, steps[0], "nothing changed and the result is there: no step");
        }
    }

    @Test
    void aFreshStoreInOneBatchTakesTheStepInThatTransactionAndNeedsNoCompaction() throws Exception {
        String result = "https://w3id.org/newsgraph/graph/summary";
        Node resultGraph = NodeFactory.createURI(result);
        Path dir = tmp.resolve("s");
        try (GraphStore gs = GraphStore.open(dir)) {
            boolean[] sawDocuments = {false};
            TdbSink sink = new TdbSink(gs, 100, 1_000_000, true, store -> Txn.executeWrite(store.dataset(), () -> {
                sawDocuments[0] = store.dataset().containsGraph(NodeFactory.createURI("https://w3id.org/newsgraph/doc/h3"));
                store.dataset().add(resultGraph, resultGraph, DCTerms.extent.asNode(), NodeFactory.createLiteralString("done"));
            }), result);
            sink.begin(l -> { });
            for (int i = 0; i < 6; i++) {
                sink.put(doc("h" + i, "doc-" + i + ".txt", 5));
            }
            GraphSink.Counts c = sink.finish();
            assertTrue(sawDocuments[0], "the step sees the documents of the open batch");
            assertFalse(c.compacted(), "one transaction, no dead versions");
            assertEquals(7, gs.graphCount(), "six documents and the step's result");
        }
        try (Stream<Path> gens = Files.list(dir)) {
            assertEquals(List.of("Data-0001"), gens.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
        }
    }

    @Test
    void aDecimalWrittenInAnotherFormIsStoredCanonicalSoItsGraphIsReplacedWhole() {
        Node dec = NodeFactory.createLiteralDT("0.850", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            DocumentGraph first = doc("h1", "report.txt", 3);
            first.graph().add(NodeFactory.createURI("https://w3id.org/newsgraph/doc/h1#char=0,4"),
                    NodeFactory.createURI("http://example.org/confidence"), dec);
            BatchWriter w = new BatchWriter(gs, 100, 1_000_000, l -> { });
            w.put(first);
            w.flush(); // one fresh transaction: not compacted, so the quads keep the ids they were written with
            BatchWriter edited = new BatchWriter(gs, 100, 1_000_000, l -> { });
            edited.put(doc("h2", "report.txt", 4));
            edited.flush();
            assertEquals(1, edited.counts().replaced);
            assertFalse(Txn.calculateRead(gs.dataset(),
                    () -> gs.dataset().containsGraph(NodeFactory.createURI("https://w3id.org/newsgraph/doc/h1"))),
                    "nothing of the old version is left");
        }
    }
}
