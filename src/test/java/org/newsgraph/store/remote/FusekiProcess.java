package org.newsgraph.store.remote;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate Apache Jena Fuseki server process ({@code jena-fuseki-server} 5.6.0, copied to
 * {@code target/test-servers} by the build) with an in-memory dataset {@code /ds} open to update,
 * optionally behind basic or digest authentication. Closing it kills the process.
 */
public final class FusekiProcess implements AutoCloseable {

    public final int port;
    private final Process process;

    private FusekiProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the server in {@code dir} over an in-memory TDB2 dataset {@code /ds} whose default graph
     * is the union of its named graphs, as the web view and the catalogue queries expect of a store
     * (Virtuoso and GraphDB answer so by default): query at {@code /ds/sparql}, Graph Store at
     * {@code /ds/data}.
     */
    public static FusekiProcess startUnion(Path dir) throws Exception {
        Path config = dir.resolve("fuseki-union.ttl");
        Files.writeString(config, String.join("\n",
                "PREFIX fuseki: <http://jena.apache.org/fuseki#>",
                "PREFIX tdb2: <http://jena.apache.org/2016/tdb#>",
                "<#service> a fuseki:Service ; fuseki:name \"ds\" ;",
                "  fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name \"sparql\" ] ;",
                "  fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name \"data\" ] ;",
                "  fuseki:dataset <#ds> .",
                "<#ds> a tdb2:DatasetTDB2 ; tdb2:location \"--mem--\" ; tdb2:unionDefaultGraph true .", ""));
        return launch(dir, List.of("--config=" + config.toAbsolutePath()));
    }

    /** Starts the server in {@code dir}; {@code auth} is null, "basic" or "digest" (user/password then). */
    public static FusekiProcess start(Path dir, String auth, String user, String password) throws Exception {
        List<String> args = new ArrayList<>(List.of("--mem", "--update"));
        if (auth != null) {
            Path passwd = dir.resolve("passwd");
            Files.writeString(passwd, user + ": " + password + "\n");
            args.add("--auth=" + auth);
            args.add("--passwd=" + passwd);
        }
        args.add("/ds");
        return launch(dir, args);
    }

    private static FusekiProcess launch(Path dir, List<String> args) throws Exception {
        Path jar = Path.of(System.getProperty("newsgraph.fuseki.jar", "target/test-servers/fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven (it copies the Fuseki server jar)");
        }
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--port=" + port, "--localhost"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("fuseki.log").toFile()).start();
        FusekiProcess f = new FusekiProcess(port, p);
        HttpClient c = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                HttpResponse<Void> r = c.send(HttpRequest.newBuilder(URI.create(f.base() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() < 500) {
                    return f;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!p.isAlive() || System.nanoTime() > deadline) {
                f.close();
                throw new IllegalStateException("Fuseki did not start: " + Files.readString(dir.resolve("fuseki.log")));
            }
            Thread.sleep(200);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String gsp() {
        return base() + "/ds/data";
    }

    public String sparql() {
        return base() + "/ds/sparql";
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
