package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One document's named graph, ready to be stored: its name (the document's IRI), the identifier
 * of the document ({@code dcterms:identifier}: its path inside the input, or its URL; null for a
 * graph that is no document, such as the ontology), where it came from (for messages) and its triples.
 */
public record DocumentGraph(Node name, String identifier, String source, Graph graph) {

    public long size() {
        return graph.size();
    }
}
