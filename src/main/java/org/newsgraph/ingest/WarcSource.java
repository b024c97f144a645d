package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.newsgraph.text.DocumentReader;

/**
 * Web archives (WARC 1.0/1.1, plain or gzipped record by record), read by jwarc as a stream:
 * only the record at hand is in memory. Every {@code response} record with a successful HTML
 * payload, and every {@code resource} record of HTML, is a page (see {@link WebDocuments}) whose
 * URL is the record's target URI and whose date, when the page gives none, is the WARC date. Other
 * records (requests, metadata, images, redirects…) are skipped and counted; a record that cannot
 * be read (truncated, corrupt gzip) is reported with its offset and ends the file.
 */
final class WarcSource implements Source {

    /** A payload larger than this is no news article (and is not held in memory). */
    static final long MAX_PAYLOAD = 32L << 20;

    private final Consumer<String> notes;

    WarcSource(Consumer<String> notes) {
        this.notes = notes;
    }

    @Override
    public Iterator<Item> items(Origin o, InputStream in) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | IllegalArgumentException e) {
            return java.util.List.of(Item.problem(o.path(), o.name() + "@0", "not a WARC file (" + e.getMessage() + ")")).iterator();
        }
        return new ItemCursor() {
            private int skipped;
            private int pages;

            @Override
            protected Item advance() {
                long offset = reader.position();
                try {
                    Optional<WarcRecord> r = reader.next();
                    if (r.isEmpty()) {
                        finish();
                        return null;
                    }
                    Item page = page(r.get(), offset);
                    if (page == null) {
                        skipped++;
                    } else {
                        pages++;
                    }
                    return page;
                } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    finish();
                    return Item.problem(o.path(), o.name() + "@" + offset,
                            "cannot read the WARC record at this offset (" + e.getMessage() + "); the rest of the file is skipped");
                }
            }

            private void finish() {
                end();
                try {
                    reader.close();
                } catch (IOException e) {
                    // read to the end or failed: nothing more to do
                }
                if (skipped > 0) {
                    notes.accept(o.name() + ": " + pages + " page record" + (pages == 1 ? "" : "s") + " read, " + skipped
                            + " other record" + (skipped == 1 ? "" : "s") + " skipped (requests, metadata, non-HTML, non-200)");
                }
            }

            private Item page(WarcRecord rec, long offset) throws IOException {
                byte[] html;
                if (rec instanceof WarcResponse resp) {
                    if (!isHttp(resp)) {
                        return null;
                    }
                    HttpResponse http = resp.http();
                    if (http.status() != 200 || !html(http.contentType())) {
                        return null;
                    }
                    html = read(http.bodyDecoded().stream(), offset);
                } else if (rec instanceof WarcResource res) {
                    if (!html(res.contentType())) {
                        return null;
                    }
                    html = read(res.body().stream(), offset);
                } else {
                    return null;
                }
                if (html == null) {
                    return null;
                }
                WarcTargetRecord t = (WarcTargetRecord) rec;
                String url = t.target();
                String date = rec.date() == null ? null : rec.date().toString();
                String where = o.name() + "@" + offset;
                return new Item(new DocumentReader.Input(o.path(), where), where,
                        () -> WebDocuments.page(where + " (" + url + ")", url, html, url, date, "warc"));
            }
        };
    }

    private static boolean isHttp(WarcResponse r) {
        String ct = r.contentType().base().toString().toLowerCase(Locale.ROOT);
        return ct.startsWith("application/http");
    }

    private static boolean html(MediaType t) {
        String base = t.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static byte[] read(InputStream body, long offset) throws IOException {
        byte[] b = body.readNBytes((int) MAX_PAYLOAD + 1);
        return b.length > MAX_PAYLOAD ? null : b;
    }
}
