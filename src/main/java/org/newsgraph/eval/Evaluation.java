package org.newsgraph.eval;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.NewsGraphException;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.text.DocumentReader;

/**
 * Scores the extractor on a gold set: extracts the texts into an in-memory dataset (one named
 * graph per document, as {@code extract} writes them), reads the graph back with
 * {@link Predictions} and scores it with {@link Scorer}: the figures of
 * {@code extract --format nq | rdf_to_pred.py | score.py}.
 *
 * <pre>{@code
 * Scores s = Evaluation.create().gold(goldJson).texts(textDir).build().run();
 * }</pre>
 */
public final class Evaluation {

    /**
     * The extracted graph, its quads in the order {@code extract --format nq} writes them, and the
     * one-line reasons of documents that could not be extracted.
     */
    public record Extracted(DatasetGraph dataset, List<Quad> quads, List<String> problems) {

        /** The order rdf_to_pred.py reads the output of {@code extract --format nq} in. */
        public ReadOrder order() {
            return ReadOrder.of(() -> quads.stream().map(Quad::asTriple).iterator());
        }

        /** The predictions, read in that order. */
        public JsonObject predictions() {
            return Predictions.read(dataset, order());
        }

        /** Writes the quads as N-Quads, in the order {@code extract --format nq} writes them. */
        public void writeNQuads(OutputStream out) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            quads.forEach(stream::quad);
            stream.finish();
        }
    }

    private final Path goldFile;
    private final JsonObject gold;
    private final Path texts;
    private final int threads;
    private final Pipeline pipeline;

    private Evaluation(Builder b) {
        this.goldFile = b.gold;
        this.texts = b.texts;
        this.threads = b.threads;
        this.pipeline = b.pipeline == null ? Pipeline.standard() : b.pipeline;
        this.gold = Scorer.read(goldFile);
        for (JsonValue d : gold.get("documents").getAsArray()) {
            String file = d.getAsObject().get("file").getAsString().value();
            if (!Files.isRegularFile(texts.resolve(file))) {
                throw new NewsGraphException(goldFile + ": document " + file + " is not in " + texts);
            }
        }
    }

    public static Builder create() {
        return new Builder();
    }

    public JsonObject gold() {
        return gold;
    }

    /**
     * Extracts every text of the folder into a fresh in-memory dataset, keeping the quads in the
     * order {@code extract --format nq} writes them (documents in input order, each graph as found).
     */
    public Extracted extract() {
        List<String> problems = new ArrayList<>();
        List<DocumentReader.Input> inputs = DocumentReader.list(List.of(texts), problems);
        DatasetGraph ds = DatasetGraphFactory.create();
        List<Quad> quads = new ArrayList<>();
        Extraction.run(pipeline, inputs, threads, r -> {
            if (!r.ok()) {
                problems.add(r.error());
                return;
            }
            Node name = DocumentGraphWriter.documentNode(r.doc());
            DocumentGraphWriter.write(r.doc()).find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
        });
        quads.forEach(ds::add);
        return new Extracted(ds, quads, List.copyOf(problems));
    }

    /** Scores predictions in the gold format against the gold set. */
    public Scores score(JsonObject predictions) {
        return Scorer.score(gold, predictions, texts);
    }

    /** Scores what an extraction says against the gold set. */
    public Scores score(Extracted x) {
        return score(x.predictions());
    }

    /** Extracts and scores; documents that fail to extract count as finding nothing. */
    public Scores run() {
        return score(extract());
    }

    /** Configures an {@link Evaluation}; {@link #build()} reads and checks the gold file. */
    public static final class Builder {
        private Path gold;
        private Path texts;
        private int threads = Extraction.defaultThreads();
        private Pipeline pipeline;

        private Builder() {
        }

        /** The gold file (the format of ../shared/eval/README.md). */
        public Builder gold(Path gold) {
            this.gold = gold;
            return this;
        }

        /** The folder of the gold documents' texts. */
        public Builder texts(Path texts) {
            this.texts = texts;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new NewsGraphException("--threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The pipeline to evaluate (default: the standard one). */
        public Builder pipeline(Pipeline pipeline) {
            this.pipeline = pipeline;
            return this;
        }

        public Evaluation build() {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(texts, "texts");
            if (!Files.isDirectory(texts)) {
                throw new NewsGraphException(texts + ": not a folder of texts");
            }
            return new Evaluation(this);
        }
    }
}
