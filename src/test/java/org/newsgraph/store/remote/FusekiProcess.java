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
final class FusekiProcess implements AutoCloseable {

    final int port;
    private final Process process;

    private FusekiProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts the server in {@code dir}; {@code auth} is null, "basic" or "digest" (user/password then). */
    static FusekiProcess start(Path dir, String auth, String user, String password) throws Exception {
        Path jar = Path.of(System.getProperty("newsgraph.fuseki.jar", "target/test-servers/fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven (it copies the Fuseki server jar)");
        }
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--port=" + port, "--localhost", "--mem", "--update"));
        if (auth != null) {
            Path passwd = dir.resolve("passwd");
            Files.writeString(passwd, user + ": " + password + "\n");
            cmd.add("--auth=" + auth);
            cmd.add("--passwd=" + passwd);
        }
        cmd.add("/ds");
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

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String gsp() {
        return base() + "/ds/data";
    }

    String sparql() {
        return base() + "/ds/sparql";
    }

    static int freePort() throws IOException {
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
