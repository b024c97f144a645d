package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.TxnType;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.NewsGraphException;
import org.newsgraph.rdf.Literals;

/**
 * Writes document graphs into a {@link GraphStore}, many documents per write transaction: the
 * transaction is committed once it holds {@code maxDocuments} documents or {@code maxQuads} quads,
 * so TDB2 copies each index block once per batch instead of once per document (per-document
 * transactions left the store at 15 times the size of its data). Each document is written into the
 * open transaction as it arrives, so a batch is never held in memory.
 * <p>
 * Each document graph is stored whole or not at all, and replaces what the store holds for the same
 * document: the graph of the same name (same bytes), and the graph of any other document with the
 * same {@code dcterms:identifier} (an edited file), in the same transaction. A graph that the store
 * already holds with exactly the same triples is not written again, so building the same input twice
 * changes nothing.
 * <p>
 * A graph that TDB2 could not store (a triple that is no RDF triple) is refused before it reaches the
 * transaction and reported to {@code onFailure}. A fault of the store itself (a full disk, an I/O
 * error) aborts the open batch and stops the writer with a {@link StoreFaultException}: the store is
 * as it was before that batch.
 */
final class BatchWriter {

    /** The store could not take the batch in hand (disk full, I/O error); it was rolled back. */
    static final class StoreFaultException extends NewsGraphException {
        private static final long serialVersionUID = 1L;

        StoreFaultException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the writer did so far: documents (graphs with an identifier) and their quads. */
    static final class Counts {
        int written;
        int unchanged;
        int replaced;
        /** Graphs written or deleted (documents or not). */
        int changes;
        long quads;
        int transactions;

        void add(Counts c) {
            written += c.written;
            unchanged += c.unchanged;
            replaced += c.replaced;
            changes += c.changes;
            quads += c.quads;
        }
    }

    private static final Node DIGEST = org.newsgraph.rdf.NG.extractionDigest.asNode();

    private final GraphStore store;
    private final DatasetGraph dsg;
    private final int maxDocuments;
    private final long maxQuads;
    private final Consumer<String> onFailure;
    private final Counts counts = new Counts();
    private Counts batch;
    private int batchDocuments;
    private long batchQuads;
    private String batchFirst;
    private final Node staleOnChange;
    private boolean staleDropped;

    BatchWriter(GraphStore store, int maxDocuments, long maxQuads, Consumer<String> onFailure) {
        this(store, maxDocuments, maxQuads, onFailure, null);
    }

    /**
     * @param staleOnChange a graph derived from the documents (the corpus summary), dropped in the
     *        transaction of the run's first change so that the store never holds it stale (null: none)
     */
    BatchWriter(GraphStore store, int maxDocuments, long maxQuads, Consumer<String> onFailure, String staleOnChange) {
        if (maxDocuments < 1 || maxQuads < 1) {
            throw new IllegalArgumentException("Batch limits must be at least 1: " + maxDocuments + ", " + maxQuads);
        }
        this.store = store;
        this.dsg = store.dataset();
        this.maxDocuments = maxDocuments;
        this.maxQuads = maxQuads;
        this.onFailure = onFailure;
        this.staleOnChange = staleOnChange == null ? null : NodeFactory.createURI(staleOnChange);
    }

    /** What was committed so far. */
    Counts counts() {
        return counts;
    }

    /** Writes one graph into the open batch (opening one if needed); commits the batch when it is full. */
    void put(DocumentGraph d) {
        String bad = check(d);
        if (bad != null) {
            onFailure.accept(d.source() + ": cannot store: " + bad);
            return;
        }
        if (batch == null) {
            guard(() -> dsg.begin(TxnType.WRITE));
            batch = new Counts();
            batchDocuments = 0;
            batchQuads = 0;
            batchFirst = null;
        }
        if (batchFirst == null && d.identifier() != null) {
            batchFirst = d.source();
        }
        guard(() -> write(d, batch));
        batchDocuments++;
        batchQuads += d.size();
        if (batchDocuments >= maxDocuments || batchQuads >= maxQuads) {
            flush();
        }
    }

    /** Whether a batch is open and none was committed before it: the run so far is one transaction. */
    boolean onlyBatchOpen() {
        return batch != null && counts.transactions == 0;
    }

    /** What the open batch holds so far (all zero when none is open). */
    Counts pending() {
        return batch == null ? new Counts() : batch;
    }

    /**
     * Runs {@code step} inside the open batch, before its commit (a step over the whole store that then
     * changes no committed version); a fault aborts the batch, as a fault while writing does.
     */
    void inOpenBatch(Runnable step) {
        if (batch == null) {
            throw new IllegalStateException("No batch open in " + store.location());
        }
        guard(step);
    }

    /** Commits the open batch, if any. */
    void flush() {
        if (batch == null) {
            return;
        }
        guard(dsg::commit);
        dsg.end();
        counts.add(batch);
        counts.transactions++;
        batch = null;
    }

    /** Rolls back the open batch, if any (a build that stops half-way). */
    void abort() {
        if (batch == null) {
            return;
        }
        batch = null;
        staleDropped = false; // rolled back with the batch
        try {
            dsg.abort();
        } catch (RuntimeException | Error e) {
            // the store stays as it was before the batch: TDB2 has not committed it
        }
        try {
            dsg.end();
        } catch (RuntimeException | Error e) {
            // as above
        }
    }

    /** Runs a step of the open batch; a fault aborts the batch and becomes one line. */
    private void guard(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            String first = batchFirst;
            abort();
            String what = first == null ? "" : " (the documents from " + first + " on are not stored)";
            if (StoreFault.isDiskFull(e, store.location())) {
                throw new StoreFaultException("disk full at " + store.location()
                        + ": the store was left as it was before this batch" + what, e);
            }
            throw new StoreFaultException(store.location() + ": cannot write to the store (" + e
                    + "): the store was left as it was before this batch" + what, e);
        }
    }

    /** Why TDB2 could not store {@code d}'s triples, or null when it can. */
    private static String check(DocumentGraph d) {
        if (!d.name().isURI()) {
            return "graph name is no IRI: " + d.name();
        }
        var it = d.graph().find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (!t.isConcrete() || t.getSubject().isLiteral() || !t.getPredicate().isURI()) {
                    return "not an RDF triple: " + t;
                }
            }
        } finally {
            it.close();
        }
        return null;
    }

    /** Inside the write transaction: replaces what the store holds for this document by {@code d}. */
    private void write(DocumentGraph d, Counts c) {
        Node name = d.name();
        if (d.identifier() != null) {
            for (Node other : documentsIdentifiedAs(d.identifier())) {
                if (!other.equals(name)) {
                    changing();
                    dsg.deleteAny(other, Node.ANY, Node.ANY, Node.ANY);
                    c.replaced++;
                }
            }
        }
        if (d.identifier() != null && holdsEarlierCopy(name, d.identifier())) {
            // the same bytes under another file name: one graph, kept under the first name in sort order,
            // so that building again writes nothing whatever order the two files come in
            c.unchanged++;
            return;
        }
        // a document's graph carries the digest of its triples as extracted: the corpus passes rewrite the
        // stored graph (merged entities, labels), and the same extraction must still count as unchanged
        String digest = d.identifier() == null ? null : GraphDigest.of(d.graph());
        if (dsg.containsGraph(name)) {
            Node stored = first(name, name, DIGEST);
            boolean same = stored != null ? digest != null && stored.getLiteralLexicalForm().equals(digest)
                    : holdsExactly(name, d);
            if (same) {
                c.unchanged += d.identifier() == null ? 0 : 1;
                return;
            }
            changing();
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        }
        changing();
        // decimals go in canonical form: TDB2 could find (and so delete) no other (see Literals)
        d.graph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), Literals.canonical(t.getObject())));
        if (digest != null) {
            dsg.add(name, name, DIGEST, NodeFactory.createLiteralString(digest));
            c.quads++;
        }
        c.changes++;
        if (d.identifier() != null) {
            c.written++;
            c.quads += d.size();
        }
    }

    /** Inside the write transaction, before its first change of the run: drops the graph that goes stale. */
    private void changing() {
        if (staleOnChange != null && !staleDropped) {
            dsg.deleteAny(staleOnChange, Node.ANY, Node.ANY, Node.ANY);
            staleDropped = true;
        }
    }

    /** Whether graph {@code name} holds the same bytes as another file whose identifier sorts before {@code identifier}. */
    private boolean holdsEarlierCopy(Node name, String identifier) {
        Node stored = first(name, name, DCTerms.identifier.asNode());
        return stored != null && stored.isLiteral() && stored.getLiteralLexicalForm().compareTo(identifier) < 0;
    }

    private Node first(Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
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
        if (hasBlankNodes(d.graph())) {
            // the ontology graph (owl:unionOf lists): blank nodes get new labels in the store
            return dsg.getGraph(name).size() == d.size() && dsg.getGraph(name).isIsomorphicWith(d.graph());
        }
        long n = 0;
        var it = dsg.find(name, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (++n > d.size() || !holds(d.graph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                    return false;
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return n == d.size();
    }

    /**
     * Whether {@code g} holds the stored triple; a literal by value, since TDB2 keeps some values
     * (decimals, dates) in a canonical form ("0.80" comes back as "0.8").
     */
    private static boolean holds(org.apache.jena.graph.Graph g, Node s, Node p, Node o) {
        if (g.contains(s, p, o)) {
            return true;
        }
        if (!o.isLiteral()) {
            return false;
        }
        var it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                if (it.next().getObject().sameValueAs(o)) {
                    return true;
                }
            }
        } finally {
            it.close();
        }
        return false;
    }

    private static boolean hasBlankNodes(org.apache.jena.graph.Graph g) {
        var it = g.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                    return true;
                }
            }
        } finally {
            it.close();
        }
        return false;
    }
}
