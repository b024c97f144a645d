package org.newsgraph.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The items of a stream read one record at a time (a line of JSON Lines, a WARC record): a
 * subclass says how to read the next record, as an item or as null for a record that gives none,
 * and calls {@link #end()} when the stream has no more.
 */
abstract class ItemCursor implements Iterator<Item> {

    private Item next;
    private boolean done;

    /** Reads one record: its item, or null when it gives none (or the stream just ended). */
    protected abstract Item advance();

    /** No record follows: {@link #advance()} is not called again. */
    protected final void end() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item i = next;
        next = null;
        return i;
    }
}
