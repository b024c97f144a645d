package org.newsgraph.store.remote;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.DocumentGraph;
import org.newsgraph.store.GraphSink;

/**
 * A remote store as a {@link GraphSink}: each graph goes with one Graph Store Protocol {@code PUT}
 * (the store replaces the graph whole or not at all). Before it, the store's query endpoint is asked
 * which other graphs hold a document with the same {@code dcterms:identifier} (the same file built
 * again under another IRI, an edited file), and those are deleted, so a document is replaced whole.
 * A graph whose requests fail after the retries is one line and the run goes on; when the first
 * request of a run fails, the run stops there (a store that refuses everything is one line, not
 * thousands).
 */
public final class GspSink implements GraphSink {

    private final GspStore store;
    private Consumer<String> failed;
    private int written;
    private int replaced;
    private long quads;
    private boolean answered;

    public GspSink(GspStore store) {
        this.store = store;
    }

    @Override
    public void begin(Consumer<String> onFailure) {
        this.failed = onFailure;
        written = 0;
        replaced = 0;
        quads = 0;
        answered = false;
    }

    @Override
    public void put(DocumentGraph d) {
        try {
            if (d.identifier() != null) {
                for (Node old : store.documentsIdentifiedAs(d.identifier())) {
                    if (!old.equals(d.name())) {
                        store.deleteGraph(old);
                        replaced++;
                    }
                }
            }
            store.replaceGraph(d.name(), d.graph());
        } catch (NewsGraphException e) {
            if (!answered) {
                throw e;
            }
            failed.accept(d.source() + ": not stored: " + e.getMessage());
            return;
        }
        answered = true;
        if (d.identifier() != null) {
            written++;
            quads += d.size();
        }
    }

    @Override
    public Counts finish() {
        return new Counts(written, 0, replaced, quads, false);
    }

    @Override
    public void abort() {
        // every graph was sent whole with its own request: nothing is half-written
    }

    @Override
    public String target() {
        return "remote store " + store.url();
    }
}
