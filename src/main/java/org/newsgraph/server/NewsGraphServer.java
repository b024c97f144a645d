package org.newsgraph.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import org.apache.jena.query.ARQ;
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
 * Binds to 127.0.0.1 unless told otherwise. Read-only unless told otherwise: no request changes
 * the store or the server ({@link ReadOnlyGate}); Fuseki's admin API (create, delete, back up,
 * compact datasets) is off unless an admin password is given, and then only on loopback. Queries
 * stop after a timeout (30 s unless told otherwise).
 *
 * <pre>
 * NewsGraphServer s = NewsGraphServer.create().dataset(dsg).port(0).build().start();
 * </pre>
 */
public final class NewsGraphServer implements AutoCloseable {

    public static final String DATASET = "/newsgraph";

    /** The default query timeout in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /** The user name of the admin API (with {@link Builder#adminPassword}). */
    public static final String ADMIN_USER = ReadOnlyGate.ADMIN_USER;

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

    /** True when {@code host} is a loopback address (127.0.0.0/8, ::1, localhost): only this machine can connect. */
    public static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Builds a {@link NewsGraphServer}. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String remoteEndpoint;
        private String host = "127.0.0.1";
        private int port = 3030;
        private boolean allowUpdate;
        private boolean ui = true;
        private String adminPassword;
        private long timeoutMillis = DEFAULT_TIMEOUT_SECONDS * 1000L;
        private final java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets = new java.util.LinkedHashMap<>();

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        /**
         * Serves the graph of another SPARQL store instead of a dataset: the web view and
         * {@code /newsgraph/sparql} send their queries on to {@code url} (read-only: updates are
         * refused here), without the Fuseki UI.
         */
        public Builder remoteEndpoint(String url) {
            this.remoteEndpoint = url;
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

        /**
         * Turns Fuseki's admin API on at {@code /$/} (create, delete, back up, compact datasets),
         * behind HTTP Basic authentication as {@value ReadOnlyGate#ADMIN_USER} with this password;
         * only on a loopback host. Null (the default): the admin API is off.
         */
        public Builder adminPassword(String password) {
            if (password != null && password.isEmpty()) {
                throw new IllegalArgumentException("An empty admin password");
            }
            this.adminPassword = password;
            return this;
        }

        /** Stops every SPARQL query after {@code seconds} (default 30; 0: no limit). */
        public Builder timeoutSeconds(int seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("A negative timeout: " + seconds);
            }
            this.timeoutMillis = seconds * 1000L;
            return this;
        }

        /** The same in milliseconds (tests use short ones). */
        public Builder timeoutMillis(long millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("A negative timeout: " + millis);
            }
            this.timeoutMillis = millis;
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
            if (dataset == null && remoteEndpoint == null) {
                throw new IllegalStateException("No dataset given to serve");
            }
            if (dataset != null && remoteEndpoint != null) {
                throw new IllegalStateException("Either a dataset or a remote endpoint, not both");
            }
            if (adminPassword != null && !isLoopback(host)) {
                throw new NewsGraphException("The admin API is only served on a loopback address, not on " + host);
            }
            boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host);
            // the Fuseki UI lists and queries local datasets: with a remote endpoint there are none
            boolean withUi = ui && remoteEndpoint == null;
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true);
            if (remoteEndpoint != null) {
                RemoteQueryServlet proxy = new RemoteQueryServlet(remoteEndpoint, timeoutMillis);
                b.addServlet(DATASET + "/sparql", proxy).addServlet(DATASET + "/query", proxy)
                        .addFilter("/*", new ReadOnlyGate(DATASET, false, adminPassword));
            } else {
                // Fuseki bounds each query by the context's arq:queryTimeout (a client's ?timeout= may only lower it)
                if (timeoutMillis > 0) {
                    dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
                } else {
                    dataset.getContext().remove(ARQ.queryTimeout);
                }
                b.add(DATASET, dataset, allowUpdate)
                        .addFilter("/*", new ReadOnlyGate(DATASET, allowUpdate, adminPassword));
            }
            if (adminPassword != null) {
                b.fusekiModules(FusekiModules.create(withUi ? java.util.List.<org.apache.jena.fuseki.main.sys.FusekiModule>of(FMod_Admin.create(), FMod_UI.create())
                        : java.util.List.of(FMod_Admin.create())));
            } else {
                b.fusekiModules(FusekiModules.create());
                if (withUi) {
                    readOnlyUi(b);
                }
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

        /**
         * The Fuseki UI without the admin module: its pages, and only the read-only calls it makes
         * to list and query datasets (server and dataset descriptions, statistics, ping, tasks).
         */
        private static void readOnlyUi(FusekiServer.Builder b) {
            URL webapp = NewsGraphServer.class.getClassLoader().getResource("webapp/index.html");
            if (webapp == null) {
                throw new NewsGraphException("The Fuseki UI (jena-fuseki-ui, webapp/index.html) is not on the classpath");
            }
            String base = webapp.toExternalForm();
            ServerInfoServlet info = new ServerInfoServlet();
            b.staticFileBase(base.substring(0, base.length() - "index.html".length()))
                    .addServlet("/$/server", info)
                    .addServlet("/$/datasets", info)
                    .addServlet("/$/datasets/*", info)
                    .enableStats(true)
                    .enableTasks(true);
        }
    }
}
