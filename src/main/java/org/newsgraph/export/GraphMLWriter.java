package org.newsgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.NewsGraphException;

/**
 * Writes GraphML valid against the GraphML 1.0 schema, with typed {@code <key>}s: Gephi takes
 * {@code label} and {@code weight} as its own, yEd and Cytoscape show the others as attributes.
 * Co-mention edges are {@code directed="false"} in an otherwise directed graph.
 */
final class GraphMLWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLWriter() {
    }

    static void write(Network n, OutputStream out) {
        try {
            XMLStreamWriter w = Xml.startDocument(out, NS, "graphml", "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(w, "label", "node", "label", "string");
            key(w, "type", "node", "type", "string");
            key(w, "mentions", "node", "mentions", "long");
            key(w, "wikidata", "node", "wikidata", "string");
            key(w, "iri", "node", "iri", "string");
            key(w, "kind", "edge", "kind", "string");
            key(w, "elabel", "edge", "label", "string");
            key(w, "weight", "edge", "weight", "double");
            w.writeStartElement(NS, "graph");
            w.writeAttribute("id", Xml.clean(n.name()).replaceAll("[^\\w.:-]", "_"));
            w.writeAttribute("edgedefault", "directed");
            for (Network.Node node : n.nodes()) {
                w.writeStartElement(NS, "node");
                w.writeAttribute("id", node.id());
                data(w, "label", node.label());
                data(w, "type", node.type());
                data(w, "mentions", Long.toString(node.mentions()));
                if (node.wikidata().isPresent()) {
                    data(w, "wikidata", node.wikidata().get());
                }
                data(w, "iri", node.iri());
                w.writeEndElement();
            }
            for (Network.Edge e : n.edges()) {
                w.writeStartElement(NS, "edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                if (!e.directed()) {
                    w.writeAttribute("directed", "false");
                }
                data(w, "kind", e.kind().label());
                if (!e.label().isEmpty()) {
                    data(w, "elabel", e.label());
                }
                data(w, "weight", Xml.number(e.weight()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new NewsGraphException("Cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type) throws XMLStreamException {
        w.writeEmptyElement(NS, "key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement(NS, "data");
        w.writeAttribute("key", key);
        w.writeCharacters(Xml.clean(value));
        w.writeEndElement();
    }
}
