package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The cheaper Readability pass chooses the same content as Readability4JExtended itself. */
class TestReadabilityPass {

    private static final String PARA = "<p>The council voted on Tuesday to close the old bridge to lorries, after engineers "
            + "warned that its steel frame had corroded faster than expected, the mayor's office said.</p>";

    private static String page(String article, String around) {
        return "<html><head><title>Bridge closed</title><script>var x=1;</script></head><body>"
                + "<div class=\"menu\"><a href=\"/a\">News</a> <a href=\"/b\">Sport</a></div>" + around
                + "<div class=\"content\">" + article + "</div>"
                + "<div class=\"sidebar\"><ul><li><a href=\"/c\">Most read one</a></li><li><a href=\"/d\">Most read two</a></li></ul></div>"
                + "</body></html>";
    }

    private static String plain(String html) {
        Document d = Jsoup.parse(html, "https://news.example/");
        Element c = new Readability4JExtended("https://news.example/", d).parse().getArticleContent();
        return c == null ? "" : HtmlText.of(c);
    }

    private static String pass(String html) {
        Element c = ReadabilityPass.content(Jsoup.parse(html, "https://news.example/"), "https://news.example/");
        return c == null ? "" : HtmlText.of(c);
    }

    @Test
    void sameContentOnALongArticle() {
        String html = page(PARA.repeat(12), "<div class=\"comments\"><p>First!</p></div>");
        String text = pass(html);
        assertTrue(text.contains("steel frame"), text);
        assertEquals(plain(html), text);
    }

    @Test
    void sameContentWhenReadabilityRetriesWithLooserRules() {
        // under Readability's 500-character threshold: it restores its page cache and tries again
        for (String html : List.of(page(PARA, ""), page("<p>Short.</p>", "<div class=\"promo\">Subscribe now</div>"),
                page("", ""), "<html><body>" + PARA + "</body></html>", "<html><body></body></html>")) {
            assertEquals(plain(html), pass(html), html);
        }
    }

    @Test
    void sameContentWhenARetriedPageHoldsWhatItsMarkupWouldParseDifferently() {
        // each retry restores the page as it was before the first pass: text split by a removed script,
        // line breaks Readability turns into paragraphs (inside a paragraph), fonts, preformatted text
        for (String article : List.of("<div>Hello <script>var y=2;</script> world<p>A short note.</p></div>",
                "<p>One line<br><br>two lines<br><br><br>three <font color=\"red\">lines</font></p>",
                "<div><span>a</span> <span>b</span>&nbsp;&amp;<pre>  kept\n  as is</pre><textarea>x</textarea></div>",
                "<table><tr><td>cell one</td><td>cell, two</td></tr></table><p>Under<!-- note -->neath</p>")) {
            for (String html : List.of(page(article, ""), page(article, "<div class=\"promo\">Subscribe now</div>"))) {
                assertEquals(plain(html), pass(html), html);
            }
        }
    }

    @Test
    void sameContentWhereStylesDecideWhetherAnEmbedIsAVideo() {
        // Readability takes the style off an embedded element before it looks for a video in its attributes and
        // markup: a kept video embed makes its short div go (cleanConditionally), a removed one leaves it
        String style = " style=\"background:url(//www.youtube.com/embed/x)\"";
        for (String embed : List.of("<embed" + style + " src=\"player.swf\">", "<embed src=\"//www.youtube.com/v/1\">",
                "<object" + style + "><embed" + style + " src=\"p.swf\"></object>", "<iframe" + style + " src=\"ad.html\"></iframe>",
                "<svg><embed" + style + " src=\"p.swf\"></embed></svg>", "<span" + style + ">A styled line of text.</span>")) {
            String html = page(PARA.repeat(6) + "<div>A short caption here." + embed + "</div>" + PARA.repeat(6), "");
            assertEquals(plain(html), pass(html), html);
        }
    }

    /** Readability4JExtended's text, or the exception it ends with (it throws on some pages). */
    private static String plainOrThrown(String html) {
        try {
            return plain(html);
        } catch (RuntimeException e) {
            return "thrown: " + e.getClass().getName();
        }
    }

    private static String passOrThrown(String html) {
        try {
            return pass(html);
        } catch (RuntimeException e) {
            return "thrown: " + e.getClass().getName();
        }
    }

    @Test
    void sameContentOnRandomPages() {
        // long and short pages (most of the short ones retried) of the elements each clean-up step looks at
        RandomPages pages = new RandomPages(11);
        for (int k = 0; k < 1500; k++) {
            String html = pages.page();
            assertEquals(plainOrThrown(html), passOrThrown(html), html);
        }
    }

    @Test
    void emptyParagraphAsReadabilitysFilter() {
        for (String html : List.of("<p></p>", "<p> \n </p>", "<p>&nbsp;<br></p>", "<p><img src=\"a.jpg\"></p>",
                "<p><span><iframe src=\"v\"></iframe></span></p>", "<p><embed src=\"e\"></p>", "<p><object></object></p>",
                "<p><b>\u200b</b></p>", "<p>.</p>", "<p><span> </span><i>x</i></p>", "<p><script>var a=1;</script></p>")) {
            Element p = Jsoup.parseBodyFragment(html).body().child(0);
            boolean readability = p.getElementsByTag("img").size() + p.getElementsByTag("embed").size()
                    + p.getElementsByTag("object").size() + p.getElementsByTag("iframe").size() == 0
                    && kotlin.text.StringsKt.trim((CharSequence) p.text()).length() == 0;
            assertEquals(readability, ReadabilityPass.emptyParagraph(p), html);
        }
    }

    @Test
    void collapsesWhitespaceAsReadabilitysRegex() {
        java.util.Random r = new java.util.Random(7);
        String alphabet = "ab \t\n\u000b\f\r\u00a0\u2003.";
        for (int k = 0; k < 20000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(s.replaceAll("\\s{2,}", " "), ReadabilityPass.collapse(s), s);
        }
    }

    @Test
    void blankTextAsJsoupTextIsBlank() {
        for (String html : List.of("<div></div>", "<div> \n </div>", "<div>&nbsp;<br></div>", "<div><span>\u200b</span></div>",
                "<div>\u00ad\u2003</div>", "<div><b> </b><i>x</i></div>", "<div><script>var a=1;</script></div>",
                "<div><p></p><p>.</p></div>", "<div>\ud83d\ude00</div>", "<div><!-- note --></div>")) {
            Element div = Jsoup.parseBodyFragment(html).body().child(0);
            assertEquals(kotlin.text.StringsKt.isBlank(div.text()), ReadabilityPass.blankText(div), html);
        }
    }

    @Test
    void sameContentOnTheDevPages() throws IOException {
        Path dir = Path.of("../shared/eval/article-html-dev/html");
        if (!Files.isDirectory(dir)) {
            return; // the dev pages are read from ../shared when it is there; TestHtmlBodyFloor says so
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertTrue(pages.size() > 50);
        for (Path p : pages) {
            String html;
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
                html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertEquals(plain(html), pass(html), p.getFileName().toString());
        }
    }
}
