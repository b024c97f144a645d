package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.names.EntityType;
import org.newsgraph.rdf.ITSRDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.store.GraphStore;

/**
 * Invented news texts with the entities an extractor gives their names, written as document graphs
 * in the shape DocumentGraphWriter writes (document, entities with type and label, mentions with
 * offsets, anchor and itsrdf:taIdentRef): the identity pass's input without the extractor's choices.
 */
final class Corpus {

    static final String DOC = Iris.BASE + "doc/";

    /** One document: its text, and for each name mention written in it (in order) the entity name the extractor gave. */
    static final class Doc {
        final String iri;
        final String text;
        final List<String[]> mentions = new ArrayList<>();

        Doc(String id, String text) {
            this.iri = DOC + id;
            this.text = text;
        }

        /** The next {@code anchor} in the text is a name mention of {@code entityName} (of {@code type}). */
        Doc m(String anchor, EntityType type, String entityName) {
            mentions.add(new String[] {anchor, type.name(), entityName});
            return this;
        }

        Doc p(String anchor, String entityName) {
            return m(anchor, EntityType.PERSON, entityName);
        }

        Doc p(String anchor) {
            return p(anchor, anchor);
        }

        Doc o(String anchor, String entityName) {
            return m(anchor, EntityType.ORGANIZATION, entityName);
        }

        Doc o(String anchor) {
            return o(anchor, anchor);
        }

        Graph graph() {
            Graph g = GraphFactory.createDefaultGraph();
            Node d = uri(iri);
            g.add(Triple.create(d, RDF.type.asNode(), NG.Document.asNode()));
            g.add(Triple.create(d, NIF.isString.asNode(), NodeFactory.createLiteralString(text)));
            int from = 0;
            for (String[] m : mentions) {
                int b = text.indexOf(m[0], from);
                if (b < 0) {
                    throw new IllegalArgumentException("'" + m[0] + "' is not in the text after " + from + ": " + text);
                }
                from = b + m[0].length();
                EntityType t = EntityType.valueOf(m[1]);
                Node e = uri(Iris.entity(t, m[2]));
                g.add(Triple.create(e, RDF.type.asNode(), Namespaces.classOf(t).asNode()));
                if (!g.contains(e, RDFS.label.asNode(), Node.ANY)) {
                    g.add(Triple.create(e, RDFS.label.asNode(), NodeFactory.createLiteralString(m[2])));
                }
                Node mn = uri(iri + "#char=" + b + "," + from);
                g.add(Triple.create(mn, RDF.type.asNode(), NIF.Phrase.asNode()));
                g.add(Triple.create(mn, NIF.referenceContext.asNode(), d));
                g.add(Triple.create(mn, NIF.beginIndex.asNode(), nonNeg(b)));
                g.add(Triple.create(mn, NIF.endIndex.asNode(), nonNeg(from)));
                g.add(Triple.create(mn, NIF.anchorOf.asNode(), NodeFactory.createLiteralString(m[0])));
                g.add(Triple.create(mn, ITSRDF.taIdentRef.asNode(), e));
            }
            return g;
        }

        void load(GraphStore gs) {
            gs.replaceGraph(uri(iri), graph());
        }
    }

    private Corpus() {
    }

    static Doc doc(String id, String text) {
        return new Doc(id, text);
    }

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node nonNeg(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }
}
