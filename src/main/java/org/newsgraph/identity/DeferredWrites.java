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
 * indexes grew by a quarter of the store. The class takes {@link BufferingDatasetGraph}'s shape but keeps
 * named graphs' changes itself, by graph: Jena's scans every added quad at each find. Named graphs only.
 */
final class DeferredWrites extends BufferingDatasetGraph {

    private final DatasetGraph base;
    private final Map<Node, Set<Quad>> added = new HashMap<>();
    private final Set<Quad> deleted = new HashSet<>();

    DeferredWrites(DatasetGraph base) {
        super(base);
        this.base = base;
    }

    // the superclass's bookkeeping for named graphs (a change is kept only where the base differs), kept
    // here by graph and written by flush(): one lookup in the base for each change, not one for each class

    @Override
    protected void addToNamedGraph(Node g, Node s, Node p, Node o) {
        Quad q = Quad.create(g, s, p, o);
        if (!deleted.remove(q) && !base.contains(q)) {
            added.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(q);
        }
    }

    @Override
    protected void deleteFromNamedGraph(Node g, Node s, Node p, Node o) {
        Quad q = Quad.create(g, s, p, o);
        Set<Quad> in = added.get(g);
        if ((in == null || !in.remove(q)) && base.contains(q)) {
            deleted.add(q);
        }
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return g != null && g.isConcrete() && s.isConcrete() && p.isConcrete() && o.isConcrete()
                ? contains(Quad.create(g, s, p, o)) : find(g, s, p, o).hasNext();
    }

    @Override
    public boolean contains(Quad q) {
        Set<Quad> in = added.get(q.getGraph());
        return in != null && in.contains(q) || !deleted.contains(q) && base.contains(q);
    }

    /** Writes the gathered changes into the base (inside its write transaction), additions first. */
    @Override
    public void flush() {
        base.executeWrite(() -> {
            added.values().forEach(qs -> qs.forEach(base::add));
            deleted.forEach(base::delete);
        });
        added.clear();
        deleted.clear();
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
