package org.newsgraph.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.ingest.Inputs;

/**
 * Extracts documents and loads them into a {@link GraphStore}: each document in its own write
 * transaction and named graph, so a document that fails leaves nothing behind and the others
 * still load. Extraction runs on several threads; writing is sequential.
 *
 * <pre>
 * Loader.Summary s = Loader.create().store(gs).build().run(List.of(Path.of("seeds")));
 * </pre>
 */
public final class Loader {

    /** What a run did. */
    public record Summary(int documents, int failed, long triples, double seconds) {
        public String describe(Path store) {
            return String.format(java.util.Locale.ROOT,
                    "Built %d document%s (%d failed), %d triples in %.1f s into store %s",
                    documents, documents == 1 ? "" : "s", failed, triples, seconds, store);
        }
    }

    private final GraphStore store;
    private final Pipeline pipeline;
    private final int threads;
    private final PrintWriter errors;
    private final PrintWriter progress;

    private Loader(Builder b) {
        this.store = b.store;
        this.pipeline = b.pipeline == null ? Pipeline.standard() : b.pipeline;
        this.threads = b.threads;
        this.errors = b.errors;
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    public Summary run(List<Path> paths) {
        return run(Inputs.create().paths(paths).notes(this::note).build());
    }

    /** Loads the documents of {@code inputs} (any input format; see {@link Inputs}). */
    public Summary run(Inputs inputs) {
        long t0 = System.nanoTime();
        List<String> problems = inputs.problems();
        problems.forEach(this::error);
        store.replaceGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), Ontology.model().getGraph());
        int[] done = {0, problems.size()};
        long[] triples = {0};
        int expected = inputs.expected();
        Progress bar = progress != null && (expected > 5 || expected < 0) ? new Progress(progress, expected) : null;
        Extraction.run(pipeline, inputs.iterator(), threads, r -> {
            if (r.ok()) {
                Graph g = DocumentGraphWriter.write(r.doc());
                try {
                    store.replaceGraph(DocumentGraphWriter.documentNode(r.doc()), g);
                    done[0]++;
                    triples[0] += g.size();
                } catch (RuntimeException e) {
                    done[1]++;
                    error(r.input().path() + ": cannot store: " + e.getMessage());
                }
            } else {
                done[1]++;
                error(r.error());
            }
            if (bar != null) {
                bar.step();
            }
        });
        if (bar != null) {
            bar.finish();
        }
        return new Summary(done[0], done[1], triples[0], (System.nanoTime() - t0) / 1e9);
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

    private void error(String line) {
        if (errors != null) {
            errors.println("newsgraph: " + line);
            errors.flush();
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
        private Pipeline pipeline;
        private int threads = Extraction.defaultThreads();
        private PrintWriter errors;
        private PrintWriter progress;

        public Builder store(GraphStore s) {
            this.store = s;
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
            if (store == null) {
                throw new IllegalStateException("No store given");
            }
            return new Loader(this);
        }
    }
}
