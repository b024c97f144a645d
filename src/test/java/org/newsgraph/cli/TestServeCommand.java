package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/**
 * {@code serve}/{@code run} flags that decide what the network sees, and {@code query --timeout},
 * through the real command line. A server that must not block the test is kept from starting by a
 * port that is already taken: what it says before it would listen is what is checked.
 */
class TestServeCommand {

    @TempDir
    static Path tmp;
    static Path store;
    static Path heavy;

    @BeforeAll
    static void build() throws Exception {
        store = tmp.resolve("store");
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(0, Loader.create().store(gs).errors(new PrintWriter(new StringWriter())).build()
                    .run(List.of(TestPaths.seeds())).failed());
        }
        heavy = tmp.resolve("heavy.rq");
        Files.writeString(heavy, "# a cartesian product: about 10^9 rows on the seeds\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
    }

    @AfterAll
    static void noop() {
    }

    /** Runs serve on a port held by someone else (on every interface), so it stops right after its checks and warnings. */
    private static Cli serveOnTakenPort(String... extra) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            String[] args = new String[4 + extra.length];
            args[0] = "serve";
            args[1] = "--store=" + store;
            args[2] = "--port";
            args[3] = Integer.toString(taken.getLocalPort());
            System.arraycopy(extra, 0, args, 4, extra.length);
            return Cli.run(args);
        }
    }

    @Test
    void everyInterfaceIsAWarningOnStandardError() throws Exception {
        Cli r = serveOnTakenPort("--host", "0.0.0.0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("anyone who can reach this machine over the network can read the whole graph"), r.err());
        assertTrue(r.err().contains("--allow-update would let anyone on the network change or delete the graph"), r.err());
        assertTrue(r.err().contains("Cannot listen on port"), "then the port error: " + r.err());

        Cli rw = serveOnTakenPort("--host", "0.0.0.0", "--allow-update");
        assertTrue(rw.err().contains("--allow-update on 0.0.0.0: anyone on the network can change or delete the graph"),
                rw.err());
    }

    @Test
    void loopbackIsQuiet() throws Exception {
        Cli r = serveOnTakenPort();
        assertEquals(1, r.code());
        assertFalse(r.err().contains("warning"), r.err());
    }

    @Test
    void adminOffLoopbackIsRefusedInOneLine() throws Exception {
        for (String cmd : List.of("serve", "run")) {
            Cli r = cmd.equals("serve") ? Cli.run("serve", "--store=" + store, "--host", "0.0.0.0", "--admin")
                    : Cli.run("run", "--store=" + tmp.resolve("never-built"), "--host", "0.0.0.0", "--admin",
                            TestPaths.seeds().toString());
            assertEquals(2, r.code(), cmd + ": " + r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.contains("--admin is only allowed on a loopback host"), first);
            assertFalse(Files.exists(tmp.resolve("never-built")), "run refuses before it builds anything");
        }
        assertEquals(2, Cli.run("serve", "--store=" + store, "--timeout", "-1").code());
    }

    @Test
    void adminInARealProcessPrintsItsMadeUpPasswordOnceAndItOpensTheAdminApi() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "-DFUSEKI_BASE=" + tmp.resolve("fuseki-base"), "org.newsgraph.NewsGraph", "run", "--store",
                tmp.resolve("admin-store").toString(), "--port", "0", "--admin", TestPaths.seeds().toString())
                .redirectError(tmp.resolve("admin-err.txt").toFile());
        pb.environment().remove(ServerOptions.ADMIN_PASSWORD_ENV);
        Process p = pb.start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String base = null;
            String password = null;
            StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null && !line.startsWith("Press Ctrl-C");) {
                seen.append(line).append('\n');
                if (line.contains("Fuseki UI:")) {
                    base = line.substring(line.indexOf("http://")).strip();
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("password (\\w{20}) - made up").matcher(line);
                if (m.find()) {
                    password = m.group(1);
                }
            }
            assertTrue(base != null && password != null, "serving lines: " + seen + Files.readString(tmp.resolve("admin-err.txt")));
            assertEquals(1, seen.toString().split(password, -1).length - 1, "the password is printed once: " + seen);
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI backups = java.net.URI.create(base + "$/backups-list");
            assertEquals(401, http.send(java.net.http.HttpRequest.newBuilder(backups).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + password)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, http.send(java.net.http.HttpRequest.newBuilder(backups).header("Authorization", auth).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            p.destroy();
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void queryStopsAtItsTimeout() {
        Cli r = Cli.run("query", heavy.toString(), "--store", store.toString(), "--timeout", "1");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("stopped after its timeout of 1 s (--timeout SECONDS to allow more, 0 for no limit)"), r.err());
    }

    @Test
    void queryOnAnEndpointStopsAtItsTimeout() {
        try (GraphStore gs = GraphStore.openExisting(store);
                NewsGraphServer s = NewsGraphServer.create().dataset(gs.dataset()).port(0).ui(false).timeoutSeconds(20)
                        .build().start()) {
            Cli r = Cli.run("query", heavy.toString(), "--endpoint", s.datasetUrl() + "/sparql", "--timeout", "1");
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("stopped after its timeout of 1 s"), r.err());
            // the server's own timeout answers 503, said in one line too
            Cli ok = Cli.run("query", "documents", "--endpoint", s.datasetUrl() + "/sparql", "--format", "csv");
            assertEquals(0, ok.code(), ok.err());
        }
    }

    @Test
    void anUnknownQueryNameIsBadUsage() {
        Cli r = Cli.run("query", "no-such-query", "--store", store.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no-such-query: no such query (known: "), r.err());
    }
}
