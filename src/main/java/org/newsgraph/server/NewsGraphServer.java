package org.newsgraph.server;

import java.io.IOException;
import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.NewsGraphException;

/**
 * The embedded Fuseki server: the dataset at {@code /newsgraph} (query, Graph Store read; update
 * only when asked for), the Fuseki UI at {@code /}, the ontology at {@code /ontology}.
 * Binds to 127.0.0.1 unless told otherwise.
 *
 * <pre>
 * NewsGraphServer s = NewsGraphServer.create().dataset(dsg).port(0).build().start();
 * </pre>
 */
public final class NewsGraphServer implements AutoCloseable {

    public static final String DATASET = "/newsgraph";

    private final FusekiServer fuseki;

    private NewsGraphServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public NewsGraphServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable c = e;
            while (c != null) {
                if (c instanceof BindException || (c instanceof IOException && String.valueOf(c.getMessage()).contains("bind"))) {
                    throw new NewsGraphException("Cannot listen on port " + fuseki.getHttpPort() + ": "
                            + c.getMessage() + " (is another server using it? choose one with --port)", e);
                }
                c = c.getCause();
            }
            throw e;
        }
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public String datasetUrl() {
        return "http://127.0.0.1:" + port() + DATASET;
    }

    public void join() {
        fuseki.join();
    }

    public FusekiServer fuseki() {
        return fuseki;
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /** Builds a {@link NewsGraphServer}. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private boolean allowUpdate;
        private boolean ui = true;
        private final java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets = new java.util.LinkedHashMap<>();

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        public Builder host(String h) {
            this.host = h;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int p) {
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("Port out of range: " + p);
            }
            this.port = p;
            return this;
        }

        /** Accept SPARQL Update and Graph Store writes (off by default: the server is read-only). */
        public Builder allowUpdate(boolean b) {
            this.allowUpdate = b;
            return this;
        }

        /** Serve the Fuseki web UI at {@code /} (on by default). */
        public Builder ui(boolean b) {
            this.ui = b;
            return this;
        }

        /** Adds a servlet at {@code path} (the ontology, the web view, …). */
        public Builder servlet(String path, jakarta.servlet.http.HttpServlet s) {
            servlets.put(path, s);
            return this;
        }

        public NewsGraphServer build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset given to serve");
            }
            boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .add(DATASET, dataset, allowUpdate)
                    .enablePing(true);
            if (ui) {
                b.fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()));
            } else {
                b.fusekiModules(FusekiModules.create());
            }
            b.addServlet("/ontology", new OntologyServlet());
            b.addServlet("/view/*", new org.newsgraph.view.ViewServlet());
            servlets.forEach(b::addServlet);
            FusekiServer fs = b.build();
            if (!loopback) {
                for (Connector c : fs.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost("0.0.0.0".equals(host) ? null : host);
                    }
                }
            }
            return new NewsGraphServer(fs);
        }
    }
}
