package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.newsgraph.NewsGraphException;
import org.newsgraph.text.Document;
import org.newsgraph.text.DocumentReader;

/**
 * One document to come from the input: a text file, a page, a feed item, a JSON line, a WARC
 * record. Finding items is cheap and sequential; {@link #read()} (decoding, HTML cleaning) is the
 * costly part and may run on any thread. Reading throws a {@link NewsGraphException} whose message
 * names {@link #where()} and the problem; an item can also be a problem found while listing
 * (a line that is not JSON, a truncated record), which {@link #read()} then reports.
 *
 * @param input  the file it comes from ({@code -} for standard input) and a label for it
 * @param where  where it is, for messages: {@code file}, {@code file:12} (line), {@code file@1234} (record offset)
 * @param reader makes the document
 */
public record Item(DocumentReader.Input input, String where, Supplier<Document> reader) {

    public Document read() {
        return reader.get();
    }

    /** An item that is only the report of a problem at {@code where}. */
    static Item problem(Path file, String where, String problem) {
        return new Item(new DocumentReader.Input(file, where), where, () -> {
            throw new NewsGraphException(where + ": " + problem);
        });
    }
}
