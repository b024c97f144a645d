package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.ITSRDF;
import org.newsgraph.rdf.NG;

/**
 * Applies the pass's decisions to document graphs, inside the caller's write transaction. A mention
 * whose entity changes gets the new entity in {@code itsrdf:taIdentRef} and keeps the extractor's
 * in {@code ng:extractedEntity} (dropped again when it points back there), so the extractor's view
 * of every document stays readable and a later run can move a mention back. An entity left without
 * mentions in a document is renamed there (its type, labels, roles, claims and metadata follow it).
 */
final class Rewriter {

    private static final Node TA = ITSRDF.taIdentRef.asNode();
    private static final Node EXTRACTED = NG.extractedEntity.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();

    private Rewriter() {
    }

    /** Moves the mentions of document {@code doc}; {@code target} gives (doc, extractor's entity) → entity. Returns moved mentions. */
    static int rewrite(DatasetGraph dsg, String doc, BinaryOperator<String> target) {
        Node g = NodeFactory.createURI(doc);
        Map<Node, Map<Node, Integer>> flows = new LinkedHashMap<>();
        Map<Node, Integer> after = new HashMap<>();
        int moved = 0;
        for (Quad q : Iter.toList(dsg.find(g, Node.ANY, TA, Node.ANY))) {
            Node m = q.getSubject();
            Node e = q.getObject();
            if (!e.isURI()) {
                continue;
            }
            Node x = first(dsg, g, m, EXTRACTED);
            Node o = x != null ? x : e;
            Node t = NodeFactory.createURI(target.apply(doc, o.getURI()));
            flows.computeIfAbsent(e, k -> new HashMap<>()).merge(t, 1, Integer::sum);
            after.merge(t, 1, Integer::sum);
            if (!t.equals(e)) {
                dsg.delete(g, m, TA, e);
                dsg.add(g, m, TA, t);
                moved++;
            }
            if (t.equals(o)) {
                if (x != null) {
                    dsg.delete(g, m, EXTRACTED, x);
                }
            } else if (x == null) {
                dsg.add(g, m, EXTRACTED, o);
            }
        }
        Map<Node, List<Node>> types = new HashMap<>();
        for (Node e : flows.keySet()) {
            types.put(e, Iter.toList(dsg.find(g, e, TYPE, Node.ANY)).stream().map(Quad::getObject).toList());
        }
        for (Map.Entry<Node, Map<Node, Integer>> f : flows.entrySet()) {
            Node e = f.getKey();
            if (!after.containsKey(e)) {
                Node t = f.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                rename(dsg, g, e, t);
            }
        }
        for (Map.Entry<Node, Map<Node, Integer>> f : flows.entrySet()) {
            for (Node t : f.getValue().keySet()) {
                if (!dsg.contains(g, t, TYPE, Node.ANY)) {
                    types.getOrDefault(f.getKey(), List.of()).forEach(c -> dsg.add(g, t, TYPE, c));
                }
            }
        }
        return moved;
    }

    /** Every triple of graph g with {@code from} as subject or object (but ng:extractedEntity's object) gets {@code to}. */
    private static void rename(DatasetGraph dsg, Node g, Node from, Node to) {
        for (Quad q : Iter.toList(dsg.find(g, from, Node.ANY, Node.ANY))) {
            dsg.delete(q);
            if (q.getPredicate().equals(LABEL) && dsg.contains(g, to, LABEL, Node.ANY)) {
                dsg.add(g, to, ALT, q.getObject());
            } else {
                dsg.add(g, to, q.getPredicate(), q.getObject());
            }
        }
        for (Quad q : Iter.toList(dsg.find(g, Node.ANY, Node.ANY, from))) {
            if (!q.getPredicate().equals(EXTRACTED)) {
                dsg.delete(q);
                dsg.add(g, q.getSubject(), q.getPredicate(), to);
            }
        }
    }

    /** Gives entity {@code e} of graph {@code doc} the one rdfs:label {@code label}; the others become skos:altLabel. */
    static boolean relabel(DatasetGraph dsg, String doc, String e, String label) {
        Node g = NodeFactory.createURI(doc);
        Node n = NodeFactory.createURI(e);
        Node want = NodeFactory.createLiteralString(label);
        List<Quad> have = Iter.toList(dsg.find(g, n, LABEL, Node.ANY));
        if (have.size() == 1 && have.get(0).getObject().equals(want)) {
            return false;
        }
        List<Node> old = new ArrayList<>();
        for (Quad q : have) {
            dsg.delete(q);
            if (!q.getObject().equals(want)) {
                old.add(q.getObject());
            }
        }
        dsg.add(g, n, LABEL, want);
        dsg.delete(g, n, ALT, want);
        old.forEach(l -> dsg.add(g, n, ALT, l));
        return true;
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }
}
