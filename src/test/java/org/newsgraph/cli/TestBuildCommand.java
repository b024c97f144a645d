package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph build}: idempotence, and every kind of bad input, through the real command line. */
class TestBuildCommand {

    @TempDir
    Path tmp;

    private long quads(Path store) {
        try (GraphStore gs = GraphStore.openExisting(store)) {
            return gs.quadCount();
        }
    }

    private long graphs(Path store) {
        try (GraphStore gs = GraphStore.openExisting(store)) {
            return gs.graphCount();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    @Test
    void buildingTwiceGivesTheSameQuadsAsOnce() {
        Path store = tmp.resolve("store");
        Cli first = Cli.run("build", "--store", store.toString(), TestPaths.seeds().toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Built 2 documents (0 failed)"), first.out());
        assertTrue(first.out().contains("Identity: "), "build ends with the identity pass: " + first.out());
        long once = quads(store);
        assertTrue(once > 500, "only " + once + " quads");
        Cli second = Cli.run("build", "--store", store.toString(), TestPaths.seeds().toString());
        assertEquals(0, second.code(), second.err());
        assertEquals(once, quads(store));
        assertEquals(4, graphs(store), "two documents, the ontology and the corpus summary");
    }

    private static final String REPORT = "Anna Berg, the mayor of Eastford, said on Monday that the new bridge "
            + "would open in May.\n\nThe city council approved the plan, according to officials close to the project.\n";
    private static final String REPORT_EDITED = REPORT
            + "\nPeter Holm, a spokesman for Northline Rail, said the company would run trains over it from June.\n";

    @Test
    void anEditedFileBuiltAgainReplacesItsOldVersion() throws IOException {
        Path store = tmp.resolve("store");
        Path report = write("report.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Cli first = Cli.run("build", "--store", store.toString(), tmp.resolve("in").toString());
        assertEquals(0, first.code(), first.err());
        Files.writeString(report, REPORT_EDITED);
        Cli second = Cli.run("build", "--store", store.toString(), tmp.resolve("in").toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("1 older version replaced"), second.out());
        assertEquals(3, graphs(store), "one document, the ontology and the corpus summary");

        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Cli.run("build", "--store", fresh.toString(), tmp.resolve("in").toString()).code());
        assertEquals(quads(fresh), quads(store), "the same quads as a fresh build of the edited file");
    }

    @Test
    void theSameContentBuiltTwiceChangesNothing() throws IOException {
        Path store = tmp.resolve("store");
        write("report.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, Cli.run("build", "--store", store.toString(), tmp.resolve("in").toString()).code());
        long once = quads(store);
        Cli second = Cli.run("build", "--store", store.toString(), tmp.resolve("in").toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("Built 1 document (0 failed, 1 unchanged)"), second.out());
        assertEquals(once, quads(store));
        try (var s = Files.list(store)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                    "no new generation: nothing was written");
        }
    }

    @Test
    void missingPathIsReportedAndTheRestLoads() {
        Path store = tmp.resolve("store");
        Path missing = tmp.resolve("nope.txt");
        Cli r = Cli.run("build", "--store", store.toString(), missing.toString(), TestPaths.seeds().toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such file"), r.err());
        assertEquals(4, graphs(store), "two documents, the ontology and the corpus summary");
    }

    @Test
    void emptyBinaryAndNonUtf8FilesFailAloneAndLeaveNothing() throws IOException {
        Path store = tmp.resolve("store");
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Path latin1 = write("latin1.txt", "Caf\u00e9 owner Jos\u00e9 Garc\u00eda said so.".getBytes(StandardCharsets.ISO_8859_1));
        Path good = write("good.txt", "Maria Lopez, a spokeswoman for Acme Corporation, said the plan works.\n"
                .getBytes(StandardCharsets.UTF_8));
        Cli r = Cli.run("build", "--store", store.toString(), tmp.resolve("in").toString());
        assertEquals(1, r.code());
        String[] lines = r.err().strip().split("\n");
        assertEquals(3, lines.length, r.err());
        assertTrue(r.err().contains(empty + ": empty file"), r.err());
        assertTrue(r.err().contains(binary + ": binary file"), r.err());
        assertTrue(r.err().contains(latin1 + ": not valid UTF-8"), r.err());
        assertTrue(r.out().contains("Built 1 document (3 failed)"), r.out());
        assertEquals(3, graphs(store), "the good document, the ontology and the corpus summary only");
        assertTrue(Files.exists(good));
    }

    @Test
    void folderWithoutTextFilesIsAnError() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("no-text"));
        Files.writeString(dir.resolve("notes.md"), "# not a .txt");
        Cli r = Cli.run("build", "--store", tmp.resolve("store").toString(), dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(dir + ": folder holds no .txt file"), r.err());
    }

    @Test
    void aFolderThatIsNotAStoreIsRefused() throws IOException {
        Path notStore = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(notStore.resolve("holiday.jpg"), "x");
        Cli r = Cli.run("build", "--store", notStore.toString(), TestPaths.seeds().toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a TDB2 store"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, "one line, no stack trace: " + r.err());
        assertEquals(1, Files.list(notStore).count(), "nothing written into it");
    }

    @Test
    void everyFileModeBuildsTheSameStore() {
        long want = -1;
        for (String mode : new String[] {"mixed", "mapped"}) {
            Path store = tmp.resolve("mode-" + mode);
            Cli r = Cli.run("build", "--file-mode", mode, "--store", store.toString(), TestPaths.seeds().toString());
            assertEquals(0, r.code(), r.err());
            want = want < 0 ? quads(store) : want;
            assertEquals(want, quads(store), "--file-mode " + mode);
        }
        Cli bad = Cli.run("build", "--file-mode", "fast", "--store", tmp.resolve("bad").toString(), TestPaths.seeds().toString());
        assertEquals(2, bad.code(), bad.err());
    }

    @Test
    void aStoreWhoseFirstBuildWasKilledBeforeItsFirstGenerationIsBuiltAgain() throws Exception {
        // TDB2 writes its lock file before its first Data-0001: a build killed in between leaves only the lock
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        for (String lock : new String[] {"", Long.toString(gone.pid())}) {
            Path store = Files.createDirectories(tmp.resolve("killed-early-" + lock.length()));
            Files.writeString(store.resolve("tdb.lock"), lock);
            Cli r = Cli.run("build", "--store", store.toString(), TestPaths.seeds().toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Built 2 documents (0 failed"), r.out());
        }
    }

    @Test
    void aStoreLeftWithoutItsCorpusPassesGetsThemAtTheNextBuild() {
        Path store = tmp.resolve("store");
        Cli first = Cli.run("build", "--store", store.toString(), TestPaths.seeds().toString());
        assertEquals(0, first.code(), first.err());
        long whole = quads(store);
        // as a build killed after its last document and before the end of the corpus passes leaves it
        try (GraphStore gs = GraphStore.openExisting(store)) {
            org.apache.jena.system.Txn.executeWrite(gs.dataset(), () -> gs.dataset().deleteAny(
                    org.apache.jena.graph.NodeFactory.createURI(org.newsgraph.rdf.Iris.SUMMARY_GRAPH), null, null, null));
        }
        assertTrue(quads(store) < whole);
        Cli again = Cli.run("build", "--store", store.toString(), TestPaths.seeds().toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("2 unchanged"), again.out());
        assertTrue(again.out().contains("corpus summary: "), "the passes ran although no document changed: " + again.out());
        assertEquals(whole, quads(store));
        Cli idle = Cli.run("build", "--store", store.toString(), TestPaths.seeds().toString());
        assertFalse(idle.out().contains("corpus summary: "), "nothing to do: " + idle.out());
    }

    @Test
    void twoFilesWithTheSameBytesAreOneDocumentAndBuildingAgainWritesNothing() throws IOException {
        Path store = tmp.resolve("store");
        write("b-copy.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Path in = write("a-original.txt", REPORT.getBytes(StandardCharsets.UTF_8)).getParent();
        Cli first = Cli.run("build", "--store", store.toString(), in.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals(3, graphs(store), "one document, the ontology and the corpus summary");
        long once = quads(store);
        Cli again = Cli.run("build", "--store", store.toString(), in.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("2 unchanged"), again.out());
        assertFalse(again.out().contains("corpus summary: "), "nothing written, no passes: " + again.out());
        assertFalse(again.out().contains("compaction"), "and no compaction: " + again.out());
        assertEquals(once, quads(store));
        try (GraphStore gs = GraphStore.openExisting(store)) {
            String id = org.apache.jena.system.Txn.calculateRead(gs.dataset(), () -> gs.dataset().find(null, null,
                    org.apache.jena.vocabulary.DCTerms.identifier.asNode(), null).next().getObject().getLiteralLexicalForm());
            assertEquals("a-original.txt", id, "kept under the first name in sort order");
        }
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, Cli.run("build").code());
        assertEquals(2, Cli.run("frobnicate").code());
        assertEquals(2, Cli.run("extract", "--format", "xml", "seeds").code());
        Cli help = Cli.run("build", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--store"));
        assertFalse(help.out().isEmpty());
    }
}
