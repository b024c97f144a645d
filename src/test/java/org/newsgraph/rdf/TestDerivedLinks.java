package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** SpanLinks and DocumentCounts on a document graph written for the test. */
class TestDerivedLinks {

    static final String DOC = "https://w3id.org/newsgraph/doc/t";
    // "😀" is one code point and two UTF-16 units: offsets after it count code points
    static final String TEXT = "😀 Ann Lee said the mayor, Bob Day, would resign. Sources said Bob Day lied.";

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node span(Graph g, int b, int e, org.apache.jena.rdf.model.Resource type) {
        Node n = uri(DOC + "#char=" + b + "," + e);
        g.add(Triple.create(n, RDF.type.asNode(), type.asNode()));
        g.add(Triple.create(n, NIF.referenceContext.asNode(), uri(DOC)));
        g.add(Triple.create(n, NIF.beginIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(b), XSDDatatype.XSDnonNegativeInteger)));
        g.add(Triple.create(n, NIF.endIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(e), XSDDatatype.XSDnonNegativeInteger)));
        return n;
    }

    private static int cp(String s) {
        return TEXT.codePointCount(0, TEXT.indexOf(s));
    }

    private static Node mention(Graph g, String words, int nth, String entity) {
        int at = TEXT.indexOf(words);
        for (int i = 0; i < nth; i++) {
            at = TEXT.indexOf(words, at + 1);
        }
        int b = TEXT.codePointCount(0, at);
        Node m = span(g, b, b + words.length(), NIF.Phrase);
        g.add(Triple.create(m, ITSRDF.taIdentRef.asNode(), uri(entity)));
        return m;
    }

    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = uri(DOC);
        g.add(Triple.create(doc, RDF.type.asNode(), NG.Document.asNode()));
        g.add(Triple.create(doc, NIF.isString.asNode(), NodeFactory.createLiteralString(TEXT)));
        span(g, cp("Ann"), cp(" Sources"), NIF.Sentence);
        mention(g, "Ann Lee", 0, "urn:ann");
        mention(g, "Bob Day", 0, "urn:bob");
        Node bob2 = mention(g, "Bob Day", 1, "urn:bob");
        // claim 1: "the mayor, Bob Day, would resign" by Ann; claim 2: "Bob Day lie" (ends inside "lied") by unnamed sources
        Node c1 = uri(DOC + "#claim=1");
        g.add(Triple.create(c1, RDF.type.asNode(), NG.Claim.asNode()));
        g.add(Triple.create(c1, PROV.wasDerivedFrom.asNode(), doc));
        g.add(Triple.create(c1, SCHEMA.text.asNode(), NodeFactory.createLiteralString("the mayor, Bob Day, would resign")));
        g.add(Triple.create(c1, PROV.wasAttributedTo.asNode(), uri("urn:ann")));
        g.add(Triple.create(c1, NG.contentSpan.asNode(), span(g, cp("the mayor"), cp("."), NIF.String)));
        Node c2 = uri(DOC + "#claim=2");
        g.add(Triple.create(c2, RDF.type.asNode(), NG.Claim.asNode()));
        g.add(Triple.create(c2, PROV.wasDerivedFrom.asNode(), doc));
        g.add(Triple.create(c2, SCHEMA.text.asNode(), NodeFactory.createLiteralString("...")));
        Node u = uri(DOC + "/source/sources");
        g.add(Triple.create(u, RDF.type.asNode(), NG.UnnamedSource.asNode()));
        g.add(Triple.create(c2, PROV.wasAttributedTo.asNode(), u));
        // the content stops one code point before the end of the second "Bob Day": no link
        int b2 = Integer.parseInt(g.find(bob2, NIF.beginIndex.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        g.add(Triple.create(c2, NG.contentSpan.asNode(), span(g, b2, b2 + 6, NIF.String)));
        return g;
    }

    @Test
    void aClaimMentionsTheEntitiesInsideItsContentAndNoOther() {
        Graph g = graph();
        SpanLinks.addTo(g);
        Node c1 = uri(DOC + "#claim=1"), c2 = uri(DOC + "#claim=2");
        assertEquals(1, g.find(c1, SpanLinks.mentions(), Node.ANY).toList().size());
        assertTrue(g.contains(c1, SpanLinks.mentions(), uri("urn:bob")));
        assertFalse(g.contains(c1, SpanLinks.mentions(), uri("urn:ann")), "the source is outside the content");
        assertFalse(g.find(c2, SpanLinks.mentions(), Node.ANY).hasNext(), "a mention that sticks out is not inside");
        assertEquals(1, g.find(Node.ANY, SpanLinks.subString(), Node.ANY).toList().size());
    }

    @Test
    void aSentenceCarriesItsTextCutAtCodePoints() {
        Graph g = graph();
        SpanLinks.addTo(g);
        Node s = g.find(Node.ANY, RDF.type.asNode(), NIF.Sentence.asNode()).next().getSubject();
        assertEquals("Ann Lee said the mayor, Bob Day, would resign.",
                g.find(s, NIF.anchorOf.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void theDocumentCountsItsClaimsUnnamedClaimsAndMentions() {
        Graph g = graph();
        DocumentCounts.addTo(g);
        Node doc = uri(DOC);
        assertEquals("2", g.find(doc, NG.numberOfClaims.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("1", g.find(doc, NG.numberOfUnnamedClaims.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("3", g.find(doc, NG.numberOfMentions.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("themayorbobdaywouldresign",
                g.find(uri(DOC + "#claim=1"), NG.contentKey.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertFalse(g.find(uri(DOC + "#claim=2"), NG.contentKey.asNode(), Node.ANY).hasNext(), "no letter or digit, no key");
    }
}
