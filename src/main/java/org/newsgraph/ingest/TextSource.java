package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.NewsGraphException;
import org.newsgraph.text.Document;
import org.newsgraph.text.DocumentReader;

/**
 * Plain text, one article a file: what {@link DocumentReader} has always read (same identifier,
 * text and IRI). A {@code .txt} that holds an HTML page is read as HTML instead, with a note, so
 * that markup never reaches the text (and entity labels).
 */
final class TextSource implements Source {

    private final Consumer<String> notes;

    TextSource(Consumer<String> notes) {
        this.notes = notes;
    }

    @Override
    public Iterator<Item> items(Origin o, InputStream in) {
        return List.of(new Item(new DocumentReader.Input(o.path(), o.id()), o.name(), () -> read(o, bytes(o, in)))).iterator();
    }

    static byte[] bytes(Origin o, InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NewsGraphException(o.name() + ": cannot read: " + e.getMessage(), e);
        }
    }

    Document read(Origin o, byte[] bytes) {
        Document d = DocumentReader.parse(o.name(), o.id(), bytes);
        if (Markup.looksLikeHtml(d.text())) {
            notes.accept(o.name() + ": holds HTML markup; read as an HTML page");
            return WebDocuments.page(o.name(), o.id(), bytes, null, null, "html");
        }
        return d;
    }
}
