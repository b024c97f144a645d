package org.newsgraph.ingest.html;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Extracts the article body of every page of an article-html folder and writes
 * {@code {"<id>": {"articleBody": ...}}}, the JSON that {@code ../shared/eval/html_score.py} reads.
 * Run: {@code HtmlDevBodies PAGES_DIR OUT.json [method]}.
 */
public final class HtmlDevBodies {

    private HtmlDevBodies() {
    }

    public static JsonObject bodies(Path dir) throws IOException {
        JsonObject out = new JsonObject();
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".html.gz")) {
                    continue;
                }
                byte[] html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    html = in.readAllBytes();
                }
                ArticleExtractor.Page page = ArticleExtractor.extract(html, null);
                JsonObject o = new JsonObject();
                o.addProperty("articleBody", page.body());
                o.addProperty("method", page.method());
                if (Boolean.getBoolean("all")) {
                    org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(html), null, "");
                    o.addProperty("readability", ArticleExtractor.readability(d, ""));
                    page.metadata().articleBody().ifPresent(x -> o.addProperty("ld", ArticleExtractor.ldText(x)));
                    o.addProperty("headline", page.metadata().headline().orElse(""));
                }
                out.add(name.substring(0, name.length() - ".html.gz".length()), o);
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        JsonObject b = bodies(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), b.toString(), StandardCharsets.UTF_8);
    }
}
