package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.NewsGraphException;
import org.newsgraph.TestPaths;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.Document;
import org.newsgraph.text.DocumentReader;

/** Every input kind read from real files written here: pages, feeds, JSON Lines, WARC (by jwarc's writer). */
class TestInputs {

    @TempDir
    Path tmp;

    private final List<String> notes = new ArrayList<>();

    private List<Document> read(Path... paths) {
        List<Document> out = new ArrayList<>();
        for (Item i : Inputs.create().paths(List.of(paths)).notes(notes::add).build()) {
            out.add(i.read());
        }
        return out;
    }

    private static void assertArticleBody(String body) {
        assertEquals(String.join("\n\n", NewsPages.P1, NewsPages.P2, NewsPages.P3, NewsPages.P4), body,
                "the four paragraphs, nothing else");
    }

    @Test
    void pageGivesItsBodyWithoutBoilerplateAndItsMetadata() throws IOException {
        Path page = Files.writeString(tmp.resolve("port-strike.html"), NewsPages.article(true));
        Document d = read(page).get(0);
        assertArticleBody(d.text());
        assertEquals("port-strike.html", d.id());
        assertEquals(NewsPages.HEADLINE, d.source().headline().orElseThrow());
        assertEquals(List.of("Daniel Okafor"), d.source().authors());
        assertEquals("2025-03-14T18:05:00+00:00", d.source().published().orElseThrow());
        assertEquals("Harbour Gazette", d.source().publisher().orElseThrow());
        assertEquals(NewsPages.URL, d.source().url().orElseThrow());
        assertEquals("en-GB", d.source().language().orElseThrow());
        assertEquals(Iris.sha256(NewsPages.URL), d.sha256(), "the IRI comes from the URL");
        assertTrue(d.source().categories().contains("ports"));
    }

    @Test
    void withoutJsonLdTheMetaTagsAndMarkupGiveTheMetadata() throws IOException {
        Path gz = tmp.resolve("story.htm.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(NewsPages.article(false).getBytes(StandardCharsets.UTF_8));
        }
        Document d = read(gz).get(0);
        assertArticleBody(d.text());
        assertEquals(NewsPages.HEADLINE, d.source().headline().orElseThrow());
        assertEquals(List.of("Daniel Okafor"), d.source().authors());
        assertEquals("2025-03-14T18:05:00Z", d.source().published().orElseThrow());
        assertEquals(NewsPages.URL, d.source().url().orElseThrow());
        assertEquals("en", d.source().language().orElseThrow());
    }

    @Test
    void malformedPageStillGivesItsText() throws IOException {
        String broken = "<html><head><title>Harbour news</title><body><div><p>" + NewsPages.P1 + "<p>" + NewsPages.P2
                + "<div><b>unclosed <i>tags " + "</span></td>";
        Document d = read(Files.writeString(tmp.resolve("broken.html"), broken)).get(0);
        assertTrue(d.text().contains(NewsPages.P1) && d.text().contains("Marta Kowalczyk"), d.text());
    }

    @Test
    void indexPageIsReportedNotLoadedEmpty() throws IOException {
        Path p = Files.writeString(tmp.resolve("world.html"), NewsPages.indexPage());
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> read(p));
        assertTrue(e.getMessage().startsWith(p + ": no article body"), e.getMessage());
    }

    @Test
    void textHoldingHtmlIsReadAsHtmlWithANote() throws IOException {
        Path p = Files.writeString(tmp.resolve("saved.txt"), NewsPages.article(true));
        Document d = read(p).get(0);
        assertArticleBody(d.text());
        assertFalse(d.text().contains("<"));
        assertEquals(List.of(p + ": holds HTML markup; read as an HTML page"), notes);
    }

    @Test
    void plainTextIsReadAsDocumentReaderReadsIt() throws IOException {
        for (Path seed : Files.list(TestPaths.seeds()).sorted().toList()) {
            Document d = read(seed).get(0);
            Document old = DocumentReader.read(new DocumentReader.Input(seed, seed.getFileName().toString()));
            assertEquals(old, d);
        }
        assertTrue(notes.isEmpty(), notes::toString);
    }

    @Test
    void prosWithAFewTagsIsStillText() throws IOException {
        String t = "The council said <b>no</b> to the plan.\nA spokesman called it a <i>setback</i> for the port.\n";
        Document d = read(Files.writeString(tmp.resolve("note.txt"), t)).get(0);
        assertEquals(t, d.text());
    }

    @Test
    void rssItemsAreDocumentsAndASummaryOnlyItemIsPartial() throws IOException {
        List<Document> ds = read(Files.writeString(tmp.resolve("world.rss"), NewsPages.rss()));
        assertEquals(2, ds.size());
        Document full = ds.get(0);
        assertEquals(String.join("\n\n", NewsPages.P1, NewsPages.P2, NewsPages.P3), full.text());
        assertEquals(NewsPages.URL, full.id());
        assertEquals(NewsPages.HEADLINE, full.source().headline().orElseThrow());
        assertEquals(List.of("Daniel Okafor"), full.source().authors());
        assertEquals(List.of("Labour", "Ports"), full.source().categories());
        assertTrue(full.source().published().orElseThrow().startsWith("2025-03-14T18:05"));
        assertFalse(full.source().partial());
        assertTrue(ds.get(1).source().partial(), "only a description: partial");
        assertTrue(ds.get(1).text().startsWith("Ferry companies"));
        assertEquals(Iris.sha256(NewsPages.URL), full.sha256(), "same IRI as the page");
    }

    @Test
    void atomEntriesAreDocuments() throws IOException {
        List<Document> ds = read(Files.writeString(tmp.resolve("feed.atom"), NewsPages.atom()));
        assertEquals(1, ds.size());
        assertEquals(NewsPages.P1 + "\n\n" + NewsPages.P2, ds.get(0).text());
        assertEquals(List.of("Daniel Okafor"), ds.get(0).source().authors());
        assertEquals(NewsPages.URL, ds.get(0).source().url().orElseThrow());
    }

    @Test
    void brokenFeedIsOneProblem() throws IOException {
        Path p = Files.writeString(tmp.resolve("bad.rss"), NewsPages.rss().substring(0, 400));
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> read(p));
        assertTrue(e.getMessage().startsWith(p + ": not a readable RSS or Atom feed"), e.getMessage());
    }

    @Test
    void jsonLinesWithABadLine() throws IOException {
        Path p = tmp.resolve("dump.jsonl");
        Files.writeString(p, String.join("\n",
                "{\"url\": \"" + NewsPages.URL + "\", \"title\": \"" + NewsPages.HEADLINE + "\", \"maintext\": \"" + NewsPages.P1
                        + "\", \"authors\": [\"Daniel Okafor\"], \"date_publish\": \"2025-03-14 18:05:00\"}",
                "{\"title\": \"half a line",
                "",
                "{\"body\": \"" + NewsPages.P3 + "\"}") + "\n");
        List<String> errors = new ArrayList<>();
        List<Document> ds = new ArrayList<>();
        for (Item i : Inputs.create().paths(List.of(p)).build()) {
            try {
                ds.add(i.read());
            } catch (NewsGraphException e) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(2, ds.size());
        assertEquals(NewsPages.URL, ds.get(0).id());
        assertEquals(NewsPages.P1, ds.get(0).text());
        assertEquals(List.of("Daniel Okafor"), ds.get(0).source().authors());
        assertEquals(p.getFileName() + ":4", ds.get(1).id(), "no URL: file and line");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(p + ":2: not JSON"), errors.get(0));
    }

    @Test
    void truncatedGzipJsonLinesKeepsTheLinesBefore() throws IOException {
        Path p = tmp.resolve("dump.jsonl.gz");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            b.append("{\"text\": \"").append(NewsPages.P1).append(" Line ").append(i).append(".\"}\n");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bytes)) {
            o.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Files.write(p, java.util.Arrays.copyOf(all, all.length * 2 / 3));
        int ok = 0;
        List<String> errors = new ArrayList<>();
        for (Item i : Inputs.create().paths(List.of(p)).build()) {
            try {
                i.read();
                ok++;
            } catch (NewsGraphException e) {
                errors.add(e.getMessage());
            }
        }
        assertTrue(ok > 0 && ok < 4000, "some lines before the cut: " + ok);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith(p + ":" + (ok + 1) + ": cannot read further"), errors.get(0));
    }

    /** A WARC as a crawler writes it: request, HTML response, an image, a redirect. */
    private Path warc(String name, boolean gzip) throws IOException {
        Path p = tmp.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant date = Instant.parse("2025-03-15T07:30:00Z");
            w.write(new WarcRequest.Builder(NewsPages.URL).date(date)
                    .body(new HttpRequest.Builder("GET", "/world/2025/03/14/port-strike-ends").addHeader("Host", "www.harbourgazette.example").build())
                    .build());
            byte[] html = NewsPages.article(true).getBytes(StandardCharsets.UTF_8);
            w.write(new WarcResponse.Builder(NewsPages.URL).date(date)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build())
                    .build());
            w.write(new WarcResponse.Builder("https://www.harbourgazette.example/img/port.jpg").date(date)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2}).build())
                    .build());
            w.write(new WarcResponse.Builder("https://harbourgazette.example/").date(date)
                    .body(new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", "https://www.harbourgazette.example/")
                            .body(MediaType.parse("text/html"), new byte[0]).build())
                    .build());
        }
        return p;
    }

    @Test
    void warcResponsesArePagesOtherRecordsAreSkippedAndCounted() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            notes.clear();
            Path w = warc(gz ? "crawl.warc.gz" : "crawl.warc", gz);
            List<Document> ds = read(w);
            assertEquals(1, ds.size());
            Document d = ds.get(0);
            assertArticleBody(d.text());
            assertEquals(NewsPages.URL, d.id());
            assertEquals(NewsPages.URL, d.source().url().orElseThrow());
            assertEquals("warc", d.source().format());
            assertEquals(List.of(w + ": 1 page record read, 3 other records skipped (requests, metadata, non-HTML, non-200)"), notes);
            // the same page saved as a file: the same document IRI
            Document saved = read(Files.writeString(tmp.resolve("saved.html"), NewsPages.article(true))).get(0);
            assertEquals(saved.sha256(), d.sha256());
            assertEquals(saved.text(), d.text());
        }
    }

    @Test
    void truncatedWarcReportsTheRecordOffset() throws IOException {
        Path w = warc("crawl.warc", false);
        byte[] all = Files.readAllBytes(w);
        Path cut = Files.write(tmp.resolve("cut.warc"), java.util.Arrays.copyOf(all, all.length - 40));
        List<String> errors = new ArrayList<>();
        int ok = 0;
        for (Item i : Inputs.create().paths(List.of(cut)).build()) {
            try {
                i.read();
                ok++;
            } catch (NewsGraphException e) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(1, ok, "the page before the cut is read");
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).matches(java.util.regex.Pattern.quote(cut.toString()) + "@\\d+: cannot read the WARC record.*"), errors.get(0));
    }

    @Test
    void formatByFirstBytesAndForced() throws IOException {
        Path noExt = Files.writeString(tmp.resolve("download"), NewsPages.rss());
        assertEquals(2, read(noExt).size(), "an RSS feed by its first bytes");
        Path stdin = Path.of("-");
        List<Document> ds = new ArrayList<>();
        for (Item i : Inputs.create().paths(List.of(stdin))
                .stdin(new ByteArrayInputStream(NewsPages.article(true).getBytes(StandardCharsets.UTF_8))).build()) {
            ds.add(i.read());
        }
        assertArticleBody(ds.get(0).text());
        Path html = Files.writeString(tmp.resolve("page.data"), NewsPages.article(true));
        Document forced = Inputs.create().paths(List.of(html)).format(InputFormat.TEXT).build().iterator().next().read();
        assertTrue(forced.text().contains("Dockworkers"), "forced text still detects markup");
        assertEquals(InputFormat.WARC, InputFormat.byName("x.warc.gz").orElseThrow());
        assertEquals(InputFormat.HTML, InputFormat.byName("x.html.gz").orElseThrow());
        assertEquals(InputFormat.JSONL, InputFormat.byName("x.ndjson").orElseThrow());
    }

    @Test
    void foldersAreSearchedForEveryKind() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(dir.resolve("a.html"), NewsPages.article(true));
        Files.writeString(tmp.resolve("in/b.rss"), NewsPages.rss());
        Files.writeString(tmp.resolve("in/c.txt"), NewsPages.P1 + "\n");
        Files.writeString(tmp.resolve("in/d.png"), "not read");
        List<Document> ds = read(tmp.resolve("in"));
        assertEquals(List.of(NewsPages.URL, "https://www.harbourgazette.example/world/ferries", "c.txt", "sub/a.html"),
                ds.stream().map(Document::id).toList());
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
