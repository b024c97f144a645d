package org.newsgraph.store.remote;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.NewsGraphException;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.Loader;
import org.newsgraph.text.DocumentReader;

/**
 * Extracts documents into a remote store through the Graph Store Protocol: the ontology graph,
 * then each document's named graph with one PUT (replaced whole or not at all), while the next
 * documents are extracted. A document that fails, or whose PUT fails after the retries, is one
 * line on the error stream; the others still load. A store that refuses every request stops the
 * run at its first request (the ontology graph) rather than failing each of thousands in turn.
 */
public final class RemoteLoader {

    private final GspStore store;
    private final int threads;
    private final PrintWriter errors;

    public RemoteLoader(GspStore store, int threads, PrintWriter errors) {
        this.store = store;
        this.threads = threads;
        this.errors = errors;
    }

    public Loader.Summary run(List<Path> paths) {
        long t0 = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<DocumentReader.Input> inputs = DocumentReader.list(paths, problems);
        problems.forEach(this::error);
        store.replaceGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), Ontology.model().getGraph());
        int[] done = {0, problems.size()};
        long[] triples = {0};
        Extraction.run(Pipeline.standard(), inputs, threads, r -> {
            if (!r.ok()) {
                done[1]++;
                error(r.error());
                return;
            }
            Graph g = DocumentGraphWriter.write(r.doc());
            try {
                store.replaceGraph(DocumentGraphWriter.documentNode(r.doc()), g);
                done[0]++;
                triples[0] += g.size();
            } catch (NewsGraphException e) {
                done[1]++;
                error(r.input().path() + ": not stored: " + e.getMessage());
            }
        });
        return new Loader.Summary(done[0], done[1], triples[0], (System.nanoTime() - t0) / 1e9);
    }

    private void error(String line) {
        errors.println("newsgraph: " + line);
        errors.flush();
    }
}
