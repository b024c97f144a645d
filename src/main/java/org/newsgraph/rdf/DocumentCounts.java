package org.newsgraph.rdf;

import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Materialises in a document's graph the figures that catalogue queries would otherwise count
 * over the whole store at every call, read from the graph's own triples: on the document
 * {@code ng:numberOfClaims}, {@code ng:numberOfUnnamedClaims} and {@code ng:numberOfMentions}; on each
 * claim its {@code ng:contentKey} (the content in lower case with only its letters and digits,
 * what {@code corroborated-claims} compares).
 */
public final class DocumentCounts {

    private DocumentCounts() {
    }

    /** The content key of a claim's text: lower case, letters and digits only (empty when it has none). */
    public static String contentKey(String content) {
        return content.replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT);
    }

    /** Adds the figures to {@code g}, the graph of one document. */
    public static void addTo(Graph g) {
        Node type = RDF.type.asNode();
        for (Node doc : g.find(Node.ANY, type, NG.Document.asNode()).mapWith(Triple::getSubject).toList()) {
            int claims = 0, unnamed = 0, mentions = 0;
            for (Node c : g.find(Node.ANY, PROV.wasDerivedFrom.asNode(), doc).mapWith(Triple::getSubject).toList()) {
                if (!g.contains(c, type, NG.Claim.asNode())) {
                    continue;
                }
                claims++;
                if (g.find(c, PROV.wasAttributedTo.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> g.contains(t.getObject(), type, NG.UnnamedSource.asNode()))) {
                    unnamed++;
                }
                for (Triple t : g.find(c, SCHEMA.text.asNode(), Node.ANY).toList()) {
                    String key = t.getObject().isLiteral() ? contentKey(t.getObject().getLiteralLexicalForm()) : "";
                    if (!key.isEmpty()) {
                        g.add(Triple.create(c, NG.contentKey.asNode(), NodeFactory.createLiteralString(key)));
                    }
                }
            }
            for (Node m : g.find(Node.ANY, NIF.referenceContext.asNode(), doc).mapWith(Triple::getSubject).toList()) {
                if (g.contains(m, ITSRDF.taIdentRef.asNode(), Node.ANY)) {
                    mentions++;
                }
            }
            g.add(Triple.create(doc, NG.numberOfClaims.asNode(), count(claims)));
            g.add(Triple.create(doc, NG.numberOfUnnamedClaims.asNode(), count(unnamed)));
            g.add(Triple.create(doc, NG.numberOfMentions.asNode(), count(mentions)));
        }
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
