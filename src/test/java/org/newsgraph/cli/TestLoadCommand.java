package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph load}: N-Quads (plain and gzipped) into the store, each graph whole and idempotent. */
class TestLoadCommand {

    @TempDir
    Path tmp;

    private static final org.apache.jena.graph.Node SUMMARY = org.apache.jena.graph.NodeFactory.createURI(
            org.newsgraph.rdf.Iris.SUMMARY_GRAPH);

    /** Quads of the documents (and the ontology): the corpus summary, counted after every load, apart. */
    private static long quads(Path store) {
        try (GraphStore gs = GraphStore.openExisting(store)) {
            return gs.quadCount() - summaryQuads(gs);
        }
    }

    private static long summaryQuads(GraphStore gs) {
        return org.apache.jena.system.Txn.calculateRead(gs.dataset(), () ->
                org.apache.jena.atlas.iterator.Iter.count(gs.dataset().find(SUMMARY, null, null, null)));
    }

    /** Graphs of the documents (and the ontology), after checking that the corpus summary was counted. */
    private static long graphs(Path store) {
        try (GraphStore gs = GraphStore.openExisting(store)) {
            assertTrue(summaryQuads(gs) > 0, "load counts the corpus summary, as build does");
            return gs.graphCount() - 1;
        }
    }

    private Path seedsQuads() throws IOException {
        Cli x = Cli.run("extract", "--format", "nq", TestPaths.seeds().toString());
        assertEquals(0, x.code(), x.err());
        return Files.writeString(tmp.resolve("seeds.nq"), x.out());
    }

    @Test
    void loadingWhatExtractWroteGivesWhatBuildGives() throws IOException {
        Path nq = seedsQuads();
        Path gz = tmp.resolve("seeds.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(nq, out);
        }
        Path built = tmp.resolve("built");
        assertEquals(0, Cli.run("build", "--store", built.toString(), TestPaths.seeds().toString()).code());

        Path loaded = tmp.resolve("loaded");
        Cli first = Cli.run("load", "--store", loaded.toString(), gz.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Loaded 2 documents (0 failed)"), first.out());
        long ontology = quads(built) - Long.parseLong(first.out().replaceAll("(?s).*?, (\\d+) quads.*", "$1"));
        assertTrue(ontology > 0, "build also holds the ontology graph");

        // the same quads again (plain this time): unchanged by their extraction digest, though the identity
        // pass rewrote a label in one of them; the store ends as it was
        long loadedQuads = quads(loaded);
        Cli again = Cli.run("load", "--store", loaded.toString(), nq.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Loaded 2 documents (0 failed, 2 unchanged)"), again.out());
        assertEquals(loadedQuads, quads(loaded));
        assertEquals(quads(built) - ontology, quads(loaded));
        assertEquals(2, graphs(loaded));

        // into the built store: the same documents, unchanged
        long builtQuads = quads(built);
        Cli onBuilt = Cli.run("load", "--store", built.toString(), nq.toString());
        assertEquals(0, onBuilt.code(), onBuilt.err());
        assertTrue(onBuilt.out().contains("Loaded 2 documents (0 failed, 2 unchanged)"), onBuilt.out());
        assertEquals(builtQuads, quads(built));
        assertEquals(3, graphs(built));
    }

    @Test
    void aBadLineIsOneLineAndTheGraphsBeforeItLoad() throws IOException {
        Path nq = seedsQuads();
        String text = Files.readString(nq);
        // cut the file in the middle of the second document's graph and add a broken line
        String[] lines = text.split("\n");
        String firstGraph = lines[0].substring(lines[0].lastIndexOf('<'));
        int cut = 0;
        while (lines[cut].endsWith(firstGraph)) {
            cut++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cut + 5; i++) {
            b.append(lines[i]).append('\n');
        }
        b.append("<urn:x:a> <urn:x:p> \"unterminated .\n");
        Path bad = Files.writeString(tmp.resolve("bad.nq"), b.toString(), StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        Cli r = Cli.run("load", "--store", store.toString(), bad.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsgraph: " + bad + ": "), r.err());
        assertEquals(1, graphs(store), "the first document whole, nothing of the second");
        assertEquals(cut + 1, quads(store), "the first document's quads and its extraction digest");
    }
}
