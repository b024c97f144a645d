package org.newsgraph.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** The identity pass's gathered writes: read back before they reach the store, written whole at flush. */
class TestDeferredWrites {

    @TempDir
    Path tmp;

    private static Node iri(String s) {
        return NodeFactory.createURI("http://example.org/" + s);
    }

    @Test
    void readsSeeTheChangesAndTheStoreGetsThemOnlyAtFlush() {
        Node g = iri("g"), h = iri("h"), p = iri("p");
        try (GraphStore gs = GraphStore.open(tmp.resolve("s"))) {
            var dsg = gs.dataset();
            Txn.executeWrite(dsg, () -> {
                dsg.add(g, iri("a"), p, iri("x"));
                dsg.add(g, iri("b"), p, iri("x"));
                dsg.add(h, iri("c"), p, iri("x"));
            });
            Txn.executeWrite(dsg, () -> {
                DeferredWrites w = new DeferredWrites(dsg);
                w.delete(g, iri("a"), p, iri("x"));
                w.add(g, iri("a"), p, iri("y"));
                w.add(g, iri("b"), p, iri("x")); // already there: no change
                w.add(h, iri("d"), p, iri("x"));
                w.delete(h, iri("d"), p, iri("x")); // added, then deleted: no change
                assertEquals(Set.of("b x", "a y"), objects(w.find(g, Node.ANY, p, Node.ANY)));
                assertEquals(Set.of("b x", "c x"), objects(w.find(Node.ANY, Node.ANY, p, iri("x"))));
                assertTrue(w.contains(g, iri("a"), p, iri("y")));
                assertFalse(w.contains(g, iri("a"), p, iri("x")));
                assertTrue(dsg.contains(g, iri("a"), p, iri("x")), "not yet in the store");
                w.flush();
            });
            Txn.executeRead(dsg, () -> {
                assertEquals(Set.of("b x", "a y"), objects(dsg.find(g, Node.ANY, p, Node.ANY)));
                assertEquals(List.of(iri("c")), Iter.toList(dsg.find(h, Node.ANY, p, Node.ANY)).stream().map(Quad::getSubject).toList());
            });
        }
    }

    private static Set<String> objects(java.util.Iterator<Quad> it) {
        return Iter.toList(it).stream().map(q -> q.getSubject().getLocalName() + " " + q.getObject().getLocalName())
                .collect(Collectors.toSet());
    }
}
