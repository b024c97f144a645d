package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Loads N-Quads files (plain or gzipped), as {@code extract --format nq} or the Spark job writes
 * them, into a {@link GraphSink} (the TDB2 store or a remote store): each named graph whole, through
 * the same sink as a build, so a document replaces what the store holds for its graph and its
 * {@code dcterms:identifier}, and loading the same quads again changes nothing. A document's quads must come together (one run
 * of lines per graph), as both writers write them.
 */
public final class QuadsLoader {

    /** What a load did. */
    public record Summary(int documents, int failed, long quads, int unchanged, int replaced, double seconds,
            String phases) {
        public String describe(Path store) {
            return describe("store " + store);
        }

        /** One line: what was loaded into {@code target} ({@link GraphSink#target()}). */
        public String describe(String target) {
            return Loader.Summary.line("Loaded", documents, failed, unchanged, replaced, quads + " quads", seconds, target)
                    + phases;
        }
    }

    private final GraphSink sink;
    private final PrintWriter errors;

    /** Into the TDB2 store (batched, compacted at the end when the load changed it). */
    public QuadsLoader(GraphStore store, PrintWriter errors) {
        this(new TdbSink(store), errors);
    }

    /** Into any sink (a remote store: one PUT a graph). */
    public QuadsLoader(GraphSink sink, PrintWriter errors) {
        this.sink = sink;
        this.errors = errors;
    }

    public Summary run(List<Path> files) {
        long t0 = System.nanoTime();
        int[] failed = {0};
        GraphSink.Counts c;
        boolean done = false;
        try {
            sink.begin(line -> {
                failed[0]++;
                error(line);
            });
            Set<Node> seen = new HashSet<>();
            for (Path f : files) {
                failed[0] += loadFile(f, seen);
            }
            c = sink.finish();
            done = true;
        } finally {
            if (!done) {
                sink.abort();
            }
        }
        return new Summary(c.written() + c.unchanged(), failed[0], c.quads(), c.unchanged(), c.replaced(),
                (System.nanoTime() - t0) / 1e9, c.phases());
    }

    /** Streams one file's graphs to the writer; returns the number of problems reported. */
    private int loadFile(Path f, Set<Node> seen) {
        if (!Files.isRegularFile(f)) {
            error(f + ": no such file");
            return 1;
        }
        Grouper g = new Grouper(f, seen);
        try (InputStream in = open(f)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(g);
            g.emit();
        } catch (RiotException e) {
            error(f + ": " + e.getMessage() + (g.current == null ? "" : " (graph " + g.current + " not loaded)"));
            return g.problems + 1;
        } catch (IOException e) {
            error(f + ": cannot read: " + e.getMessage());
            return g.problems + 1;
        }
        return g.problems;
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Collects the quads of one graph at a time and hands each complete graph to the writer. */
    private final class Grouper extends StreamRDFBase {
        private final Path file;
        private final Set<Node> seen;
        private Node current;
        private Graph graph;
        private String identifier;
        private int problems;
        private boolean warnedDefault;

        Grouper(Path file, Set<Node> seen) {
            this.file = file;
            this.seen = seen;
        }

        @Override
        public void triple(Triple t) {
            defaultGraph();
        }

        @Override
        public void quad(Quad q) {
            if (q.isDefaultGraph()) {
                defaultGraph();
                return;
            }
            if (!q.getGraph().equals(current)) {
                emit();
                current = q.getGraph();
                graph = GraphFactory.createDefaultGraph();
                identifier = null;
            }
            graph.add(q.asTriple());
            if (q.getSubject().equals(current) && q.getPredicate().equals(DCTerms.identifier.asNode())
                    && q.getObject().isLiteral()) {
                identifier = q.getObject().getLiteralLexicalForm();
            }
        }

        private void defaultGraph() {
            if (!warnedDefault) {
                warnedDefault = true;
                problems++;
                error(file + ": holds triples outside any named graph; they are not loaded (newsgraph keeps one graph a document)");
            }
        }

        void emit() {
            if (current == null) {
                return;
            }
            Node name = current;
            current = null;
            if (!seen.add(name)) {
                problems++;
                error(file + ": graph " + name + " appears in two places; its second part is not loaded "
                        + "(keep a graph's quads together)");
                return;
            }
            sink.put(new DocumentGraph(name, identifier, file + " graph " + name, graph));
        }
    }

    private void error(String line) {
        if (errors != null) {
            errors.println("newsgraph: " + line);
            errors.flush();
        }
    }
}
