package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text lengths counted without the text agree with jsoup's text and Readability's inner text. */
class TestTextLength {

    /** Readability's inner text as ReadabilityPass reads it: Kotlin's trim, runs of \s made one space. */
    private static String inner(Element e) {
        return ReadabilityPass.collapse(kotlin.text.StringsKt.trim((CharSequence) e.text()).toString());
    }

    private static int commas(String s) {
        return (int) s.chars().filter(c -> c == ',').count();
    }

    /** Checks every {@code every}-th element of {@code d}; returns how many the count could not follow. */
    private static int check(Document d, String where, int every) {
        int unknown = 0;
        List<Element> all = d.getAllElements();
        TextLength.Memo memo = new TextLength.Memo(); // one for the page, as the extractor has it
        for (int i = 0; i < all.size(); i += every) {
            Element e = all.get(i);
            String text = e.text();
            assertEquals(text.length(), TextLength.text(e), where + ": " + e.cssSelector());
            int inner = TextLength.inner(e);
            assertEquals(text.length(), TextLength.text(e, memo), where + ": " + e.cssSelector() + " (memo)");
            assertEquals(inner, TextLength.inner(e, memo), where + ": " + e.cssSelector() + " (memo)");
            assertEquals(TextLength.count(e, ','), TextLength.count(e, ',', memo), where + ": " + e.cssSelector() + " (memo)");
            assertEquals(java.util.Arrays.toString(TextLength.innerAndCount(e, ',')),
                    java.util.Arrays.toString(TextLength.innerAndCount(e, ',', memo)), where + ": " + e.cssSelector() + " (memo)");
            if (inner == TextLength.UNKNOWN) {
                unknown++;
            } else {
                assertEquals(inner(e).length(), inner, where + ": " + e.cssSelector());
            }
            int commas = TextLength.count(e, ',');
            if (commas != TextLength.UNKNOWN) {
                assertEquals(commas(inner(e)), commas, where + ": " + e.cssSelector());
            }
        }
        return unknown;
    }

    @Test
    void agreesOnGeneratedMarkup() {
        String[] bits = {"<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<a href=#>", "</a>", "<br>", "<b>", "</b>",
                "<li>", "<ul>", "</ul>", "<td>", "<tr>", "<table>", "</table>", "<pre>", "</pre>", "<img src=x.png>",
                "<textarea>", "</textarea>", "<script>a, b</script>", "<!-- c -->", "<![CDATA[x ]]>", "<svg><text>s</text></svg>",
                " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u00ad", "\u2009", "\u000b", "\u3000", "\ud83d\ude00", ",", " , ",
                "<object>", "</object>", "<select>", "<option>", "</select>", "<video>", "</video>", "\u200b ", "word", "Two words", "&nbsp;", "&amp;", "x,y", "<h2>", "</h2>", "<button>", "</button>", "<label>", "</label>"};
        Random r = new Random(11);
        for (int k = 0; k < 4000; k++) {
            StringBuilder b = new StringBuilder("<body>");
            for (int i = r.nextInt(40); i > 0; i--) {
                b.append(bits[r.nextInt(bits.length)]);
            }
            check(Jsoup.parse(b.append("</body>").toString()), b.toString(), 1);
        }
    }

    @Test
    void agreesOnTheDevPagesAndFollowsNearlyAll() throws IOException {
        Path dir = Path.of("../shared/eval/article-html-dev/html");
        if (!Files.isDirectory(dir)) {
            return; // read from ../shared when it is there
        }
        List<Path> pages;
        try (var s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        int elements = 0;
        int unknown = 0;
        for (Path p : pages) {
            Document d;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                d = Jsoup.parse(in, null, "https://news.example/");
            }
            elements += (d.getAllElements().size() + 19) / 20;
            unknown += check(d, p.getFileName().toString(), 20); // every twentieth element: jsoup's text of each is slow
        }
        assertTrue(unknown * 10 < elements, unknown + " of " + elements + " elements not followed");
    }
}
