package org.newsgraph.ingest;

import java.io.InputStream;
import java.util.Iterator;

/**
 * The one reader interface: the documents of one input (a file, or standard input) as a stream of
 * {@link Item}s. Implementations read their input sequentially and never hold more than one item's
 * bytes at a time (a feed is parsed whole: feeds are small).
 */
interface Source {

    /**
     * The items of {@code in}, in the order they come. The stream belongs to the iterator, which
     * closes it when it is exhausted; a problem in the middle of the stream (a truncated gzip or
     * WARC record) is an item that reports it, after which the iterator ends.
     */
    Iterator<Item> items(Origin origin, InputStream in);
}
