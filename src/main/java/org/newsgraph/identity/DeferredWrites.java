package org.newsgraph.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Match;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.buffering.BufferingDatasetGraph;

/**
 * A view of a store inside its write transaction that gathers the pass's changes and writes them at
 * {@link #flush()}, additions before deletions; reads see the changes made so far. Written to TDB2 as
 * they are decided, the identity pass's many small delete-and-add steps in a document's graph made it
 * merge and split the same index blocks again and again, and every freed block is lost: the graph-first
 * indexes grew by a quarter of the store. Jena's {@link BufferingDatasetGraph} keeps the changes; this
 * class adds an index by graph for reading them back, where Jena scans every added quad at each find.
 */
final class DeferredWrites extends BufferingDatasetGraph {

    private final DatasetGraph base;
    private final Map<Node, Set<Quad>> added = new HashMap<>();
    private final Set<Quad> deleted = new HashSet<>();

    DeferredWrites(DatasetGraph base) {
        super(base);
        this.base = base;
    }

    // the same bookkeeping as the superclass (it keeps a change only where the base differs), by graph

    @Override
    protected void addToNamedGraph(Node g, Node s, Node p, Node o) {
        super.addToNamedGraph(g, s, p, o);
        Quad q = Quad.create(g, s, p, o);
        deleted.remove(q);
        if (!base.contains(q)) {
            added.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(q);
        }
    }

    @Override
    protected void deleteFromNamedGraph(Node g, Node s, Node p, Node o) {
        super.deleteFromNamedGraph(g, s, p, o);
        Quad q = Quad.create(g, s, p, o);
        Set<Quad> in = added.get(g);
        if (in != null) {
            in.remove(q);
        }
        if (base.contains(q)) {
            deleted.add(q);
        }
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        Set<Quad> in = added.getOrDefault(g, Set.of());
        return Iter.iter(base.find(g, s, p, o)).filter(q -> !deleted.contains(q))
                .append(Iter.iter(in.iterator()).filter(q -> Match.match(q, g, s, p, o)));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return Iter.iter(base.find(Node.ANY, s, p, o)).filter(q -> !deleted.contains(q))
                .append(Iter.iter(added.values().iterator()).flatMap(Set::iterator).filter(q -> Match.match(q, Node.ANY, s, p, o)));
    }
}
