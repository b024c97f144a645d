package org.newsgraph.store;

import java.util.function.Consumer;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;

/**
 * The TDB2 store as a {@link GraphSink}: graphs go in batches of many documents per write
 * transaction ({@link BatchWriter}); a run that changed the store may run a step over the whole
 * store (the corpus identity pass) and ends with a compaction, so that the store is the size of its
 * data. A fresh store whose documents fit in one transaction takes the step in that transaction and
 * needs no compaction. A full disk stops the run with the store as it was before the batch in hand.
 */
public final class TdbSink implements GraphSink {

    private final GraphStore store;
    private final int batchDocuments;
    private final long batchQuads;
    private final boolean compact;
    private final Consumer<GraphStore> afterWrite;
    private final String afterWriteResult;
    private BatchWriter writer;
    private boolean fresh;

    /**
     * @param afterWrite a step over the whole store after a run that changed it, before the compaction (null: none)
     */
    public TdbSink(GraphStore store, int batchDocuments, long batchQuads, boolean compact, Consumer<GraphStore> afterWrite) {
        this(store, batchDocuments, batchQuads, compact, afterWrite, null);
    }

    /**
     * @param afterWriteResult the graph that {@code afterWrite} writes last (null: none). The run's
     *        first change drops it, and a run that finds the store without it runs the step even when
     *        nothing changed: a run killed after its documents and before the step's end is completed
     *        by the next one.
     */
    public TdbSink(GraphStore store, int batchDocuments, long batchQuads, boolean compact, Consumer<GraphStore> afterWrite,
            String afterWriteResult) {
        if (batchDocuments < 1 || batchQuads < 1) {
            throw new IllegalArgumentException("Batch limits must be at least 1: " + batchDocuments + ", " + batchQuads);
        }
        this.store = store;
        this.batchDocuments = batchDocuments;
        this.batchQuads = batchQuads;
        this.compact = compact;
        this.afterWrite = afterWrite;
        this.afterWriteResult = afterWrite == null ? null : afterWriteResult;
    }

    /** Batches of {@link Loader#BATCH_DOCUMENTS} documents, compaction at the end, no step over the store. */
    public TdbSink(GraphStore store) {
        this(store, Loader.BATCH_DOCUMENTS, Loader.BATCH_QUADS, true, null, null);
    }

    public GraphStore store() {
        return store;
    }

    @Override
    public void begin(Consumer<String> failed) {
        fresh = isEmpty(store);
        writer = new BatchWriter(store, batchDocuments, batchQuads, failed, afterWriteResult);
    }

    @Override
    public void put(DocumentGraph graph) {
        writer.put(graph);
    }

    @Override
    public Counts finish() {
        // A fresh store whose documents all went into one open transaction takes the step in that
        // transaction too: the step's rewrites then leave no dead versions, and nothing needs compacting.
        boolean stepInBatch = afterWrite != null && fresh && writer.onlyBatchOpen() && changed(writer.pending());
        double stepSeconds = stepInBatch ? seconds(() -> writer.inOpenBatch(() -> afterWrite.accept(store))) : 0;
        writer.flush();
        BatchWriter.Counts c = writer.counts();
        boolean changed = changed(c);
        boolean stepRuns = !stepInBatch && afterWrite != null && (changed || lacksResult());
        if (stepRuns) {
            // e.g. the corpus passes (identity, summary), before the compaction
            stepSeconds = seconds(() -> afterWrite.accept(store));
        }
        // a fresh store written in one transaction holds no dead versions: nothing to compact
        boolean compacted = compact && (stepRuns || changed && (!fresh || c.transactions > 1 || c.replaced > 0));
        double compactSeconds = compacted ? seconds(() -> compact(store)) : 0;
        return new Counts(c.written, c.unchanged, c.replaced, c.quads, compacted, stepSeconds, compactSeconds);
    }

    private static double seconds(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static boolean changed(BatchWriter.Counts c) {
        return c.changes + c.replaced > 0;
    }

    @Override
    public void abort() {
        if (writer != null) {
            writer.abort();
        }
    }

    @Override
    public String target() {
        return "store " + store.location();
    }

    /** Compacts the store; a failure leaves it whole (in more room than needed) and is one line. */
    static void compact(GraphStore store) {
        try {
            store.compact();
        } catch (RuntimeException | Error e) {
            String why = StoreFault.isDiskFull(e, store.location()) ? "disk full" : String.valueOf(e);
            throw new NewsGraphException(store.location() + ": could not compact the store (" + why
                    + "); it holds every document built, in more room than needed (the next build compacts it)", e);
        }
    }

    /** Whether the store holds graphs but not the after-write step's result (a run stopped before its end). */
    private boolean lacksResult() {
        if (afterWriteResult == null) {
            return false;
        }
        org.apache.jena.graph.Node result = org.apache.jena.graph.NodeFactory.createURI(afterWriteResult);
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().find().hasNext() && !store.dataset().containsGraph(result));
    }

    static boolean isEmpty(GraphStore gs) {
        return Txn.calculateRead(gs.dataset(), () -> !gs.dataset().find().hasNext());
    }
}
