package org.newsgraph.store;

import java.util.function.Consumer;

/**
 * Where a loader writes document graphs: the TDB2 store ({@link TdbSink}) or a remote store through
 * the Graph Store Protocol ({@code store.remote.GspSink}). It knows nothing of extraction or input
 * formats, so {@link Loader} (documents) and {@link QuadsLoader} (N-Quads) write to either.
 * <p>
 * Each graph is stored whole or not at all and replaces what the sink holds for the same document:
 * the graph of the same name, and the graph of any other document with the same
 * {@code dcterms:identifier} (a file built again whose document IRI changed, or an edited file).
 * A graph the sink cannot store is one line to the run's failure consumer and the run goes on; a
 * fault of the sink itself (a full disk, a store that refuses every request) is an exception.
 */
public interface GraphSink {

    /** What a run stored: documents written or found unchanged, older versions replaced, quads written. */
    record Counts(int written, int unchanged, int replaced, long quads, boolean compacted, double stepSeconds,
            double compactSeconds) {
        public Counts(int written, int unchanged, int replaced, long quads, boolean compacted) {
            this(written, unchanged, replaced, quads, compacted, 0, 0);
        }

        /** The time of the steps after the writes, for the run's summary line ("" when none ran). */
        public String phases() {
            if (stepSeconds == 0 && !compacted) {
                return "";
            }
            String step = stepSeconds == 0 ? "" : String.format(java.util.Locale.ROOT, "corpus passes %.1f s", stepSeconds);
            String compaction = !compacted ? "" : String.format(java.util.Locale.ROOT, "compaction %.1f s", compactSeconds);
            return " (of which " + step + (step.isEmpty() || compaction.isEmpty() ? "" : ", ") + compaction + ")";
        }
    }

    /** Opens a run; graphs that cannot be stored are reported to {@code failed}, one line each. */
    void begin(Consumer<String> failed);

    /** Stores one graph (in the open run), replacing the same name and the same identifier. */
    void put(DocumentGraph graph);

    /** Ends the run: everything put is stored; returns what the run did. */
    Counts finish();

    /** Drops a run that stopped half-way: what is not yet stored stays out. Harmless after {@link #finish}. */
    void abort();

    /** Where the graphs go, for messages: {@code store data}, {@code remote store http://…}. */
    String target();
}
