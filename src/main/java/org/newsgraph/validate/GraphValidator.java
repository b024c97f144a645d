package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;

/**
 * Checks a graph against the SHACL shapes of {@code ontology/shapes.ttl} (Jena SHACL).
 *
 * <pre>
 * ValidationResult r = GraphValidator.create().build().validate(graph);
 * r.print(out);  // focus node, path, message per violation
 * </pre>
 */
public final class GraphValidator {

    /** The shapes, as packaged with newsgraph. */
    public static final String SHAPES_RESOURCE = "/org/newsgraph/ontology/shapes.ttl";

    private final Shapes shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static Builder create() {
        return new Builder();
    }

    public Shapes shapes() {
        return shapes;
    }

    /** Validates {@code data} (read in place: run it inside a read transaction when it is a store's). */
    public ValidationResult validate(Graph data) {
        return new ValidationResult(ShaclValidator.get().validate(shapes, data));
    }

    /**
     * Validates a store: the union of its graphs, as SPARQL sees it (the ontology's graph included,
     * so targets and classes see the ontology's subclasses as well).
     */
    public ValidationResult validate(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> validate(dsg.getUnionGraph()));
    }

    /** Validates an RDF file (N-Quads, TriG, Turtle, N-Triples, JSON-LD…): all its graphs merged. */
    public ValidationResult validate(Path file) {
        return validate(readMerged(file));
    }

    /** The triples of every graph in {@code file}, merged into one graph. */
    public static Graph readMerged(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NewsGraphException(file + ": no such file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            throw new NewsGraphException(file + ": unknown RDF format (use .nq, .trig, .ttl, .nt or .jsonld)");
        }
        DatasetGraph ds = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).parse(ds);
        } catch (RiotException e) {
            throw new NewsGraphException(file + ": not valid " + lang.getName() + ": " + e.getMessage(), e);
        }
        Graph merged = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> merged.add(q.asTriple()));
        merged.getPrefixMapping().setNsPrefixes(ds.prefixes().getMapping());
        return merged;
    }

    /** Builds a {@link GraphValidator}. */
    public static final class Builder {
        private Graph shapesGraph;

        /** Shapes to use instead of the packaged ones. */
        public Builder shapes(Graph g) {
            this.shapesGraph = g;
            return this;
        }

        public GraphValidator build() {
            Graph g = shapesGraph == null ? packagedShapes() : shapesGraph;
            try {
                return new GraphValidator(Shapes.parse(g));
            } catch (RuntimeException e) {
                throw new NewsGraphException("The SHACL shapes do not parse: " + e.getMessage(), e);
            }
        }
    }

    /** The packaged shapes graph. */
    public static Graph packagedShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new NewsGraphException("The shapes resource " + SHAPES_RESOURCE + " is missing from the classpath");
            }
            RDFDataMgr.read(g, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new NewsGraphException("Cannot read the shapes: " + e.getMessage(), e);
        }
        return g;
    }
}
