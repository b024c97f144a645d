package org.newsgraph.ingest;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.newsgraph.text.DocumentReader;

/** A saved web page, one article a file: its body without boilerplate, its metadata (see {@link WebDocuments}). */
final class HtmlSource implements Source {

    @Override
    public Iterator<Item> items(Origin o, InputStream in) {
        return List.of(new Item(new DocumentReader.Input(o.path(), o.id()), o.name(),
                () -> WebDocuments.page(o.name(), o.id(), TextSource.bytes(o, in), null, null, "html"))).iterator();
    }
}
