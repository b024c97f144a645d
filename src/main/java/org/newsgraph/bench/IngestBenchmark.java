package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.Item;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.Document;

/**
 * What reading costs next to extraction, per input kind: a folder of saved pages ({@code .html},
 * {@code .html.gz}) is read as pages, and the same articles are written as a gzipped WARC, an RSS
 * feed, JSON Lines and text files, each read back through {@link Inputs}; the figure is the
 * reading (and cleaning) CPU time of each kind against the extraction time of the same articles
 * as plain text, on one thread, after warm-up rounds of each kind (reading 61 pages takes about ten
 * rounds to reach the speed it keeps over a long build; extraction, which runs far more code per
 * article, gets the same number of warm-up rounds).
 */
public final class IngestBenchmark {

    private final Path pages;
    private final int warmup;
    private final int rounds;
    private final PrintWriter out;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    public IngestBenchmark(Path pages, int warmup, int rounds, PrintWriter out) {
        this.pages = pages;
        this.warmup = Math.max(1, warmup);
        this.rounds = rounds;
        this.out = out;
    }

    public void run() throws IOException {
        Path tmp = Files.createTempDirectory("newsgraph-ingest-bench");
        try {
            List<Document> articles = read(List.of(pages));
            if (articles.isEmpty()) {
                throw new NewsGraphException(pages + ": no page to measure");
            }
            Path warc = tmp.resolve("pages.warc.gz");
            Path rss = tmp.resolve("items.rss");
            Path jsonl = tmp.resolve("items.jsonl");
            Path text = Files.createDirectories(tmp.resolve("text"));
            write(articles, warc, rss, jsonl, text);
            Pipeline pipeline = Pipeline.standard();
            long chars = articles.stream().mapToLong(d -> d.text().length()).sum();
            out.printf(Locale.ROOT, "articles: %s: %d pages read, %d characters of body; best of %d rounds after %d warm-up rounds, 1 thread, CPU time%n",
                    pages, articles.size(), chars, rounds, warmup);
            double extract = measure(() -> articles.forEach(pipeline::process));
            out.printf(Locale.ROOT, "%-34s %8.3f s  (%.1f ms an article)%n", "extraction of the bodies as text", extract,
                    1000 * extract / articles.size());
            row("text files (.txt)", text, extract);
            row("saved pages (.html/.html.gz)", pages, extract);
            row("WARC (.warc.gz, response records)", warc, extract);
            row("RSS 2.0 (content:encoded)", rss, extract);
            row("JSON Lines (.jsonl)", jsonl, extract);
            out.flush();
        } finally {
            try (var s = Files.walk(tmp)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void row(String kind, Path input, double extract) {
        int[] n = {0};
        double t = measure(() -> n[0] = read(List.of(input)).size());
        out.printf(Locale.ROOT, "%-34s %8.3f s  = %5.1f %% of extraction (%d documents)%n", "reading " + kind, t,
                100 * t / extract, n[0]);
    }

    private List<Document> read(List<Path> in) {
        List<Document> docs = new ArrayList<>();
        for (Item i : Inputs.create().paths(in).build()) {
            try {
                docs.add(i.read());
            } catch (NewsGraphException e) {
                // a page without a body is not an article: not measured
            }
        }
        return docs;
    }

    private double measure(Runnable r) {
        for (int i = 0; i < warmup; i++) {
            r.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            r.run();
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
        }
        return best / 1e9;
    }

    /** The same articles as a WARC of their original pages, an RSS feed, JSON Lines and text files. */
    private void write(List<Document> articles, Path warc, Path rss, Path jsonl, Path text) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.walk(pages)) {
            s.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz")).sorted().forEach(files::add);
        }
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            int i = 0;
            for (Path f : files) {
                byte[] html;
                try (InputStream in = f.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(Files.newInputStream(f))
                        : Files.newInputStream(f)) {
                    html = in.readAllBytes();
                }
                w.write(new WarcResponse.Builder("https://bench.example/page/" + (i++)).date(Instant.EPOCH)
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), html).build()).build());
            }
        }
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>bench</title>"
                + "<link>https://bench.example/</link><description>bench</description>\n");
        StringBuilder lines = new StringBuilder();
        int i = 0;
        for (Document d : articles) {
            String html = "<p>" + org.jsoup.nodes.Entities.escape(d.text()).replace("\n\n", "</p><p>") + "</p>";
            feed.append("<item><title>a").append(i).append("</title><link>https://bench.example/item/").append(i)
                    .append("</link><content:encoded><![CDATA[").append(html.replace("]]>", "]]&gt;")).append("]]></content:encoded></item>\n");
            com.google.gson.JsonObject o = new com.google.gson.JsonObject();
            o.addProperty("url", "https://bench.example/line/" + i);
            o.addProperty("title", d.source().headline().orElse(""));
            o.addProperty("text", d.text());
            lines.append(o).append('\n');
            Files.writeString(text.resolve(String.format(Locale.ROOT, "%03d.txt", i)), d.text(), StandardCharsets.UTF_8);
            i++;
        }
        Files.writeString(rss, feed.append("</channel></rss>\n"), StandardCharsets.UTF_8);
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
    }

}
