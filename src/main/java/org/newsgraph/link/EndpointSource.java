package org.newsgraph.link;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.NewsGraphException;

/**
 * Candidates from a SPARQL 1.1 endpoint holding Wikidata-shaped data (Wikidata's own query service
 * first): names asked in batches (one VALUES block a query), each request with a timeout, failed
 * requests retried with exponential back-off, an honest User-Agent, and an on-disk cache so that a
 * second run asks nothing it already asked.
 *
 * <pre>
 * CandidateSource wd = EndpointSource.create().endpoint("https://query.wikidata.org/sparql")
 *     .cache(Path.of(".cache/links")).build();
 * </pre>
 */
public final class EndpointSource implements CandidateSource {

    /** Wikidata's query service. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    public static final String USER_AGENT = "newsgraph/0.1.0 (https://w3id.org/newsgraph; entity linking of news) "
            + "Java-http-client/" + Runtime.version().feature();

    private final String url;
    private final Duration timeout;
    private final int retries;
    private final Duration backoff;
    private final int batch;
    private final String userAgent;
    private final LinkCache cache;
    private final HttpClient http;
    private int requests;
    private int cached;

    private EndpointSource(Builder b) {
        this.url = b.url;
        this.timeout = b.timeout;
        this.retries = b.retries;
        this.backoff = b.backoff;
        this.batch = b.batch;
        this.userAgent = b.userAgent;
        this.cache = b.cache == null ? null : LinkCache.open(b.cache, b.url);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static Builder create() {
        return new Builder();
    }

    @Override
    public Graph fetch(Collection<String> names) {
        List<String> todo = new ArrayList<>();
        for (String n : names) {
            if (cache != null && cache.has(n)) {
                cached++;
            } else if (!todo.contains(n)) {
                todo.add(n);
            }
        }
        Graph out = GraphFactory.createDefaultGraph();
        for (int i = 0; i < todo.size(); i += batch) {
            List<String> part = todo.subList(i, Math.min(todo.size(), i + batch));
            Graph answer = ask(CandidateQuery.forNames(part));
            if (cache != null) {
                cache.put(part, answer);
            } else {
                answer.find().forEachRemaining(out::add);
            }
        }
        if (cache != null) {
            cache.data().find().forEachRemaining(out::add);
        }
        return out;
    }

    /** One query, retried on failures worth retrying (no answer, 429, 5xx) with back-off. */
    private Graph ask(String query) {
        RuntimeException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                sleep(backoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
            }
            requests++;
            try (QueryExecHTTP qe = QueryExecHTTP.service(url).httpClient(http).query(query)
                    .httpHeader("User-Agent", userAgent)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return qe.construct(GraphFactory.createDefaultGraph());
            } catch (RuntimeException e) {
                last = e;
                int status = status(e);
                if (status >= 400 && status < 500 && status != 408 && status != 429) {
                    throw new NewsGraphException(url + ": the endpoint refused the candidate query (HTTP " + status
                            + "): " + oneLine(e), e);
                }
            }
        }
        throw new NewsGraphException(url + ": no answer after " + (retries + 1) + " tr" + (retries == 0 ? "y" : "ies")
                + " (timeout " + seconds(timeout) + " s each): " + oneLine(last), last);
    }

    private static int status(Throwable e) {
        if (e instanceof QueryExceptionHTTP q) {
            return q.getStatusCode();
        }
        if (e instanceof HttpException h) {
            return h.getStatusCode();
        }
        return -1;
    }

    /** Why a request failed, in words: the cause a person can act on, not the wrapper's. */
    private static String oneLine(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.http.HttpTimeoutException) {
                return "timed out";
            }
            if (c instanceof java.net.ConnectException) {
                return "connection refused (is the endpoint up?)";
            }
            if (c instanceof java.net.UnknownHostException) {
                return "unknown host " + c.getMessage();
            }
            if (c instanceof java.io.IOException && c.getMessage() != null && !c.getMessage().isBlank()) {
                return trim(c.getMessage());
            }
        }
        return trim(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String trim(String m) {
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("Interrupted while waiting to retry", e);
        }
    }

    @Override
    public String target() {
        return url;
    }

    /** Requests sent (retries included). */
    public int requests() {
        return requests;
    }

    /** Names answered from the cache. */
    public int cachedNames() {
        return cached;
    }

    @Override
    public String costs() {
        return requests + " request" + (requests == 1 ? "" : "s") + " to " + url + ", " + cached + " name"
                + (cached == 1 ? "" : "s") + " from the cache" + (cache == null ? " (no cache)" : " " + cache.dir());
    }

    /** Builds an {@link EndpointSource}. */
    public static final class Builder {
        private String url;
        private Duration timeout = Duration.ofSeconds(30);
        private int retries = 3;
        private Duration backoff = Duration.ofSeconds(2);
        private int batch = 25;
        private String userAgent = USER_AGENT;
        private Path cache;

        /** The SPARQL endpoint URL (http or https). */
        public Builder endpoint(String u) {
            if (u == null || !(u.startsWith("http://") || u.startsWith("https://"))) {
                throw new NewsGraphException(u + ": not an http(s) endpoint URL");
            }
            this.url = u;
            return this;
        }

        /** How long to wait for one request (connection and answer). */
        public Builder timeout(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("Timeout must be positive: " + d);
            }
            this.timeout = d;
            return this;
        }

        /** How many times a failed request is tried again (0: never). */
        public Builder retries(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("Retries must be at least 0: " + n);
            }
            this.retries = n;
            return this;
        }

        /** The wait before the first retry; it doubles for each retry after. */
        public Builder backoff(Duration d) {
            this.backoff = d;
            return this;
        }

        /** Names per request. */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("Batch size must be at least 1: " + n);
            }
            this.batch = n;
            return this;
        }

        public Builder userAgent(String ua) {
            this.userAgent = ua;
            return this;
        }

        /** The cache folder (none when null: every run asks again). */
        public Builder cache(Path dir) {
            this.cache = dir;
            return this;
        }

        public EndpointSource build() {
            if (url == null) {
                throw new IllegalStateException("No endpoint given");
            }
            return new EndpointSource(this);
        }
    }
}
