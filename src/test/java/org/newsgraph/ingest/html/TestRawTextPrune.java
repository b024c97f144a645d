package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Cutting script and style content before the parse leaves the parsed page as it was, but for that content. */
class TestRawTextPrune {

    /** The page as jsoup parses it, every node written out, the data of styles and non-JSON scripts left out. */
    private static String tree(byte[] html) throws IOException {
        Document d = Jsoup.parse(new ByteArrayInputStream(html), "UTF-8", "");
        StringBuilder out = new StringBuilder();
        write(d, 0, out);
        return out.toString();
    }

    private static void write(Node n, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (n instanceof Element e) {
            out.append('<').append(e.tag().namespace()).append(':').append(e.normalName()).append(e.attributes().html()).append(">\n");
        } else if (n instanceof DataNode data) {
            boolean cut = n.parentNode() instanceof Element p && (p.nameIs("style")
                    || p.nameIs("script") && !p.attr("type").toLowerCase(java.util.Locale.ROOT).contains("json"));
            out.append("data ").append(cut ? "(cut)" : data.getWholeData()).append('\n');
            return;
        } else if (n instanceof TextNode t) {
            out.append("text ").append(t.getWholeText()).append('\n');
        } else {
            out.append(n.nodeName()).append(' ').append(n.outerHtml()).append('\n');
        }
        for (Node c : n.childNodes()) {
            write(c, depth + 1, out);
        }
    }

    /** The page and its pruned bytes parse to the same tree, the cut data (which the pruned page does not hold) left out. */
    private static void check(String html) throws IOException {
        byte[] b = html.getBytes(StandardCharsets.UTF_8);
        String before = tree(b).replaceAll("(?m)^ *data \\(cut\\)\\n", "");
        String after = tree(RawTextPrune.prune(b)).replaceAll("(?m)^ *data \\(cut\\)\\n", "");
        assertEquals(before, after, html);
    }

    @Test
    void cutsStylesAndScriptsOfTheHeadButKeepsJsonLd() throws IOException {
        String html = "<html><head><style>p { color: red } a<b {}</style>"
                + "<script>if (a < b && c > d) { x = '</div><p>'; }</script><STYLE media=all>.x{}</STYLE >"
                + "<script type=\"application/ld+json\">{\"articleBody\": \"Text\"}</script></head>"
                + "<body><p>One</p><script>var inBody = 1;</script><p>Two</p></body></html>";
        byte[] pruned = RawTextPrune.prune(html.getBytes(StandardCharsets.UTF_8));
        String p = new String(pruned, StandardCharsets.UTF_8);
        assertTrue(!p.contains("color") && !p.contains("x = ") && !p.contains(".x{}"), p);
        assertTrue(p.contains("{\"articleBody\": \"Text\"}") && p.contains("var inBody = 1;"), p);
        check(html);
    }

    @Test
    void readsTagsCommentsAndRawTextAsJsoupDoes() throws IOException {
        assertAll(List.of(
                "<p title=\"<script>\">a</p><style>x</style>",
                "<p title='<style>'>a</p><script>var s = '<style>';</script><p>b</p>",
                "<p data-x=<script>a</p><script>x</script>",
                "<!-- <script> --> <p>a</p><style>s</style>",
                "<!--> <script>x</script>",
                "<!---> <script>x</script>",
                "<!-- a --!> <style>y</style><p>c</p>",
                "<!-- a -- b --> <style>y</style>",
                "<!DOCTYPE html><title>a <style> b</title><style>z</style>",
                "<textarea><script>x</script></textarea><script>y</script>",
                "<xmp><style></xmp><p>x</p><style>q</style>",
                "<script><!-- document.write('<script>x<\\/script>'); --></script><p>after</p><style>s</style>",
                "<script><!-- var a = 1; --></script><p>after</p><style>s</style>",
                "<svg><style>circle { fill: red }</style><title>Icon</title></svg><style>t</style>",
                "<svg><style><p>in</p></style></svg><style>t</style>",
                "<math><mi>x</mi></math><script>z</script>",
                "<select><style>a</style><option>o</option></select><style>b</style>",
                "<select><style><b>x</b></style></select>",
                "<div<script>x</script>",
                "<p <script>x</script><style>y</style>",
                "<p a<script>x</script><style>y</style>",
                "<p a=\"x\"<style>s</style><script>t</script>",
                "<p a= <style>s</style><script>t</script>",
                "<p a/<script>x</script><style>y</style>",
                "<br/><script>x</script><p/ ><style>y</style>",
                "<svg/><style>s</style><math/><script>m</script>",
                "<svg><svg></svg><style>in</style></svg><style>out</style>",
                "<svg><foreignObject><p>x</p><style>f</style></foreignObject></svg><style>o</style>",
                "<svg><p>breaks out</p><style>b</style></svg><style>o</style>",
                "<svg><foreignObject><div></svg></div></foreignObject><style>x</style>",
                "<svg><desc>d <b>x</b></desc></svg><style>y</style>",
                "<math><mi></math><style>m</style>",
                "<template><col><script>x</script></template><style>y</style>",
                "<p a=1 b='2' c=\"3\"/><script>x</script>",
                "<p a = \"x>y\"><style>s</style>",
                "</p foo=\"<style>\"><script>x</script>",
                "</ ><script>x</script>",
                "</3 <script> x><style>s</style>",
                "<? <script> ?><style>s</style>",
                "<script>a</scriptx></script><p>p</p>",
                "<script>a</SCRIPT\t><p>p</p><style>b</style  >",
                "<script>unclosed",
                "<style>unclosed <p>",
                "<p>\u00e9 < 3 and <\u00e9>x<script>y</script>",
                "<frameset><style>a</style></frameset>",
                "<plaintext><script>x</script>",
                "<template><style>t</style><p>x</p></template><script>y</script>",
                "<table><tr><style>s</style><td>x</td></tr></table><script>q</script>",
                "<noscript><img src=a.jpg><style>n</style></noscript><style>m</style>",
                "<head><noscript><style>n</style></noscript></head><body><p>b</p></body>",
                "<iframe><p>not markup</p></iframe><style>z</style>",
                "<![CDATA[ <style> ]]><style>z</style>",
                "<script type=text/json>{\"a\":1}</script><script type=\"&#97;pplication/ld+json\">{}</script>")
                .stream().map(html -> (org.junit.jupiter.api.function.Executable) () -> check(html)));
    }

    /** Pieces that move the tokeniser between its states, put together at random (a fixed seed): the tree is always the same. */
    @Test
    void sameTreeOnRandomMarkup() {
        String[] pieces = {"<script>", "</script>", "<style>", "</style>", "<p>", "</p>", "<div class=\"a\">", "</div>", "text ",
            "<!--", "-->", "--!>", "<!", ">", "<", "</", "\"", "'", "=", " ", "/", "<svg>", "</svg>", "<math>", "</math>",
            "<title>", "</title>", "<textarea>", "</textarea>", "<select>", "</select>", "<option>", "<table>", "<td>",
            "<script type=\"application/ld+json\">", "{\"a\": 1}", "<noscript>", "</noscript>", "<iframe>", "</iframe>",
            "a<b", "<img src=x>", "<br/>", "<![CDATA[", "]]>", "<?x", "<a href='", "<p a=", "</SCRIPT >", "<!--<script>",
            "\u00e9", "&amp;", "&lt;", "\n", "<template>", "</template>", "<col>", "<foreignObject>",
            "</foreignObject>", "<desc>", "</desc>", "<mi>", "<frameset>", "<xmp>", "</xmp>", "<head>", "<body>"};
        java.util.Random r = new java.util.Random(13);
        List<org.junit.jupiter.api.function.Executable> checks = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder html = new StringBuilder();
            for (int k = r.nextInt(30); k >= 0; k--) {
                html.append(pieces[r.nextInt(pieces.length)]);
            }
            String h = html.toString();
            checks.add(() -> check(h));
        }
        assertAll(checks.stream());
    }

    @Test
    void leavesPagesItCannotReadAsAscii() {
        byte[] utf16 = "\uFEFF<style>x</style>".getBytes(StandardCharsets.UTF_16BE);
        assertSame(utf16, RawTextPrune.prune(utf16));
        byte[] plain = "<p>No script here</p>".getBytes(StandardCharsets.UTF_8);
        assertSame(plain, RawTextPrune.prune(plain));
    }

    @Test
    void sameTreeOnTheDevPages() throws IOException {
        Path dir = Path.of("../shared/eval/article-html-dev/html");
        if (!Files.isDirectory(dir)) {
            return; // read from ../shared when it is there
        }
        long before = 0;
        long after = 0;
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                byte[] html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    html = in.readAllBytes();
                }
                if (!HtmlCharset.utf8(html)) {
                    continue;
                }
                byte[] pruned = RawTextPrune.prune(html);
                before += html.length;
                after += pruned.length;
                assertEquals(tree(html).replaceAll("(?m)^ *data \\(cut\\)\\n", ""),
                        tree(pruned).replaceAll("(?m)^ *data \\(cut\\)\\n", ""), p.toString());
            }
        }
        assertTrue(after < 0.6 * before, before + " -> " + after);
    }
}
