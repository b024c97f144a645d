package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The order-free digest a document's graph carries in the store. */
class TestGraphDigest {

    private static final Node P = NodeFactory.createURI("http://example.org/p");

    private static List<Triple> triples(int n) {
        List<Triple> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Triple.create(NodeFactory.createURI("http://example.org/s" + i), P,
                    NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
        }
        return out;
    }

    private static Graph graph(List<Triple> ts) {
        Graph g = GraphFactory.createDefaultGraph();
        ts.forEach(g::add);
        return g;
    }

    @Test
    void theSameTriplesInAnyOrderHaveOneDigest() {
        List<Triple> ts = triples(200);
        String d = GraphDigest.of(graph(ts));
        Collections.shuffle(ts, new java.util.Random(7));
        assertEquals(d, GraphDigest.of(graph(ts)));
    }

    @Test
    void oneTermChangedChangesIt() {
        List<Triple> ts = triples(200);
        String d = GraphDigest.of(graph(ts));
        List<Triple> other = new ArrayList<>(ts);
        other.set(5, Triple.create(other.get(5).getSubject(), P, NodeFactory.createLiteralString("5")));
        assertNotEquals(d, GraphDigest.of(graph(other)), "the same lexical form with another datatype");
        other = new ArrayList<>(ts);
        other.set(5, Triple.create(other.get(5).getSubject(), P, NodeFactory.createLiteralLang("5", "en")));
        assertNotEquals(d, GraphDigest.of(graph(other)), "a language tag");
        other = new ArrayList<>(ts);
        other.remove(199);
        assertNotEquals(d, GraphDigest.of(graph(other)), "a triple less");
        // two triples' objects swapped: the same terms, other triples
        other = new ArrayList<>(ts);
        other.set(0, Triple.create(ts.get(0).getSubject(), P, ts.get(1).getObject()));
        other.set(1, Triple.create(ts.get(1).getSubject(), P, ts.get(0).getObject()));
        assertNotEquals(d, GraphDigest.of(graph(other)), "terms swapped between triples");
    }

    @Test
    void aGraphWithBlankNodesHasNone() {
        List<Triple> ts = triples(3);
        ts.add(Triple.create(NodeFactory.createBlankNode(), P, NodeFactory.createLiteralString("x")));
        assertNull(GraphDigest.of(graph(ts)));
    }
}
