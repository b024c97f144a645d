package org.newsgraph.store.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.newsgraph.NewsGraphException;

/**
 * A remote triple store reached through the SPARQL 1.1 Graph Store Protocol: each document graph
 * is sent whole with one {@code PUT ?graph=IRI}, which the store applies as one replacement (the
 * graph is replaced whole or not at all). Basic and digest authentication (Jena's HTTP layer
 * answers either challenge); 5xx, 429 and connection failures are retried with doubling back-off;
 * any other 4xx is a clear error at once. The store's SPARQL query endpoint (given, or derived from the
 * Graph Store URL) answers which graphs hold a document with a given identifier, so that a document
 * built again under another IRI replaces its old graph.
 *
 * <pre>
 * GspStore s = GspStore.create().url("http://host:3030/ds/data").user("dba", pw).build();
 * s.replaceGraph(name, graph);
 * </pre>
 */
public final class GspStore {

    private final String url;
    private final String endpoint;
    private final int retries;
    private final Duration backoff;
    private final HttpClient client;
    private final Duration timeout;
    private final ExecutorService requests = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-gsp");
        t.setDaemon(true);
        return t;
    });

    private GspStore(Builder b) {
        this.url = b.url;
        this.endpoint = b.endpoint != null ? b.endpoint : queryEndpointOf(b.url);
        this.timeout = b.timeout;
        this.retries = b.retries;
        this.backoff = b.backoff;
        this.client = HttpClient.newBuilder().connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        if (b.user != null) {
            AuthEnv.get().registerUsernamePassword(URI.create(url), b.user, b.password);
            AuthEnv.get().registerUsernamePassword(URI.create(endpoint), b.user, b.password);
        }
    }

    public static Builder create() {
        return new Builder();
    }

    public String url() {
        return url;
    }

    /** The SPARQL query endpoint of the same store (given, or derived from the Graph Store URL). */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The query endpoint that goes with a Graph Store Protocol URL: Fuseki's {@code /ds/data} and
     * Virtuoso's {@code /sparql-graph-crud[-auth]} answer queries at {@code /ds/sparql} and
     * {@code /sparql}, RDF4J and GraphDB's {@code /repositories/R/rdf-graphs/service} at
     * {@code /repositories/R}, Oxigraph's {@code /store} at {@code /query}; otherwise the last
     * path segment becomes {@code sparql}.
     */
    public static String queryEndpointOf(String gsp) {
        URI u = URI.create(gsp);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String q;
        if (path.endsWith("/rdf-graphs/service")) {
            q = path.substring(0, path.length() - "/rdf-graphs/service".length());
        } else if (path.endsWith("/store")) {
            q = path.substring(0, path.length() - "store".length()) + "query";
        } else {
            String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            q = p.substring(0, p.lastIndexOf('/') + 1) + "sparql";
        }
        return u.getScheme() + "://" + u.getRawAuthority() + q;
    }

    /**
     * The graphs of the remote store's documents that carry {@code identifier} (the document node
     * names its graph, as newsgraph writes it), asked of the query endpoint.
     */
    public List<Node> documentsIdentifiedAs(String identifier) {
        String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <" + DCTerms.identifier.getURI() + "> "
                + NodeFmtLib.strNT(NodeFactory.createLiteralString(identifier)) + " } }";
        List<Node> out = new ArrayList<>();
        send("query for the graphs of " + identifier, endpoint, true, () -> {
            List<Node> found = new ArrayList<>();
            try (QueryExecHTTP qe = QueryExecHTTP.service(endpoint).httpClient(client).query(q).build()) {
                qe.select().forEachRemaining(b -> {
                    Node g = b.get("g");
                    if (g != null && g.isURI()) {
                        found.add(g);
                    }
                });
            } catch (QueryExceptionHTTP e) {
                // the same status handling as the Graph Store requests (retry 5xx and 429, not 4xx)
                throw new HttpException(e.getStatusCode(), e.getMessage(), e.getResponse());
            }
            synchronized (out) {
                out.clear();
                out.addAll(found);
            }
        });
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    /** Replaces the remote graph {@code name} with {@code g} (one PUT), retrying what may pass later. */
    public void replaceGraph(Node name, Graph g) {
        send("PUT " + name.getURI(), url, false, () -> GSP.service(url).httpClient(client).graphName(name)
                .contentType(RDFFormat.NTRIPLES).PUT(g));
    }

    /** Deletes the remote graph {@code name}; a graph that is not there is no error. */
    public void deleteGraph(Node name) {
        send("DELETE " + name.getURI(), url, false, () -> {
            try {
                GSP.service(url).httpClient(client).graphName(name).DELETE();
            } catch (HttpException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
            }
        });
    }

    private void send(String what, String target, boolean query, Runnable request) {
        long wait = backoff.toMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                withTimeout(what, request);
                return;
            } catch (HttpException e) {
                int code = e.getStatusCode();
                boolean again = code <= 0 || code == 429 || code >= 500;
                if (!again || attempt >= retries) {
                    throw new NewsGraphException(target + ": " + what + " failed" + (attempt > 0 ? " after "
                            + (attempt + 1) + " attempts" : "") + ": " + describe(e, query), e);
                }
            } catch (RuntimeException e) {
                if (attempt >= retries) {
                    throw new NewsGraphException(target + ": " + what + " failed after " + (attempt + 1)
                            + " attempts: " + e.getMessage(), e);
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new NewsGraphException(url + ": interrupted while waiting to retry " + what, ie);
            }
            wait *= 2;
        }
    }

    /** Runs one request, giving up after the timeout (a server that accepts and never answers). */
    private void withTimeout(String what, Runnable request) {
        Future<?> f = requests.submit(request);
        try {
            f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new NewsGraphException("no answer to " + what + " within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new NewsGraphException(what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new NewsGraphException(url + ": interrupted during " + what, e);
        }
    }

    private static String describe(HttpException e, boolean query) {
        int code = e.getStatusCode();
        String hint = query && (code == 404 || code == 405) ? " (no SPARQL query endpoint at this URL: give it with --endpoint)"
                : switch (code) {
            case 401 -> " (wrong user or password? give --user and the password in NEWSGRAPH_SPARQL_PASSWORD)";
            case 403 -> " (the user may not write to this store)";
            case 404 -> " (no Graph Store Protocol service at this URL)";
            case 405 -> " (the service is read-only or not a Graph Store Protocol endpoint)";
            default -> "";
        };
        if (code <= 0) {
            Throwable c = e;
            while (c.getCause() != null) {
                c = c.getCause();
            }
            return "cannot connect (" + (c == e ? e.getMessage() : c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : ": " + c.getMessage())) + ")";
        }
        String msg = e.getResponse() == null ? String.valueOf(e.getMessage()) : e.getResponse();
        msg = msg.strip().replaceAll("\\s+", " ");
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "…";
        }
        return (code > 0 ? "HTTP " + code + hint + ": " : "") + msg;
    }

    /** Builds a {@link GspStore}. */
    public static final class Builder {
        private String url;
        private String endpoint;
        private String user;
        private String password;
        private int retries = 3;
        private Duration backoff = Duration.ofSeconds(1);
        private Duration timeout = Duration.ofSeconds(30);

        /** The Graph Store Protocol service, e.g. {@code http://host:3030/ds/data}. */
        public Builder url(String u) {
            URI uri = URI.create(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("Not an http(s) URL: " + u);
            }
            this.url = u;
            return this;
        }

        /** The store's SPARQL query endpoint (default: derived from the URL, see {@link #queryEndpointOf}). */
        public Builder endpoint(String u) {
            if (u != null) {
                URI uri = URI.create(u);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    throw new IllegalArgumentException("Not an http(s) URL: " + u);
                }
            }
            this.endpoint = u;
            return this;
        }

        public Builder user(String name, String pw) {
            if (name != null && pw == null) {
                throw new IllegalArgumentException("No password for user " + name);
            }
            this.user = name;
            this.password = pw;
            return this;
        }

        public Builder retries(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("Retries must not be negative: " + n);
            }
            this.retries = n;
            return this;
        }

        public Builder backoff(Duration d) {
            this.backoff = d;
            return this;
        }

        public Builder timeout(Duration d) {
            this.timeout = d;
            return this;
        }

        public GspStore build() {
            if (url == null) {
                throw new IllegalStateException("No Graph Store Protocol URL given");
            }
            return new GspStore(this);
        }
    }
}
