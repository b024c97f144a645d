package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;

/** The TDB2 store: graphs replaced whole, refusals with clear messages. */
class TestGraphStore {

    @TempDir
    Path tmp;

    @Test
    void replacingAGraphDropsItsOldTriples() {
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            var name = NodeFactory.createURI("urn:x:g");
            var g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("1"));
            g.add(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("2"));
            gs.replaceGraph(name, g);
            assertEquals(2, gs.quadCount());
            var h = GraphFactory.createDefaultGraph();
            h.add(NodeFactory.createURI("urn:x:b"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("3"));
            gs.replaceGraph(name, h);
            assertEquals(1, gs.quadCount());
            assertEquals(1, gs.graphCount());
        }
    }

    @Test
    void openingAMissingStoreForReadingSaysHowToBuildOne() {
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> GraphStore.openExisting(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("newsgraph build"), e.getMessage());
    }

    @Test
    void aStoreHeldByAnotherProcessIsAClearError() throws Exception {
        Path dir = tmp.resolve("locked");
        try (GraphStore gs = GraphStore.open(dir)) {
            gs.quadCount();
            // another JVM tries to build into the same store
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.newsgraph.NewsGraph", "build", "--store", dir.toString(), tmp.toString())
                    .redirectOutput(new File(tmp.toFile(), "out.txt")).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), err);
            List<String> lines = err.strip().lines().filter(l -> !l.isBlank()).toList();
            assertTrue(lines.stream().anyMatch(l -> l.contains(dir.toString()) && l.contains("in use by another process")), err);
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + err);
        }
    }

    /** As a process killed while TDB2 formatted a new store's index files leaves it: one node file still empty. */
    private static void cutShort(Path dir) throws java.io.IOException {
        try (var ch = java.nio.channels.FileChannel.open(dir.resolve("Data-0001").resolve("GSPO.idn"),
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(0);
        }
    }

    @Test
    void aStoreWhoseCreationWasCutShortIsMadeAgain() throws Exception {
        Path dir = tmp.resolve("cut-short");
        GraphStore.open(dir).close();
        cutShort(dir);
        try (GraphStore gs = GraphStore.open(dir)) {
            var g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o"));
            gs.replaceGraph(NodeFactory.createURI("urn:x:g"), g);
            assertEquals(1, gs.quadCount());
        }
    }

    @Test
    void aStoreThatHeldDataIsNeverMadeAgain() throws Exception {
        Path dir = tmp.resolve("held-data");
        try (GraphStore gs = GraphStore.open(dir)) {
            var g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o"));
            gs.replaceGraph(NodeFactory.createURI("urn:x:g"), g);
        }
        cutShort(dir);
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> GraphStore.open(dir));
        assertTrue(e.getMessage().contains("cannot open the TDB2 store"), e.getMessage());
        assertTrue(java.nio.file.Files.size(dir.resolve("Data-0001").resolve("nodes-data.obj")) > 0, "its data left alone");
    }
}
