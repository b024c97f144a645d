package org.newsgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.NewsGraphException;

/** Writes GEXF 1.3 (Gephi): node attributes declared in {@code <attributes>}, weighted edges with their kind. */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    static void write(Network n, OutputStream out) {
        try {
            XMLStreamWriter w = Xml.startDocument(out, NS, "gexf", "http://gexf.net/1.3/gexf.xsd");
            w.writeAttribute("version", "1.3");
            w.writeStartElement(NS, "meta");
            w.writeStartElement(NS, "creator");
            w.writeCharacters("newsgraph");
            w.writeEndElement();
            w.writeStartElement(NS, "description");
            w.writeCharacters(Xml.clean(n.name()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement(NS, "graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "static");
            w.writeStartElement(NS, "attributes");
            w.writeAttribute("class", "node");
            attribute(w, "type", "string");
            attribute(w, "mentions", "long");
            attribute(w, "wikidata", "anyURI");
            attribute(w, "iri", "string");
            w.writeEndElement();
            w.writeStartElement(NS, "attributes");
            w.writeAttribute("class", "edge");
            attribute(w, "kind", "string");
            w.writeEndElement();
            w.writeStartElement(NS, "nodes");
            for (Network.Node node : n.nodes()) {
                w.writeStartElement(NS, "node");
                w.writeAttribute("id", node.id());
                w.writeAttribute("label", Xml.clean(node.label()));
                w.writeStartElement(NS, "attvalues");
                value(w, "type", node.type());
                value(w, "mentions", Long.toString(node.mentions()));
                if (node.wikidata().isPresent()) {
                    value(w, "wikidata", node.wikidata().get());
                }
                value(w, "iri", node.iri());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement(NS, "edges");
            for (Network.Edge e : n.edges()) {
                w.writeStartElement(NS, "edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                if (!e.directed()) {
                    w.writeAttribute("type", "undirected");
                }
                if (!e.label().isEmpty()) {
                    w.writeAttribute("label", Xml.clean(e.label()));
                }
                w.writeAttribute("weight", Xml.number(e.weight()));
                w.writeStartElement(NS, "attvalues");
                value(w, "kind", e.kind().label());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new NewsGraphException("Cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void attribute(XMLStreamWriter w, String id, String type) throws XMLStreamException {
        w.writeEmptyElement(NS, "attribute");
        w.writeAttribute("id", id);
        w.writeAttribute("title", id);
        w.writeAttribute("type", type);
    }

    private static void value(XMLStreamWriter w, String forId, String v) throws XMLStreamException {
        w.writeEmptyElement(NS, "attvalue");
        w.writeAttribute("for", forId);
        w.writeAttribute("value", Xml.clean(v));
    }
}
