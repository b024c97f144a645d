package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Materialises in a document's graph the links that queries would otherwise compute with span
 * arithmetic over every pair of spans (slow on a large store), read from the graph's own triples:
 * <ul>
 * <li>a claim's content span {@code nif:subString} each mention that lies inside it
 * ({@code content.begin <= mention.begin && mention.end <= content.end});</li>
 * <li>the claim {@code schema:mentions} the entity of each such mention;</li>
 * <li>a sentence's {@code nif:anchorOf}: its text, cut from the document's {@code nif:isString}
 * at its code-point offsets.</li>
 * </ul>
 * Derived only from the graph itself, so a graph with them is a function of the graph without.
 */
public final class SpanLinks {

    private static final Node MENTIONS = NodeFactory.createURI(SCHEMA.NS + "mentions");
    /** NIF 2.0's link from a string to a string it contains. */
    private static final Node SUB_STRING = NodeFactory.createURI(NIF.NS + "subString");

    private SpanLinks() {
    }

    /** {@code schema:mentions}: a claim mentions an entity (one of its mentions lies in the claim's content). */
    public static Node mentions() {
        return MENTIONS;
    }

    /** {@code nif:subString}: a content span contains a mention. */
    public static Node subString() {
        return SUB_STRING;
    }

    private record Mention(Node node, int begin, int end, Node entity) {
    }

    /** Adds the links to {@code g}, the graph of one document. */
    public static void addTo(Graph g) {
        List<Mention> mentions = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY).toList()) {
            Integer b = index(g, t.getSubject(), NIF.beginIndex.asNode());
            Integer e = index(g, t.getSubject(), NIF.endIndex.asNode());
            if (b != null && e != null) {
                mentions.add(new Mention(t.getSubject(), b, e, t.getObject()));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        for (Triple t : g.find(Node.ANY, NG.contentSpan.asNode(), Node.ANY).toList()) {
            Node claim = t.getSubject();
            Node span = t.getObject();
            Integer cb = index(g, span, NIF.beginIndex.asNode());
            Integer ce = index(g, span, NIF.endIndex.asNode());
            if (cb == null || ce == null) {
                continue;
            }
            for (Mention m : mentions) {
                if (m.begin() > ce) {
                    break;
                }
                if (cb <= m.begin() && m.end() <= ce) {
                    g.add(Triple.create(span, SUB_STRING, m.node()));
                    g.add(Triple.create(claim, MENTIONS, m.entity()));
                }
            }
        }
        sentenceTexts(g);
    }

    private static void sentenceTexts(Graph g) {
        // the document's text and its length in code points, worked out once (not once per sentence)
        String str = null;
        int n = 0;
        boolean bmp = false;
        for (Node s : g.find(Node.ANY, RDF.type.asNode(), NIF.Sentence.asNode()).mapWith(Triple::getSubject).toList()) {
            Node doc = one(g, s, NIF.referenceContext.asNode());
            Node text = doc == null ? null : one(g, doc, NIF.isString.asNode());
            Integer b = index(g, s, NIF.beginIndex.asNode());
            Integer e = index(g, s, NIF.endIndex.asNode());
            if (text == null || !text.isLiteral() || b == null || e == null) {
                continue;
            }
            String lexical = text.getLiteralLexicalForm();
            if (!lexical.equals(str)) {
                str = lexical;
                n = str.codePointCount(0, str.length());
                bmp = n == str.length();
            }
            if (0 <= b && b <= e && e <= n) {
                // without surrogate pairs a code point offset is the char offset
                int from = bmp ? b : str.offsetByCodePoints(0, b);
                int to = bmp ? e : str.offsetByCodePoints(from, e - b);
                g.add(Triple.create(s, NIF.anchorOf.asNode(), NodeFactory.createLiteralString(str.substring(from, to))));
            }
        }
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Integer index(Graph g, Node s, Node p) {
        Node o = one(g, s, p);
        if (o == null || !o.isLiteral()) {
            return null;
        }
        try {
            return Integer.valueOf(o.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
