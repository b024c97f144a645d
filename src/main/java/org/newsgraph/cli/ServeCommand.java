package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: serves the store with an embedded Fuseki until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL with an embedded Fuseki (read-only unless --allow-update); "
                + "with --endpoint, serves the web view over another SPARQL store instead (read-only).")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Serve the web view and /newsgraph/sparql over this remote SPARQL query endpoint "
                    + "(queries are sent on to it; nothing is written) instead of the local store.")
    String endpoint;

    @Override
    public Integer call() {
        server.check(spec.commandLine());
        if (endpoint != null) {
            return serveRemote();
        }
        GraphStore gs = GraphStore.openExisting(store.path());
        return serve(gs, server, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Serves {@code gs} until the process is interrupted; closes the store on the way out. */
    static int serve(GraphStore gs, ServerOptions opts, PrintWriter out, PrintWriter err) {
        NewsGraphServer s;
        String password = null;
        boolean madeUp = false;
        if (opts.admin) {
            password = System.getenv(ServerOptions.ADMIN_PASSWORD_ENV);
            if (password == null || password.isEmpty()) {
                password = madeUpPassword();
                madeUp = true;
            }
        }
        opts.warn(err);
        try {
            s = NewsGraphServer.create().dataset(gs.dataset()).host(opts.host).port(opts.port)
                    .allowUpdate(opts.allowUpdate).timeoutSeconds(opts.timeout).adminPassword(password).build().start();
        } catch (RuntimeException e) {
            gs.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.close();
            gs.close();
            out.println("newsgraph: server stopped, store closed");
            out.flush();
            stopped.countDown();
        }, "newsgraph-shutdown"));
        String base = "http://" + ("0.0.0.0".equals(opts.host) ? "127.0.0.1" : opts.host) + ":" + s.port();
        out.println("newsgraph is serving store " + gs.location() + (opts.allowUpdate ? " (updates allowed)" : " (read-only)")
                + (opts.timeout > 0 ? ", queries stop after " + opts.timeout + " s" : ", no query timeout"));
        out.println("  Fuseki UI:       " + base + "/");
        out.println("  SPARQL endpoint: " + base + NewsGraphServer.DATASET + "/sparql");
        out.println("  Ontology:        " + base + "/ontology");
        out.println("  Web view:        " + base + "/view/");
        if (opts.admin) {
            out.println("  Admin API:       " + base + "/$/ (user " + NewsGraphServer.ADMIN_USER + ", password "
                    + (madeUp ? password + " - made up for this run and not shown again; set "
                            + ServerOptions.ADMIN_PASSWORD_ENV + " to choose one)" : "from $" + ServerOptions.ADMIN_PASSWORD_ENV + ")"));
        }
        out.println("Try:");
        out.println("  curl -s " + base + NewsGraphServer.DATASET + "/sparql --data-urlencode 'query=PREFIX schema: <http://schema.org/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?name (COUNT(?m) AS ?mentions) "
                + "WHERE { ?p a schema:Person ; rdfs:label ?name . ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?p } "
                + "GROUP BY ?name ORDER BY DESC(?mentions)' -H 'Accept: text/csv'");
        out.println("or run a catalogue query against it:");
        out.println("  ./newsgraph query persons --endpoint " + base + NewsGraphServer.DATASET + "/sparql");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            s.join();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The web view over a remote endpoint until the process is interrupted. */
    private int serveRemote() {
        PrintWriter out = spec.commandLine().getOut();
        if (server.allowUpdate || server.admin) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--endpoint serves a remote store read-only: --allow-update and --admin do not apply");
        }
        java.net.URI u;
        try {
            u = java.net.URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            u = null;
        }
        if (u == null || !("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--endpoint: not an http(s) URL: " + endpoint);
        }
        server.warn(spec.commandLine().getErr());
        NewsGraphServer s = NewsGraphServer.create().remoteEndpoint(endpoint).host(server.host).port(server.port)
                .timeoutSeconds(server.timeout).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(s::close, "newsgraph-shutdown"));
        String base = "http://" + ("0.0.0.0".equals(server.host) ? "127.0.0.1" : server.host) + ":" + s.port();
        out.println("newsgraph is serving the SPARQL endpoint " + endpoint + " (read-only)");
        out.println("  Web view:        " + base + "/view/");
        out.println("  SPARQL endpoint: " + base + NewsGraphServer.DATASET + "/sparql (queries sent on to " + endpoint + ")");
        out.println("  Ontology:        " + base + "/ontology");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        s.join();
        return 0;
    }

    /** 20 random letters and digits (about 119 bits). */
    private static String madeUpPassword() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        java.security.SecureRandom r = new java.security.SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
