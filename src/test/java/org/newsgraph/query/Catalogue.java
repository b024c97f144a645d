package org.newsgraph.query;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.TestPaths;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.DocumentCounts;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.SpanLinks;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** Runs catalogue queries for tests, and builds the stores they run on. */
final class Catalogue {

    static final String FIXTURE = "src/test/resources/org/newsgraph/query/fixture.trig";

    private Catalogue() {
    }

    /** A store holding the seeds' graph, as {@code newsgraph build seeds/} makes it. */
    static GraphStore seedsStore(Path dir) {
        GraphStore gs = GraphStore.open(dir);
        Loader.Summary s = Loader.create().store(gs).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        if (s.failed() != 0 || s.documents() != 2) {
            throw new IllegalStateException("seeds did not build: " + s);
        }
        return gs;
    }

    /** A store holding the hand-written fixture (two small documents with every kind of node) and the ontology. */
    static GraphStore fixtureStore(Path dir) {
        GraphStore gs = GraphStore.open(dir);
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(TestPaths.repo().resolve(FIXTURE)).parse(ds);
        // what DocumentGraphWriter derives from each document's graph (SpanLinks, DocumentCounts) is not written out in the fixture
        ds.listGraphNodes().forEachRemaining(g -> {
            SpanLinks.addTo(ds.getGraph(g));
            DocumentCounts.addTo(ds.getGraph(g));
            gs.replaceGraph(g, ds.getGraph(g));
        });
        gs.replaceGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), Ontology.model().getGraph());
        return gs;
    }

    static QueryRunner.Builder runner(String name, String... keyValues) {
        QueryRunner.Builder b = QueryRunner.create().query(QueryCatalogue.load(name));
        for (int i = 0; i < keyValues.length; i += 2) {
            b.param(keyValues[i], keyValues[i + 1]);
        }
        return b;
    }

    /** Runs catalogue query {@code name} on a store with parameters {@code key, value, key, value…}. */
    static List<Map<String, String>> run(DatasetGraph dsg, String name, String... keyValues) {
        return rows(runner(name, keyValues).dataset(dsg).build().select());
    }

    /** Runs it against a SPARQL endpoint. */
    static List<Map<String, String>> remote(String endpoint, String name, String... keyValues) {
        return rows(runner(name, keyValues).endpoint(endpoint).build().select());
    }

    /** Rows as maps from variable to the IRI or the literal's lexical form (unbound variables left out). */
    static List<Map<String, String>> rows(RowSet rs) {
        List<Map<String, String>> out = new ArrayList<>();
        List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
        rs.forEachRemaining(b -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : vars) {
                Node n = b.get(v);
                if (n != null) {
                    row.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
            }
            out.add(row);
        });
        return out;
    }

    /** The values of one column. */
    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }
}
