package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * Faults during a build, each in a real child process: killed at any moment (kill -9), and a full
 * disk. Afterwards the store opens and every document graph is either whole or absent.
 */
class TestBuildFaults {

    @TempDir
    Path tmp;

    private static final String[] PEOPLE = {"Anna Berg", "Peter Holm", "Maria Lind", "Jonas Falk", "Clara Voss",
        "David Moor", "Elena Ruiz", "Frank Olsen", "Greta Marsh", "Henrik Dahl"};
    private static final String[] ORGS = {"Northline Rail", "Eastford Water", "Baltic Shipping", "Crown Bank",
        "Delta Power", "Harbor Council"};

    /** {@code n} short news articles written for the test, each different. */
    private Path corpus(int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < n; i++) {
            String who = PEOPLE[i % PEOPLE.length], other = PEOPLE[(i + 3) % PEOPLE.length];
            String org = ORGS[i % ORGS.length], rival = ORGS[(i + 1) % ORGS.length];
            String text = "EASTFORD, March " + (i % 28 + 1) + " -- " + who + ", the chief executive of " + org
                    + ", said on Tuesday that the company would cut " + (100 + i) + " jobs next year.\n\n"
                    + "\"We have no other choice,\" " + who + " told reporters. " + other + ", a spokeswoman for "
                    + rival + ", said the plan was a mistake, according to people close to the talks.\n\n"
                    + "Officials at " + rival + " said they expected " + org + " to sell its port business.\n";
            Files.writeString(dir.resolve(String.format("article-%03d.txt", i)), text);
        }
        return dir;
    }

    private static Process build(Path store, Path in, Path log, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.NewsGraph", "build", "--threads", "2", "--store", store.toString()));
        cmd.addAll(List.of(more));
        cmd.add(in.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Builds {@code in} into {@code store} in a child process, which must end with exit code 0 within 5 minutes. */
    private void buildsToTheEnd(Path store, Path in, String log, String... more) throws Exception {
        Process p = build(store, in, tmp.resolve(log), more);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve(log)));
    }

    /** Quads per graph of a build of {@code in}, in this process, into a fresh store named {@code name}. */
    private Map<Node, Long> builtWhole(Path in, String name) {
        Path fresh = tmp.resolve(name);
        Cli ok = Cli.run("build", "--store", fresh.toString(), in.toString());
        assertEquals(0, ok.code(), ok.err());
        return graphs(fresh);
    }

    /** Quads per graph. */
    private static Map<Node, Long> graphs(Path store) {
        try (GraphStore gs = GraphStore.openExisting(store)) {
            return Txn.calculateRead(gs.dataset(), () -> {
                Map<Node, Long> m = new HashMap<>();
                gs.dataset().listGraphNodes().forEachRemaining(g ->
                        m.put(g, Iter.count(gs.dataset().find(g, Node.ANY, Node.ANY, Node.ANY))));
                return m;
            });
        }
    }

    private static void assertWholeOrAbsent(Map<Node, Long> expected, Map<Node, Long> got, String when) {
        for (var e : got.entrySet()) {
            if (e.getKey().getURI().equals(org.newsgraph.rdf.Iris.SUMMARY_GRAPH)) {
                continue; // corpus-level figures, counted again at the end of the next complete build
            }
            assertEquals(expected.get(e.getKey()), e.getValue(), when + ": graph " + e.getKey() + " is partial or unknown");
        }
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesWholeDocumentsAndBuildingAgainCompletesIt() throws Exception {
        Path in = corpus(36);
        Map<Node, Long> expected = builtWhole(in, "fresh");
        assertEquals(38, expected.size(), "36 documents, the ontology and the corpus summary");

        Path store = tmp.resolve("killed");
        long[] delays = {2500, 5000, 8000, 11000};
        for (long delay : delays) {
            Process p = build(store, in, tmp.resolve("kill-" + delay + ".log"), "--batch", "4");
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook runs
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            if (GraphStoreExists.in(store)) {
                assertWholeOrAbsent(expected, graphs(store), "killed after " + delay + " ms");
            }
        }
        buildsToTheEnd(store, in, "last.log", "--batch", "4");
        assertEquals(expected, graphs(store), "building again completes it: the same graphs and quads as a fresh build");
    }

    @Test
    void aBuildKilledDuringItsCompactionLeavesTheStoreAsItWasAndBuildingAgainCompletesIt() throws Exception {
        Path in = corpus(24);
        Map<Node, Long> expected = builtWhole(in, "whole");

        // killed as soon as the compaction's new generation (Data-NNNN-tmp, written in direct mode) appears
        Path store = tmp.resolve("compacting");
        Process p = build(store, in, tmp.resolve("compacting.log"), "--batch", "4");
        boolean seen = false;
        while (p.isAlive() && !seen) {
            try (var files = Files.list(store)) {
                seen = files.anyMatch(f -> f.getFileName().toString().endsWith("-tmp"));
            } catch (IOException notYet) {
                // the store folder is made by the build
            }
            Thread.sleep(10);
        }
        p.destroyForcibly(); // SIGKILL (a no-op when the build ended first, on a fast machine)
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertWholeOrAbsent(expected, graphs(store), "killed during the compaction");
        buildsToTheEnd(store, in, "compacting-again.log", "--batch", "4");
        assertEquals(expected, graphs(store), "building again completes it: the same graphs and quads as a fresh build");
        try (var files = Files.list(store)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("Data-")).count(),
                    "one generation left: the unfinished copy removed, the old one deleted after the new compaction");
        }
    }

    @Test
    void aBuildInDirectFileModeStoresTheSameGraphsAndSurvivesAKill() throws Exception {
        Path in = corpus(24);
        Map<Node, Long> expected = builtWhole(in, "mapped");

        Path direct = tmp.resolve("direct");
        Process whole = build(direct, in, tmp.resolve("direct.log"), "--file-mode", "direct");
        assertTrue(whole.waitFor(300, TimeUnit.SECONDS));
        String log = Files.readString(tmp.resolve("direct.log"), StandardCharsets.UTF_8);
        assertEquals(0, whole.exitValue(), log);
        assertTrue(log.lines().noneMatch(l -> l.startsWith("newsgraph:")), log);
        assertEquals(expected, graphs(direct), "direct files: the same graphs and quads as mapped files");

        Path killed = tmp.resolve("direct-killed");
        Process p = build(killed, in, tmp.resolve("direct-kill.log"), "--file-mode", "direct", "--batch", "4");
        if (!p.waitFor(6000, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        if (GraphStoreExists.in(killed)) {
            assertWholeOrAbsent(expected, graphs(killed), "direct files, killed after 6 s");
        }
        buildsToTheEnd(killed, in, "direct-again.log", "--file-mode", "direct", "--batch", "4");
        assertEquals(expected, graphs(killed), "building again completes it");
    }

    @Test
    void aFullDiskIsOneLineAndTheStoreStaysAsItWas() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small"));
        Assumptions.assumeTrue(mountTmpfs(mount, "3m"),
                "skipped: needs root to mount a 3 MB tmpfs (mount -t tmpfs -o size=3m tmpfs DIR)");
        try {
            Path store = mount.resolve("store");
            Path in = corpus(120);
            Path log = tmp.resolve("full.log");
            Process p = build(store, in, log, "--batch", "10");
            assertTrue(p.waitFor(300, TimeUnit.SECONDS));
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), out);
            List<String> lines = out.strip().lines().filter(l -> l.startsWith("newsgraph:")).toList();
            assertEquals(1, lines.size(), out);
            assertTrue(lines.get(0).startsWith("newsgraph: disk full at " + store
                    + ": the store was left as it was before this batch"), out);
            assertTrue(out.lines().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")), "no trace: " + out);

            Path fresh = tmp.resolve("fresh");
            assertEquals(0, Cli.run("build", "--store", fresh.toString(), in.toString()).code());
            Map<Node, Long> expected = graphs(fresh);
            Map<Node, Long> got = graphs(store);
            assertWholeOrAbsent(expected, got, "after a full disk");
            assertTrue(got.size() < expected.size(), "the disk was meant to fill up: " + got.size() + " graphs");
        } finally {
            unmount(mount);
        }
    }

    /**
     * Unmounts the tmpfs; the store read in this JVM may still be mapped until its buffers are
     * collected, so a busy mount is retried after a GC and, last, detached lazily (umount -l).
     */
    private static void unmount(Path mount) throws Exception {
        for (String[] cmd : new String[][] {{"umount", mount.toString()}, {"umount", mount.toString()},
                {"umount", "-l", mount.toString()}}) {
            Process u = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            if (u.waitFor(30, TimeUnit.SECONDS) && u.exitValue() == 0) {
                return;
            }
            System.gc();
            Thread.sleep(200);
        }
    }

    private static boolean mountTmpfs(Path dir, String size) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether a killed build got as far as creating the store. */
    private static final class GraphStoreExists {
        static boolean in(Path store) throws IOException {
            if (!Files.isDirectory(store)) {
                return false;
            }
            try (var s = Files.list(store)) {
                return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
            }
        }
    }
}
