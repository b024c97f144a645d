package org.newsgraph.ingest.html;

import java.util.Optional;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a web page: its body text, paragraphs kept, without navigation, ads, related
 * stories, comments or cookie notices, and its metadata ({@link PageMetadata}).
 *
 * <p>The body is Readability4J's (the Java port of Mozilla's Readability) main-content element,
 * written as paragraphs by {@link HtmlText}; a schema.org {@code articleBody} in the page's
 * JSON-LD replaces it when it is about as long (a full body written by the publisher, with
 * nothing around it), but not when it is only a teaser or holds much more than the page shows. See README (Web pages) for the figures
 * that chose this.
 */
public final class ArticleExtractor {

    /** The text of a page. */
    public record Page(String body, PageMetadata metadata, String method) { }

    /** An articleBody at least this share of Readability's text is taken as the whole body. */
    static final double LD_MIN_SHARE = 0.8;
    /** Readability's choice with fewer words than this is checked against the whole page's text. */
    static final int FEW_WORDS = 40;
    /** ... and at most this share: a much longer one holds more than the page shows (other stories, notes). */
    static final double LD_MAX_SHARE = 1.15;

    private ArticleExtractor() {
    }

    /**
     * Parses a page from its bytes (charset from a BOM, the meta tags or UTF-8; UTF-8 without jsoup's
     * look at the meta tags when {@link HtmlCharset} sees that it could find nothing else) and extracts it.
     * A UTF-8 page is parsed without the content of its styles and non-JSON scripts ({@link RawTextPrune}),
     * unless {@code -Dnewsgraph.html.keepRawText=true}.
     */
    public static Page extract(byte[] html, String url) {
        boolean utf8 = HtmlCharset.utf8(html);
        java.util.function.Supplier<java.io.InputStream> bytes = utf8 && !Boolean.getBoolean("newsgraph.html.keepRawText")
                ? RawTextPrune.pruned(html) : () -> new java.io.ByteArrayInputStream(html);
        return extract(parse(bytes.get(), utf8, url), url, () -> parse(bytes.get(), utf8, url));
    }

    private static Document parse(java.io.InputStream html, boolean utf8, String url) {
        try {
            return Jsoup.parse(html, utf8 ? "UTF-8" : null, url == null ? "" : url);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Page extract(String html, String url) {
        return extract(Jsoup.parse(html, url == null ? "" : url), url, () -> Jsoup.parse(html, url == null ? "" : url));
    }

    /** Extracts a parsed page, which is left as it was. */
    public static Page extract(Document page, String url) {
        return extract(page.clone(), url, () -> page);
    }

    /**
     * Extracts {@code page}, which this takes apart (Readability works on it in place: no copy);
     * {@code again} gives the page as parsed, for the rare page Readability finds too little in.
     */
    private static Page extract(Document page, String url, java.util.function.Supplier<Document> again) {
        // one walk of the page finds its metadata and the boilerplate Readability is not to see
        Boilerplate.Found boilerplate = Boolean.getBoolean("newsgraph.html.raw") ? null : Boilerplate.Found.in(page);
        PageMetadata meta = PageMetadata.read(page, PageScan.of(page, boilerplate));
        // Readability resolves links against the page's address and fails without a scheme
        String base = url != null && url.contains(":") ? url : meta.url().filter(u -> u.contains(":")).orElse("http://localhost/");
        String readable = trim(readability(page, base, boilerplate), meta.headline().orElse(""));
        if (!atLeastWords(readable, FEW_WORDS)) {
            String whole = wholeText(again.get());
            if (words(whole) > words(readable)) {
                readable = whole;
            }
        }
        Optional<String> ld = meta.articleBody().map(ArticleExtractor::ldText).filter(s -> !s.isBlank());
        if (ld.isPresent() && ld.get().length() >= LD_MIN_SHARE * readable.length()
                && (readable.isEmpty() || ld.get().length() <= LD_MAX_SHARE * readable.length())) {
            return new Page(ld.get(), meta, "json-ld");
        }
        return new Page(readable, meta, "readability");
    }

    /** The patterns below, compiled once (String.split/replaceAll/matches compile theirs on every call). */
    private static final java.util.regex.Pattern PARAGRAPHS = java.util.regex.Pattern.compile("\n\n");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern HAS_TAG = java.util.regex.Pattern.compile("(?s).*</?[a-zA-Z][^>]*>.*");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[ \\t\\u00a0]+");
    private static final java.util.regex.Pattern LINE_BLANKS = java.util.regex.Pattern.compile(" *\\n *");
    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\\n{3,}");

    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
            "(?i)^(published|posted|updated|last updated|first published|modified)\\b.{0,80}$");

    /**
     * Drops from the head of a body what pages repeat there: the headline (which goes to
     * schema:headline) and time stamp lines ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …").
     */
    static String trim(String body, String headline) {
        String h = norm(headline);
        if (!body.startsWith("\n\n") && !body.endsWith("\n\n") && !headAt(body, h)) {
            // nothing goes, and the paragraphs joined again would be the body itself
            return body;
        }
        String[] paras = PARAGRAPHS.split(body);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paras.length; i++) {
            String p = paras[i];
            boolean head = i < 4 && (!h.isEmpty() && norm(p).equals(h) || STAMP.matcher(p.strip()).matches());
            if (head) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(p);
        }
        return out.toString();
    }

    /** Whether one of the first four paragraphs of {@code body} (as the split at blank lines gives them) is one {@link #trim} drops. */
    private static boolean headAt(String body, String h) {
        int at = 0;
        for (int i = 0; i < 4 && at >= 0; i++) {
            int end = body.indexOf("\n\n", at);
            String p = end < 0 ? body.substring(at) : body.substring(at, end);
            if (!h.isEmpty() && norm(p).equals(h) || STAMP.matcher(p.strip()).matches()) {
                return true;
            }
            at = end < 0 ? -1 : end + 2;
        }
        return false;
    }

    private static String norm(String s) {
        return NOT_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * When Readability finds nothing (a page too broken or too short for it): the text of the
     * whole page without its boilerplate, unless that is mostly link text (an index page).
     */
    static String wholeText(Document page) {
        Document copy = page.clone();
        Boilerplate.strip(copy);
        if (copy.body() == null) {
            return "";
        }
        String all = copy.body().text();
        int links = 0;
        for (Element a : copy.body().select("a")) {
            links += a.text().length();
        }
        return all.isEmpty() || links * 2 > all.length() ? "" : HtmlText.of(copy.body());
    }

    /** Readability's main content as paragraphs, boilerplate taken out first; empty when it found none. Takes {@code page} apart. */
    static String readability(Document page, String url) {
        return readability(page, url, Boolean.getBoolean("newsgraph.html.raw") ? null : Boilerplate.find(page));
    }

    /** As {@link #readability(Document, String)}, the boilerplate found beforehand (null: none taken out). */
    private static String readability(Document page, String url, Boilerplate.Found boilerplate) {
        try {
            TextLength.Memo memo = new TextLength.Memo();
            if (boilerplate != null) {
                boilerplate.strip(memo);
            }
            Element content = Boolean.getBoolean("newsgraph.html.plainReadability")
                    ? new Readability4JExtended(url, page).parse().getArticleContent()
                    : ReadabilityPass.content(page, url, memo);
            return content == null ? "" : HtmlText.of(content);
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    /** An articleBody as text: markup in it is read as HTML, otherwise line breaks are kept. */
    static String ldText(String body) {
        String s = body.strip();
        if (s.indexOf('<') >= 0 && HAS_TAG.matcher(s).matches()) {
            return HtmlText.of(Jsoup.parseBodyFragment(s).body());
        }
        s = org.jsoup.parser.Parser.unescapeEntities(s, false).replace("\r\n", "\n").replace('\r', '\n');
        s = BLANKS.matcher(s).replaceAll(" ");
        s = LINE_BLANKS.matcher(s).replaceAll("\n");
        return BLANK_LINES.matcher(s).replaceAll("\n\n").strip();
    }

    /** The number of words (runs of letters or digits) in {@code s}. */
    public static int words(String s) {
        return words(s, Integer.MAX_VALUE);
    }

    /** Whether {@code s} has {@code n} words or more: {@code words(s) >= n}, counted only up to {@code n}. */
    public static boolean atLeastWords(String s, int n) {
        return words(s, n) >= n;
    }

    /** The number of words in {@code s}, or {@code limit} once that many are found. */
    private static int words(String s, int limit) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < limit; i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
