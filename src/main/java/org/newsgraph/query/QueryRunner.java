package org.newsgraph.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;

/**
 * Runs a SPARQL query against a local dataset or a remote endpoint, with parameters bound as RDF
 * terms (never pasted into the query text, so a value cannot change the query).
 *
 * <pre>
 * QueryRunner.create().query(text).param("source", "Klintsevich").dataset(dsg).build().select()
 * </pre>
 */
public final class QueryRunner {

    private final Query query;
    private final Map<String, Node> params;
    private final DatasetGraph dataset;
    private final String endpoint;
    private final long timeoutMillis;

    private QueryRunner(Builder b) {
        this.query = b.query;
        this.params = Map.copyOf(b.params);
        this.dataset = b.dataset;
        this.endpoint = b.endpoint;
        this.timeoutMillis = b.timeoutMillis;
    }

    /** Stops abandoned remote queries: one daemon thread for the whole process, started on first use. */
    private static final class Aborter {
        static final java.util.concurrent.ScheduledExecutorService TIMER =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "newsgraph-query-timeout");
                    t.setDaemon(true);
                    return t;
                });
    }

    public static Builder create() {
        return new Builder();
    }

    public Query query() {
        return query;
    }

    private QueryExec exec() {
        if (endpoint != null) {
            var b = QueryExecHTTP.service(endpoint).query(query);
            params.forEach(b::substitution);
            return b.build();
        }
        QueryExecBuilder b = QueryExec.dataset(dataset).query(query);
        params.forEach(b::substitution);
        if (timeoutMillis > 0) {
            b.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return b.build();
    }

    /**
     * Runs {@code work} on a fresh execution, stopped after the timeout: a local query by ARQ's own
     * timeout, a remote one by aborting the HTTP exchange. Either way the caller gets one
     * {@link NewsGraphException} saying the query took too long.
     */
    private <T> T timed(java.util.function.Function<QueryExec, T> work) {
        java.util.concurrent.atomic.AtomicBoolean fired = new java.util.concurrent.atomic.AtomicBoolean();
        try (QueryExec qe = exec()) {
            java.util.concurrent.ScheduledFuture<?> abort = endpoint == null || timeoutMillis <= 0 ? null
                    : Aborter.TIMER.schedule(() -> {
                        fired.set(true);
                        qe.abort();
                    }, timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            try {
                return work.apply(qe);
            } finally {
                if (abort != null) {
                    abort.cancel(false);
                }
            }
        } catch (org.apache.jena.query.QueryCancelledException e) {
            throw timedOut(e);
        } catch (RuntimeException e) {
            if (fired.get()) {
                throw timedOut(e);
            }
            if (e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP h) {
                throw new NewsGraphException(endpoint + " answered " + h.getStatusCode() + " "
                        + String.valueOf(h.getMessage()).lines().findFirst().orElse(""), e);
            }
            throw e;
        }
    }

    private NewsGraphException timedOut(RuntimeException e) {
        return new NewsGraphException("the query was stopped after its timeout of " + seconds(timeoutMillis)
                + " (--timeout SECONDS to allow more, 0 for no limit)", e);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    /** Runs a SELECT and returns its rows, materialised (safe to use after the transaction). */
    public RowSet select() {
        if (!query.isSelectType()) {
            throw new NewsGraphException("Not a SELECT query: " + query.queryType());
        }
        // every row copied with its terms: a store's rows hold node ids, looked up lazily, which
        // fails once the read transaction is over
        return inRead(() -> timed(qe -> {
            RowSet rows = qe.select();
            List<Binding> copies = new ArrayList<>();
            rows.forEachRemaining(b -> copies.add(BindingFactory.copy(b)));
            return RowSetStream.create(rows.getResultVars(), copies.iterator());
        }));
    }

    /** Runs the query and writes its results to {@code out} in {@code format} (table, csv, tsv, json). */
    public void write(OutputStream out, String format) {
        inRead(() -> timed(qe -> {
            if (query.isSelectType()) {
                var rs = org.apache.jena.query.ResultSet.adapt(qe.select());
                switch (format) {
                    case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                    case "json" -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RS_JSON);
                    case "table" -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                    default -> throw new NewsGraphException(format + ": unknown format (table, csv, tsv, json)");
                }
            } else if (query.isAskType()) {
                ResultSetFormatter.out(out, qe.ask());
            } else {
                var g = query.isConstructType() ? qe.construct() : qe.describe();
                RDFDataMgr.write(out, g, "json".equals(format) ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY);
            }
            return null;
        }));
    }

    private <T> T inRead(java.util.function.Supplier<T> action) {
        if (dataset == null || dataset.isInTransaction()) {
            return action.get();
        }
        return Txn.calculateRead(dataset, action);
    }

    /** Turns a parameter value into an RDF term: {@code <iri>}, integer, decimal, or else a plain string. */
    public static Node term(String value) {
        if (value.startsWith("<") && value.endsWith(">") && value.length() > 2) {
            String iri = value.substring(1, value.length() - 1);
            if (iri.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
                throw new NewsGraphException(value + ": not a valid IRI");
            }
            return NodeFactory.createURI(iri);
        }
        if (value.matches("[+-]?\\d{1,18}")) {
            return NodeFactory.createLiteralDT(value, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** Builds a {@link QueryRunner}. */
    public static final class Builder {
        private Query query;
        private final Map<String, Node> params = new LinkedHashMap<>();
        private DatasetGraph dataset;
        private String endpoint;
        private long timeoutMillis;

        public Builder query(String text) {
            try {
                this.query = QueryFactory.create(text);
            } catch (QueryParseException e) {
                throw new NewsGraphException("Query does not parse: " + e.getMessage(), e);
            }
            return this;
        }

        /** Binds {@code ?name} to {@code value} (see {@link #term}). */
        public Builder param(String name, String value) {
            params.put(name.startsWith("?") ? name.substring(1) : name, term(value));
            return this;
        }

        public Builder param(String name, Node value) {
            params.put(name, value);
            return this;
        }

        public Builder dataset(DatasetGraph d) {
            this.dataset = d;
            return this;
        }

        public Builder endpoint(String url) {
            this.endpoint = url;
            return this;
        }

        /** Stops the query after {@code millis} (0, the default: no limit). */
        public Builder timeoutMillis(long millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("A negative timeout: " + millis);
            }
            this.timeoutMillis = millis;
            return this;
        }

        public QueryRunner build() {
            if (query == null) {
                throw new IllegalStateException("No query given");
            }
            if ((dataset == null) == (endpoint == null)) {
                throw new IllegalStateException("Give exactly one of a dataset or an endpoint");
            }
            return new QueryRunner(this);
        }
    }
}
