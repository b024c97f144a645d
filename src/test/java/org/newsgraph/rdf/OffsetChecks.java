package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;

/**
 * Checks every offset of a document's graph against its stored text, counting Unicode code points
 * as the contract does ({@code text.codePoints()}, Python's {@code str}): each node with
 * {@code nif:beginIndex}/{@code nif:endIndex} lies inside the text and its {@code #char=} IRI says
 * the same offsets; a mention's {@code nif:anchorOf} is the text between its offsets, as is a
 * claim's {@code ng:cue} between its cue span's, and its {@code schema:text} is its content spans'
 * text joined; a mention's {@code nif:sentence} holds it. Never uses Java's UTF-16 indices.
 */
public final class OffsetChecks {

    private OffsetChecks() {
    }

    /** What was checked. */
    public record Counts(int offsets, int anchors, int claims) { }

    public static Counts check(Graph g) {
        List<Triple> docs = g.find(Node.ANY, NIF.isString.asNode(), Node.ANY).toList();
        assertEquals(1, docs.size(), "one document per graph");
        Node doc = docs.get(0).getSubject();
        int[] text = docs.get(0).getObject().getLiteralLexicalForm().codePoints().toArray();
        String where = doc.getURI();
        assertEquals(0, integer(g, doc, NIF.beginIndex), where);
        assertEquals(text.length, integer(g, doc, NIF.endIndex), where + ": the document's nif:endIndex");

        int offsets = 0, anchors = 0, claims = 0;
        for (Triple t : g.find(Node.ANY, NIF.beginIndex.asNode(), Node.ANY).toList()) {
            Node n = t.getSubject();
            if (n.equals(doc)) {
                continue;
            }
            int[] s = span(g, n);
            assertTrue(0 <= s[0] && s[0] <= s[1] && s[1] <= text.length,
                    n + ": [" + s[0] + ", " + s[1] + ") is not inside a text of " + text.length + " code points");
            String iri = n.getURI();
            if (iri.contains("#char=")) {
                assertEquals(where + "#char=" + s[0] + "," + s[1], iri, "the IRI says other offsets than nif:beginIndex/endIndex");
            }
            offsets++;
            Node anchor = object(g, n, NIF.anchorOf);
            if (anchor != null) {
                assertEquals(sub(text, s), anchor.getLiteralLexicalForm(), n + ": nif:anchorOf");
                anchors++;
                Node sentence = object(g, n, NIF.sentence);
                if (sentence != null) {
                    int[] ss = span(g, sentence);
                    assertTrue(ss[0] <= s[0] && s[1] <= ss[1], n + " lies outside its nif:sentence " + sentence);
                }
            }
        }
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), NG.Claim.asNode()).toList()) {
            Node c = t.getSubject();
            List<int[]> parts = new ArrayList<>();
            g.find(c, NG.contentSpan.asNode(), Node.ANY).forEachRemaining(x -> parts.add(span(g, x.getObject())));
            parts.sort(Comparator.comparingInt((int[] x) -> x[0]));
            StringBuilder content = new StringBuilder();
            for (int[] p : parts) {
                if (content.length() > 0) {
                    content.append(" … ");
                }
                content.append(sub(text, p));
            }
            Node said = object(g, c, SCHEMA.text);
            assertEquals(content.toString(), said == null ? null : said.getLiteralLexicalForm(), c + ": schema:text");
            Node cueSpan = object(g, c, NG.cueSpan);
            if (cueSpan != null) {
                assertEquals(sub(text, span(g, cueSpan)), object(g, c, NG.cue).getLiteralLexicalForm(), c + ": ng:cue");
            }
            claims++;
        }
        return new Counts(offsets, anchors, claims);
    }

    private static String sub(int[] cps, int[] s) {
        return new String(cps, s[0], s[1] - s[0]);
    }

    private static int[] span(Graph g, Node n) {
        return new int[] {integer(g, n, NIF.beginIndex), integer(g, n, NIF.endIndex)};
    }

    private static int integer(Graph g, Node n, Property p) {
        Node o = object(g, n, p);
        if (o == null) {
            fail(n + " has no " + p);
        }
        return Integer.parseInt(o.getLiteralLexicalForm());
    }

    private static Node object(Graph g, Node s, Property p) {
        List<Triple> l = g.find(s, p.asNode(), Node.ANY).toList();
        assertTrue(l.size() <= 1, s + " has " + l.size() + " values of " + p);
        return l.isEmpty() ? null : l.get(0).getObject();
    }
}
