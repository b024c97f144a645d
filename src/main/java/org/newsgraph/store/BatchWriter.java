package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.NewsGraphException;

/**
 * Writes document graphs into a {@link GraphStore}, many documents per write transaction: a batch
 * is committed when it holds {@code maxDocuments} documents or {@code maxQuads} quads, so TDB2
 * copies each index block once per batch instead of once per document (per-document transactions
 * left the store at 15 times the size of its data).
 * <p>
 * Each document graph is stored whole or not at all, and replaces what the store holds for the same
 * document: the graph of the same name (same bytes), and the graph of any other document with the
 * same {@code dcterms:identifier} (an edited file), in the same transaction. A graph that the store
 * already holds with exactly the same triples is not written again, so building the same input twice
 * changes nothing.
 * <p>
 * A batch that fails for a reason other than a full disk is written again one document at a time,
 * so that only the document at fault is lost ({@code onFailure} hears of it). A full disk stops the
 * writer with a {@link DiskFullException}: the batch was rolled back, the store is as it was before it.
 */
final class BatchWriter {

    /** The disk under the store is full; the batch in hand was not written. */
    static final class DiskFullException extends NewsGraphException {
        DiskFullException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the writer did so far: documents (graphs with an identifier) and their quads. */
    static final class Counts {
        int written;
        int unchanged;
        int replaced;
        /** Graphs written (documents or not). */
        int changes;
        long quads;
        int transactions;
    }

    private final GraphStore store;
    private final DatasetGraph dsg;
    private final int maxDocuments;
    private final long maxQuads;
    private final Consumer<String> onFailure;
    private final List<DocumentGraph> batch = new ArrayList<>();
    private final Counts counts = new Counts();
    private long batchQuads;

    BatchWriter(GraphStore store, int maxDocuments, long maxQuads, Consumer<String> onFailure) {
        if (maxDocuments < 1 || maxQuads < 1) {
            throw new IllegalArgumentException("Batch limits must be at least 1: " + maxDocuments + ", " + maxQuads);
        }
        this.store = store;
        this.dsg = store.dataset();
        this.maxDocuments = maxDocuments;
        this.maxQuads = maxQuads;
        this.onFailure = onFailure;
    }

    Counts counts() {
        return counts;
    }

    /** Queues one graph; commits the batch when it is full. */
    void put(DocumentGraph d) {
        batch.add(d);
        batchQuads += d.size();
        if (batch.size() >= maxDocuments || batchQuads >= maxQuads) {
            flush();
        }
    }

    /** Commits what is queued. */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<DocumentGraph> todo = List.copyOf(batch);
        batch.clear();
        batchQuads = 0;
        try {
            commit(todo);
        } catch (DiskFullException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (todo.size() == 1) {
                onFailure.accept(todo.get(0).source() + ": cannot store: " + describe(e));
                return;
            }
            // find the document at fault: the others are written on their own
            for (DocumentGraph d : todo) {
                try {
                    commit(List.of(d));
                } catch (DiskFullException f) {
                    throw f;
                } catch (RuntimeException | Error f) {
                    onFailure.accept(d.source() + ": cannot store: " + describe(f));
                }
            }
        }
    }

    private void commit(List<DocumentGraph> docs) {
        Counts c = new Counts();
        try {
            Txn.executeWrite(dsg, () -> docs.forEach(d -> write(d, c)));
        } catch (RuntimeException | Error e) {
            if (StoreFault.isDiskFull(e, store.location())) {
                throw new DiskFullException("disk full at " + store.location()
                        + ": the store was left as it was before this batch (" + docs.size() + " document"
                        + (docs.size() == 1 ? "" : "s") + " from " + docs.get(0).source() + " on not stored)", e);
            }
            throw e;
        }
        counts.written += c.written;
        counts.unchanged += c.unchanged;
        counts.replaced += c.replaced;
        counts.changes += c.changes;
        counts.quads += c.quads;
        counts.transactions++;
    }

    /** Inside the write transaction: replaces what the store holds for this document by {@code d}. */
    private void write(DocumentGraph d, Counts c) {
        Node name = d.name();
        if (d.identifier() != null) {
            for (Node other : documentsIdentifiedAs(d.identifier())) {
                if (!other.equals(name)) {
                    dsg.deleteAny(other, Node.ANY, Node.ANY, Node.ANY);
                    c.replaced++;
                }
            }
        }
        if (dsg.containsGraph(name)) {
            if (holdsExactly(name, d)) {
                c.unchanged += d.identifier() == null ? 0 : 1;
                return;
            }
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        }
        d.graph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        c.changes++;
        if (d.identifier() != null) {
            c.written++;
            c.quads += d.size();
        }
    }

    /** The graphs of the documents that carry {@code identifier} (the document node names its graph). */
    private List<Node> documentsIdentifiedAs(String identifier) {
        List<Node> out = new ArrayList<>();
        var it = dsg.find(Node.ANY, Node.ANY, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(identifier));
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(q.getSubject()) && !out.contains(q.getGraph())) {
                    out.add(q.getGraph());
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return out;
    }

    private boolean holdsExactly(Node name, DocumentGraph d) {
        long n = 0;
        var it = dsg.find(name, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (++n > d.size() || !d.graph().contains(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()))) {
                    return false;
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return n == d.size();
    }

    private static String describe(Throwable e) {
        return e instanceof NewsGraphException ? e.getMessage() : String.valueOf(e);
    }
}
