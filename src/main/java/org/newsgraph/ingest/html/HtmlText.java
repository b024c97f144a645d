package org.newsgraph.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML element as news text is written: one paragraph per block (p, li, h2,
 * blockquote, div…), a blank line between paragraphs, a line break for {@code <br>}, white space
 * inside a paragraph collapsed to one space, {@code <pre>} kept as it is.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "address", "hr", "form",
            "fieldset", "details", "summary", "center", "body", "html");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "head", "button", "select", "option", "input", "textarea", "video", "audio",
            "canvas", "map");

    private final StringBuilder out = new StringBuilder();
    /** Text of the paragraph being built, not yet flushed. */
    private final StringBuilder para = new StringBuilder();

    private HtmlText() {
    }

    /** The element's text, paragraphs separated by a blank line, trimmed. */
    public static String of(Node root) {
        HtmlText t = new HtmlText();
        t.walk(root);
        t.flush();
        return t.out.toString().strip();
    }

    private void walk(Node n) {
        if (n instanceof TextNode tn) {
            inline(tn.getWholeText());
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        if ("br".equals(tag)) {
            lineBreak();
            return;
        }
        if ("pre".equals(tag)) {
            flush();
            para.append(e.wholeText().strip());
            flush();
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush();
        } else if (CELLS.contains(tag)) {
            space();
        }
        for (Node c : e.childNodes()) {
            walk(c);
        }
        if (block) {
            flush();
        } else if (CELLS.contains(tag)) {
            space();
        }
    }

    /** The text of a text node: each run of white space one space, the runs between copied whole. */
    private void inline(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (white(s.charAt(i))) {
                space();
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !white(s.charAt(j))) {
                j++;
            }
            para.append(s, i, j);
            i = j;
        }
    }

    private static boolean white(char c) {
        if (c < 128) {
            return c <= ' ' && Character.isWhitespace(c);
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
    }

    private void space() {
        int n = para.length();
        if (n > 0 && para.charAt(n - 1) != ' ' && para.charAt(n - 1) != '\n') {
            para.append(' ');
        }
    }

    private void lineBreak() {
        int n = para.length();
        while (n > 0 && para.charAt(n - 1) == ' ') {
            para.setLength(--n);
        }
        if (n > 0 && para.charAt(n - 1) == '\n') {
            // two line breaks in a row: a new paragraph
            para.setLength(n - 1);
            flush();
        } else if (n > 0) {
            para.append('\n');
        }
    }

    private void flush() {
        String p = para.toString().strip();
        para.setLength(0);
        if (p.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(p);
    }
}
