package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.html.ArticleExtractor;
import org.newsgraph.ingest.html.HtmlText;
import org.newsgraph.ingest.html.PageMetadata;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.Document;
import org.newsgraph.text.SourceInfo;

/**
 * Makes documents of web input. The text is the article body only (the headline goes to
 * {@link SourceInfo#headline()}); the IRI's hash is of the article's URL when one is known — the
 * page's canonical link, else the URL the WARC record, feed item or JSON line gives — so the same
 * article read from a WARC, a feed, a JSON dump or a saved page is the same document; without a
 * URL it is the hash of the bytes the article was read from.
 */
final class WebDocuments {

    /** Fewer words than this is no article body (an index page, a video page, a gallery). */
    static final int MIN_BODY_WORDS = 15;

    private WebDocuments() {
    }

    /** A page: body and metadata from its HTML; {@code url} and {@code date} from the container, if any. */
    static Document page(String where, String id, byte[] html, String url, String date, String format) {
        ArticleExtractor.Page page;
        try {
            page = ArticleExtractor.extract(html, url);
        } catch (RuntimeException | StackOverflowError e) {
            throw new NewsGraphException(where + ": cannot read the page: " + e);
        }
        String body = page.body();
        if (!ArticleExtractor.atLeastWords(body, MIN_BODY_WORDS)) {
            throw new NewsGraphException(where + ": no article body found (an index, video or gallery page?); not loaded");
        }
        PageMetadata m = page.metadata();
        Optional<String> theUrl = m.url().or(() -> Optional.ofNullable(url)).map(String::strip).filter(s -> !s.isEmpty());
        SourceInfo info = new SourceInfo(m.headline(), m.authors(), m.published().or(() -> Optional.ofNullable(date)),
                m.publisher(), theUrl, m.language(), format, false, m.keywords());
        return new Document(id, body, hash(theUrl, html), info);
    }

    /** An article given as fields (a feed item, a JSON line); HTML text ({@code html}, or text that reads as markup) is cleaned. */
    static Document fields(String where, String id, String text, boolean html, SourceInfo info, byte[] raw) {
        String body = text == null ? "" : text;
        if (html || Markup.looksLikeHtml(body) || body.matches("(?s)\\s*<[a-zA-Z][^>]*>.*")) {
            body = HtmlText.of(Jsoup.parseBodyFragment(body).body());
        } else {
            body = body.replace("\r\n", "\n").strip();
        }
        if (body.isBlank()) {
            throw new NewsGraphException(where + ": no article text; not loaded");
        }
        if (body.indexOf('\0') >= 0) {
            throw new NewsGraphException(where + ": NUL character in the text; not loaded");
        }
        return new Document(id, body, hash(info.url(), raw), info);
    }

    static String hash(Optional<String> url, byte[] raw) {
        return url.isPresent() ? Iris.sha256(url.get().getBytes(java.nio.charset.StandardCharsets.UTF_8)) : Iris.sha256(raw);
    }

    static List<String> nonBlank(List<String> xs) {
        List<String> out = new ArrayList<>();
        for (String x : xs) {
            if (x != null && !x.isBlank()) {
                out.add(x.strip());
            }
        }
        return out;
    }
}
