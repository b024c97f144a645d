package org.newsgraph.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.NewsGraphException;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.ingest.Inputs;

/**
 * Extracts documents and loads them into a {@link GraphSink}, each document in its own named graph:
 * the TDB2 store ({@link TdbSink}, the default with {@code store(gs)}) or a remote store. Extraction
 * (and writing each document's RDF) runs on every core; one writer hands the graphs to the sink,
 * which replaces what it held for the same document or the same identifier. Into TDB2 the graphs go
 * in batches of many documents per write transaction ({@link BatchWriter}) and a build that changed
 * the store ends with a compaction, so that the store is the size of its data. A document that fails
 * is reported on one line and skipped, the others still load; a full disk stops the build with the
 * store as it was before the batch in hand.
 *
 * <pre>
 * Loader.Summary s = Loader.create().store(gs).build().run(List.of(Path.of("seeds")));
 * Loader.Summary r = Loader.create().sink(new GspSink(gsp)).build().run(inputs);
 * </pre>
 */
public final class Loader {

    /** Documents per write transaction, at most. */
    public static final int BATCH_DOCUMENTS = 2_000;
    /**
     * Quads per write transaction, at most (a batch is committed once it holds this many): about 2,000
     * news articles. A batch is written into the open transaction as it arrives, never held in memory;
     * a build that is killed loses at most the batch in hand.
     */
    public static final long BATCH_QUADS = 2_000_000;

    /** What a run did. */
    public record Summary(int documents, int failed, long triples, double seconds, int unchanged, int replaced,
            boolean compacted, String phases) {
        public Summary(int documents, int failed, long triples, double seconds) {
            this(documents, failed, triples, seconds, 0, 0, false, "");
        }

        public String describe(Path store) {
            return describe("store " + store);
        }

        /** One line: what was built into {@code target} ({@link GraphSink#target()}). */
        public String describe(String target) {
            return line("Built", documents, failed, unchanged, replaced, triples + " triples", seconds, target) + phases;
        }

        /** The one-line summary of a run into a store, as build and load print it. */
        static String line(String verb, int documents, int failed, int unchanged, int replaced, String written,
                double seconds, String target) {
            return String.format(java.util.Locale.ROOT,
                    "%s %d document%s (%d failed%s%s), %s in %.1f s into %s",
                    verb, documents, documents == 1 ? "" : "s", failed,
                    unchanged == 0 ? "" : ", " + unchanged + " unchanged",
                    replaced == 0 ? "" : ", " + replaced + " older version" + (replaced == 1 ? "" : "s") + " replaced",
                    written, seconds, target);
        }
    }

    private final GraphSink sink;
    private final Pipeline pipeline;
    private final int threads;
    private final PrintWriter errors;
    private final PrintWriter progress;

    private Loader(Builder b) {
        this.sink = b.sink != null ? b.sink : new TdbSink(b.store, b.batchDocuments, b.batchQuads, b.compact, b.afterWrite,
                b.afterWriteResult);
        this.pipeline = b.pipeline == null ? Pipeline.standard() : b.pipeline;
        this.threads = b.threads;
        this.errors = b.errors;
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Where this loader writes. */
    public GraphSink sink() {
        return sink;
    }

    /** One extracted document on its way to the writer: its graph, or why it failed. */
    private record Item(DocumentGraph graph, String error) { }

    public Summary run(List<Path> paths) {
        return run(Inputs.create().paths(paths).notes(this::note).build());
    }

    /**
     * Loads the documents of {@code inputs} (any input format; see {@link Inputs}): the ontology graph
     * first, then each document's graph as it is extracted, into the sink.
     */
    public Summary run(Inputs inputs) {
        long t0 = System.nanoTime();
        List<String> problems = inputs.problems();
        problems.forEach(this::error);
        int[] failed = {problems.size()};
        int expected = inputs.expected();
        Progress bar = progress != null && (expected > 5 || expected < 0) ? new Progress(progress, expected) : null;
        GraphSink.Counts c;
        boolean done = false;
        try {
            sink.begin(line -> {
                failed[0]++;
                error(line);
            });
            sink.put(new DocumentGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), null, "ontology",
                    Ontology.model().getGraph()));
            Extraction.run(pipeline, inputs.iterator(), threads, Loader::toGraph, item -> {
                if (item.graph() != null) {
                    sink.put(item.graph());
                } else {
                    failed[0]++;
                    error(item.error());
                }
                if (bar != null) {
                    bar.step();
                }
            });
            c = sink.finish();
            done = true;
        } finally {
            if (!done) {
                sink.abort();
            }
            if (bar != null) {
                bar.finish();
            }
        }
        return new Summary(c.written() + c.unchanged(), failed[0], c.quads(), (System.nanoTime() - t0) / 1e9,
                c.unchanged(), c.replaced(), c.compacted(), c.phases());
    }

    /**
     * Stores ready graphs as a build does (batched transactions, replacing by name and identifier),
     * without extraction or compaction; returns the number of write transactions (benchmarks use this).
     */
    public static int write(GraphStore store, Iterable<DocumentGraph> graphs) {
        BatchWriter w = new BatchWriter(store, BATCH_DOCUMENTS, BATCH_QUADS, line -> {
            throw new NewsGraphException(line);
        });
        for (DocumentGraph g : graphs) {
            w.put(g);
        }
        w.flush();
        return w.counts().transactions;
    }

    /** On an extraction thread: the document's graph, written there so that the writer only stores. */
    private static Item toGraph(Extraction.Result r) {
        if (!r.ok()) {
            return new Item(null, r.error());
        }
        try {
            Graph g = DocumentGraphWriter.write(r.doc());
            return new Item(new DocumentGraph(DocumentGraphWriter.documentNode(r.doc()), r.doc().document().id(),
                    r.input().path().toString(), g), null);
        } catch (RuntimeException e) {
            return new Item(null, r.input().path() + ": cannot write its RDF: " + e);
        }
    }

    private void error(String line) {
        if (errors != null) {
            errors.println("newsgraph: " + line);
            errors.flush();
        }
    }

    /** A note that is no failure (a .txt read as HTML, WARC records skipped). */
    public void note(String line) {
        if (errors != null) {
            synchronized (errors) {
                errors.println("newsgraph: " + line);
                errors.flush();
            }
        }
    }

    /** A one-line progress bar, redrawn in place. */
    private static final class Progress {
        private final PrintWriter out;
        private final int total;
        private int n;

        Progress(PrintWriter out, int total) {
            this.out = out;
            this.total = total;
        }

        void step() {
            n++;
            if (total < 0) {
                out.print("\r" + n + " documents");
                out.flush();
                return;
            }
            int w = 30, filled = (int) ((long) n * w / total);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(w - filled) + "] " + n + "/" + total + " documents");
            out.flush();
        }

        void finish() {
            out.println();
            out.flush();
        }
    }

    /** Builds a {@link Loader}. */
    public static final class Builder {
        private GraphStore store;
        private GraphSink sink;
        private Pipeline pipeline;
        private int threads = Extraction.defaultThreads();
        private PrintWriter errors;
        private PrintWriter progress;
        private int batchDocuments = BATCH_DOCUMENTS;
        private long batchQuads = BATCH_QUADS;
        private boolean compact = true;
        private java.util.function.Consumer<GraphStore> afterWrite;
        private String afterWriteResult;

        /** Commits a write transaction every {@code documents} documents or {@code quads} quads. */
        public Builder batch(int documents, long quads) {
            this.batchDocuments = documents;
            this.batchQuads = quads;
            return this;
        }

        /** A step over the whole store after the documents are written and before the compaction. */
        public Builder afterWrite(java.util.function.Consumer<GraphStore> step) {
            return afterWrite(step, null);
        }

        /**
         * A step over the whole store that writes the graph {@code result} last: the run's first change
         * drops that graph, and a run that finds the store without it runs the step (see {@link TdbSink}).
         */
        public Builder afterWrite(java.util.function.Consumer<GraphStore> step, String result) {
            this.afterWrite = step;
            this.afterWriteResult = result;
            return this;
        }

        /** Whether a build that changed the store ends with a compaction (default: yes). */
        public Builder compact(boolean c) {
            this.compact = c;
            return this;
        }

        /** Writes into the TDB2 store {@code s} (batched, then compacted: see {@link TdbSink}). */
        public Builder store(GraphStore s) {
            this.store = s;
            return this;
        }

        /** Writes into {@code s} instead (a remote store); batch, compaction and after-write settings are then unused. */
        public Builder sink(GraphSink s) {
            this.sink = s;
            return this;
        }

        public Builder pipeline(Pipeline p) {
            this.pipeline = p;
            return this;
        }

        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("Threads must be at least 1: " + n);
            }
            this.threads = n;
            return this;
        }

        /** Where one-line errors go (none when null). */
        public Builder errors(PrintWriter w) {
            this.errors = w;
            return this;
        }

        /** Where the progress bar goes (none when null). */
        public Builder progress(PrintWriter w) {
            this.progress = w;
            return this;
        }

        public Loader build() {
            if (store == null && sink == null) {
                throw new IllegalStateException("No store given");
            }
            return new Loader(this);
        }
    }
}
