package org.newsgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.NewsGraphException;

/** Small helpers over StAX for the XML formats. */
final class Xml {

    private Xml() {
    }

    /** A writer that indents, so that exports can be read and diffed. */
    static XMLStreamWriter writer(OutputStream out) {
        try {
            return new IndentingWriter(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
        } catch (XMLStreamException e) {
            throw new NewsGraphException("Cannot write XML: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a document whose root element {@code root} is in namespace {@code ns} (the default)
     * and points at its schema through xsi:schemaLocation; GraphML and GEXF both begin so.
     */
    static XMLStreamWriter startDocument(OutputStream out, String ns, String root, String schema) throws XMLStreamException {
        XMLStreamWriter w = writer(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(ns);
        w.writeStartElement(ns, root);
        w.writeDefaultNamespace(ns);
        w.writeNamespace("xsi", XSI);
        w.writeAttribute(XSI, "schemaLocation", ns + " " + schema);
        return w;
    }

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Drops the characters XML 1.0 cannot hold (control characters from odd input). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Indents start and end tags; text-only elements stay on one line. */
    private static final class IndentingWriter implements XMLStreamWriter {
        private final XMLStreamWriter w;
        private int depth;
        private boolean hadChild;
        private boolean hadText;

        IndentingWriter(XMLStreamWriter w) {
            this.w = w;
        }

        private void indent() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }

        @Override
        public void writeStartElement(String localName) throws XMLStreamException {
            indent();
            w.writeStartElement(localName);
            depth++;
            hadChild = false;
            hadText = false;
        }

        @Override
        public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
            indent();
            w.writeStartElement(namespaceURI, localName);
            depth++;
            hadChild = false;
            hadText = false;
        }

        @Override
        public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
            indent();
            w.writeStartElement(prefix, localName, namespaceURI);
            depth++;
            hadChild = false;
            hadText = false;
        }

        @Override
        public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
            indent();
            w.writeEmptyElement(namespaceURI, localName);
            hadChild = true;
        }

        @Override
        public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
            indent();
            w.writeEmptyElement(prefix, localName, namespaceURI);
            hadChild = true;
        }

        @Override
        public void writeEmptyElement(String localName) throws XMLStreamException {
            indent();
            w.writeEmptyElement(localName);
            hadChild = true;
        }

        @Override
        public void writeEndElement() throws XMLStreamException {
            depth--;
            if (hadChild && !hadText) {
                indent();
            }
            w.writeEndElement();
            hadChild = true;
            hadText = false;
        }

        @Override
        public void writeEndDocument() throws XMLStreamException {
            w.writeCharacters("\n");
            w.writeEndDocument();
        }

        @Override
        public void close() throws XMLStreamException {
            w.close();
        }

        @Override
        public void flush() throws XMLStreamException {
            w.flush();
        }

        @Override
        public void writeAttribute(String localName, String value) throws XMLStreamException {
            w.writeAttribute(localName, value);
        }

        @Override
        public void writeAttribute(String prefix, String namespaceURI, String localName, String value) throws XMLStreamException {
            w.writeAttribute(prefix, namespaceURI, localName, value);
        }

        @Override
        public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
            w.writeAttribute(namespaceURI, localName, value);
        }

        @Override
        public void writeNamespace(String prefix, String namespaceURI) throws XMLStreamException {
            w.writeNamespace(prefix, namespaceURI);
        }

        @Override
        public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {
            w.writeDefaultNamespace(namespaceURI);
        }

        @Override
        public void writeComment(String data) throws XMLStreamException {
            indent();
            w.writeComment(data);
        }

        @Override
        public void writeProcessingInstruction(String target) throws XMLStreamException {
            w.writeProcessingInstruction(target);
        }

        @Override
        public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
            w.writeProcessingInstruction(target, data);
        }

        @Override
        public void writeCData(String data) throws XMLStreamException {
            w.writeCData(data);
        }

        @Override
        public void writeDTD(String dtd) throws XMLStreamException {
            w.writeDTD(dtd);
        }

        @Override
        public void writeEntityRef(String name) throws XMLStreamException {
            w.writeEntityRef(name);
        }

        @Override
        public void writeStartDocument() throws XMLStreamException {
            w.writeStartDocument();
        }

        @Override
        public void writeStartDocument(String version) throws XMLStreamException {
            w.writeStartDocument(version);
        }

        @Override
        public void writeStartDocument(String encoding, String version) throws XMLStreamException {
            w.writeStartDocument(encoding, version);
        }

        @Override
        public void writeCharacters(String text) throws XMLStreamException {
            w.writeCharacters(text);
            hadText = true;
        }

        @Override
        public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
            w.writeCharacters(text, start, len);
            hadText = true;
        }

        @Override
        public String getPrefix(String uri) throws XMLStreamException {
            return w.getPrefix(uri);
        }

        @Override
        public void setPrefix(String prefix, String uri) throws XMLStreamException {
            w.setPrefix(prefix, uri);
        }

        @Override
        public void setDefaultNamespace(String uri) throws XMLStreamException {
            w.setDefaultNamespace(uri);
        }

        @Override
        public void setNamespaceContext(javax.xml.namespace.NamespaceContext context) throws XMLStreamException {
            w.setNamespaceContext(context);
        }

        @Override
        public javax.xml.namespace.NamespaceContext getNamespaceContext() {
            return w.getNamespaceContext();
        }

        @Override
        public Object getProperty(String name) {
            return w.getProperty(name);
        }
    }
}
