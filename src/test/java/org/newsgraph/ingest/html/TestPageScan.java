package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One walk finds what each select found. */
class TestPageScan {

    private static void same(Document d, String where) {
        PageScan s = PageScan.of(d);
        assertEquals(d.getElementsByTag("meta"), s.metas, where);
        assertEquals(d.getElementsByTag("script"), s.scripts, where);
        assertEquals(d.select("meta[property=article:tag], meta[property=article:section]"), s.tags, where);
        assertEquals(d.select("[rel=author], [itemprop=author], [class~=(?i)(^|[-_ ])(byline|author)([-_ ]|name|$)]"), s.bylines, where);
        assertSame(d.selectFirst("link[rel=canonical]"), s.canonical, where);
        assertSame(d.selectFirst("html[lang]"), s.lang, where);
        assertSame(d.selectFirst("article h1, main h1, h1"), s.h1, where);
        assertSame(d.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]"), s.time, where);
        for (int i = 0; i < s.metas.size(); i++) {
            assertSame(d.getElementsByTag("meta").get(i), s.metas.get(i), where);
        }
    }

    @Test
    void findsWhatTheSelectsFound() {
        String page = """
                <html lang="en-GB"><head><meta charset="utf-8"><title>Flood defences</title>
                <meta property="article:section" content="Environment"><meta property="ARTICLE:TAG" content="floods">
                <link rel="alternate" href="/amp"><link rel="Canonical" href="/news/flood-defences">
                <script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
                <body><header><h1>Site name</h1><time datetime="2024-01-01">New year</time></header>
                <main><article><h1>Flood defences to be raised</h1><p class="article-byline">By Ann Reed</p>
                <span itemprop="author">Ann Reed</span><a rel="author" href="/ann">Ann</a>
                <time pubdate datetime="2024-02-03T10:00">3 February</time><div class="authorname">x</div>
                <div class="co-author-note">y</div><svg><script>var a;</script></svg></article></main></body></html>""";
        same(Jsoup.parse(page, "https://news.example/"), "written page");
        same(Jsoup.parse("<p>No head, no metadata.</p>"), "fragment");
    }

    @Test
    void findsWhatTheSelectsFoundOnTheDevPages() throws IOException {
        Path dir = Path.of("../shared/eval/article-html-dev/html");
        if (!Files.isDirectory(dir)) {
            return; // read from ../shared when it is there
        }
        List<Path> pages = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() > 50);
        for (Path p : pages) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                same(Jsoup.parse(in, null, "https://news.example/"), p.getFileName().toString());
            }
        }
    }
}
