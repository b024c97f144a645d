package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: serves the store with an embedded Fuseki until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL with an embedded Fuseki (read-only unless --allow-update).")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        GraphStore gs = GraphStore.openExisting(store.path());
        return serve(gs, server, spec.commandLine().getOut());
    }

    /** Serves {@code gs} until the process is interrupted; closes the store on the way out. */
    static int serve(GraphStore gs, ServerOptions opts, PrintWriter out) {
        NewsGraphServer s;
        try {
            s = NewsGraphServer.create().dataset(gs.dataset()).host(opts.host).port(opts.port)
                    .allowUpdate(opts.allowUpdate).build().start();
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
        out.println("newsgraph is serving store " + gs.location() + (opts.allowUpdate ? " (updates allowed)" : " (read-only)"));
        out.println("  Fuseki UI:       " + base + "/");
        out.println("  SPARQL endpoint: " + base + NewsGraphServer.DATASET + "/sparql");
        out.println("  Ontology:        " + base + "/ontology");
        out.println("  Web view:        " + base + "/view/");
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
}
