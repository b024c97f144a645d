package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph export} in-process over a store holding the export fixture. */
class TestExportCommand {

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void build() throws Exception {
        store = tmp.resolve("store");
        Path trig = Path.of(TestExportCommand.class.getResource("/org/newsgraph/export/network.trig").toURI());
        try (GraphStore gs = GraphStore.open(store)) {
            Txn.executeWrite(gs.dataset(), () -> RDFDataMgr.read(gs.dataset(), trig.toString()));
        }
    }

    @Test
    void writesEachFormatToAFile() throws Exception {
        for (String f : new String[] {"graphml", "gexf", "dot", "cyjs"}) {
            Path out = tmp.resolve("net." + f);
            Cli r = Cli.run("export", "--store", store.toString(), "--format", f, "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("4 nodes and 9 edges"), r.err());
            assertTrue(Files.readString(out).contains("Maria Zakharova"));
            assertFalse(Files.exists(tmp.resolve("net." + f + ".part")));
        }
    }

    @Test
    void writesToStandardOutputWithoutOut() {
        Cli r = Cli.run("export", "--store", store.toString(), "--format", "dot");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("digraph"), r.out());
    }

    @Test
    void exportsTheRowsOfAQuery() throws Exception {
        Path q = Path.of(TestExportCommand.class.getResource("/org/newsgraph/export/claims-about.rq").toURI());
        Path out = tmp.resolve("q.cyjs");
        Cli r = Cli.run("export", "--store", store.toString(), "--format", "cyjs", "--query", q.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("4 nodes and 3 edges"), r.err());
        assertTrue(Files.readString(out).contains("claims about"));
    }

    @Test
    void badUsageAndMissingStoreAreReported() {
        Cli bad = Cli.run("export", "--store", store.toString(), "--format", "png");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("png"), bad.err());
        Cli none = Cli.run("export", "--store", tmp.resolve("nowhere").toString(), "--format", "dot");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("nowhere"), none.err());
        Cli noQuery = Cli.run("export", "--store", store.toString(), "--format", "dot", "--query", "no-such-query");
        assertEquals(1, noQuery.code());
        assertTrue(noQuery.err().contains("no-such-query"), noQuery.err());
    }
}
