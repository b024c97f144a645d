package org.newsgraph.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A page's bytes without the content of the {@code <style>} elements and non-JSON scripts before
 * its {@code <body>} tag, which nothing here reads (Readability removes both, the text skips them,
 * only JSON-LD is read), and which are most of a news page: on the 61 dev pages the part before
 * {@code <body>} is 47 % of the bytes, 92 % of it style and script content. jsoup would decode
 * it, copy it into its buffers and make a node of each. The scan stops at {@code <body>}: after it,
 * the markup it would have to read to find the rest costs about what cutting it saves.
 *
 * <p>The page is scanned as jsoup's tokeniser reads it: text, comments, doctypes and bogus
 * comments, tags with their attributes (quoted values may hold anything), and the elements whose
 * content is not markup ({@code title} and {@code textarea}, {@code xmp}, {@code iframe},
 * {@code noembed}, {@code noframes}); a script or style start tag found in the data state
 * (outside any of those) has its content cut up to its end tag, which is found as the tokeniser
 * finds it (the first {@code </script} or {@code </style} followed by a space, {@code /} or
 * {@code >}, in any case). Where the scan cannot be sure it reads as jsoup reads, it stops and
 * leaves the rest as it is: a script with {@code <!--} before a nested {@code <script} (the
 * escaped states), inside {@code <svg>} or {@code <math>} (foreign content, where script and style
 * hold markup; and for the rest of the page once HTML was opened inside them), inside
 * {@code <select>} (where a style tag is ignored) or {@code <template>} (whose insertion modes may
 * ignore a script tag), a frameset, CDATA, {@code <plaintext>}, a NUL byte, a tag beginning with a
 * non-ASCII letter, an end not found. The parsed page is the same but for the emptied elements
 * ({@code TestRawTextPrune} compares the trees, on the dev pages and on random markup). It reads
 * the bytes as ASCII, so it is used only on pages read as UTF-8 (without a UTF-16 or UTF-32 mark).
 */
final class RawTextPrune {

    /** Elements whose content is text up to their end tag, not markup: skipped whole, never cut. */
    private static final Set<String> RAW = Set.of("title", "textarea", "xmp", "iframe", "noembed", "noframes");
    /**
     * Elements of SVG and MathML that hold HTML: after one, the scan no longer trusts its count of
     * open svg and math elements (an end tag may not close them), and cuts nothing more.
     */
    private static final Set<String> INTEGRATION = Set.of("foreignobject", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");

    private final byte[] page;
    /** The page as Latin-1 characters, one a byte: its {@code indexOf} is the JDK's vectorised one. */
    private final String s;
    private final int n;
    /** The spans cut: start, end, start, end… */
    private int[] cuts = new int[16];
    private int cutCount;
    private int svg;
    private int math;
    /** Set once HTML was opened inside SVG or MathML: the page may be in foreign content whatever the counts say. */
    private boolean unsure;
    private int templates;
    private boolean select;

    private RawTextPrune(byte[] page) {
        this.page = page;
        this.s = new String(page, StandardCharsets.ISO_8859_1);
        this.n = page.length;
    }

    /** The page without the script and style content of its head, or {@code page} itself when there is nothing to cut (or a UTF-16/32 mark). */
    static byte[] prune(byte[] page) {
        RawTextPrune p = scanned(page);
        return p == null || p.cutCount == 0 ? page : p.cut();
    }

    /**
     * What {@link #prune} gives, as a stream each {@link java.util.function.Supplier#get} opens
     * anew: the page's bytes between the cuts, read where they are instead of copied into a page
     * of their own.
     */
    static java.util.function.Supplier<java.io.InputStream> pruned(byte[] page) {
        RawTextPrune p = scanned(page);
        if (p == null || p.cutCount == 0) {
            return () -> new java.io.ByteArrayInputStream(page);
        }
        return p::kept;
    }

    /** The page scanned for what to cut; null when it is not read as single bytes (a UTF-16/32 mark, a NUL byte). */
    private static RawTextPrune scanned(byte[] page) {
        if (page.length >= 2 && (page[0] == (byte) 0xFE && page[1] == (byte) 0xFF || page[0] == (byte) 0xFF && page[1] == (byte) 0xFE
                || page[0] == 0 && page[1] == 0)) {
            return null;
        }
        RawTextPrune p = new RawTextPrune(page);
        if (p.s.indexOf('\0') >= 0) {
            return null;
        }
        p.scan();
        return p;
    }

    /** The page's bytes between the cuts, as one stream. */
    private java.io.InputStream kept() {
        java.util.List<java.io.InputStream> parts = new java.util.ArrayList<>(cutCount / 2 + 1);
        int from = 0;
        for (int i = 0; i < cutCount; i += 2) {
            parts.add(new java.io.ByteArrayInputStream(page, from, cuts[i] - from));
            from = cuts[i + 1];
        }
        parts.add(new java.io.ByteArrayInputStream(page, from, n - from));
        return new java.io.SequenceInputStream(java.util.Collections.enumeration(parts));
    }

    /** Reads the page from the start; returns when it ends or the scan stops in doubt. */
    private void scan() {
        int i = 0;
        while (i >= 0 && i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            char c = s.charAt(lt + 1);
            if (c == '!') {
                i = markup(lt);
            } else if (c == '?') {
                i = to(lt + 2, '>');
            } else if (c == '/') {
                i = endTag(lt);
            } else if (letter(c)) {
                i = startTag(lt);
            } else if (c >= 0x80) {
                return; // perhaps a non-ASCII letter, which jsoup takes for a tag
            } else {
                i = lt + 1;
            }
        }
    }

    /** After {@code <!}: a comment, a doctype or a bogus comment (to the next {@code >}); -1 on CDATA or an unclosed one. */
    private int markup(int lt) {
        if (s.startsWith("<!--", lt)) {
            return commentEnd(lt + 4);
        }
        if (s.regionMatches(true, lt, "<![CDATA[", 0, 9)) {
            return -1;
        }
        return to(lt + 2, '>');
    }

    /** The index after the comment whose text starts at {@code i}, as jsoup's comment states end it; -1 if it does not end. */
    private int commentEnd(int i) {
        // 0 comment start, 1 start dash, 2 comment, 3 end dash, 4 end, 5 end bang
        int state = 0;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            switch (state) {
                case 0, 1 -> {
                    if (c == '>') {
                        return k + 1;
                    }
                    state = c == '-' ? state + 1 + (state == 1 ? 2 : 0) : 2;
                }
                case 2 -> state = c == '-' ? 3 : 2;
                case 3 -> state = c == '-' ? 4 : 2;
                case 4 -> {
                    if (c == '>') {
                        return k + 1;
                    }
                    state = c == '!' ? 5 : c == '-' ? 4 : 2;
                }
                default -> {
                    if (c == '>') {
                        return k + 1;
                    }
                    state = c == '-' ? 3 : 2;
                }
            }
        }
        return -1;
    }

    private int endTag(int lt) {
        if (lt + 2 >= n) {
            return -1;
        }
        char c = s.charAt(lt + 2);
        if (c == '>') {
            return lt + 3;
        }
        if (!letter(c)) {
            return c >= 0x80 ? -1 : to(lt + 2, '>');
        }
        Tag t = tag(lt + 2);
        if (t == null) {
            return -1;
        }
        if (svg > 0 && t.name.equals("svg")) {
            svg--;
        } else if (math > 0 && t.name.equals("math")) {
            math--;
        } else if (t.name.equals("select")) {
            select = false;
        } else if (templates > 0 && t.name.equals("template")) {
            templates--;
        }
        return t.end;
    }

    private int startTag(int lt) {
        Tag t = tag(lt + 1);
        if (t == null || t.name.equals("plaintext") || t.name.equals("frameset") || t.name.equals("body")) {
            return -1;
        }
        boolean script = t.name.equals("script");
        boolean foreign = svg > 0 || math > 0 || unsure;
        if (foreign && INTEGRATION.contains(t.name)) {
            unsure = true;
        }
        if (script || t.name.equals("style") || RAW.contains(t.name) || foreign && t.name.equals("desc")) {
            int close = close(t.end, t.name);
            if (close < 0) {
                return -1;
            }
            if (foreign || select || templates > 0) {
                // markup or raw text, as the tree builder decides: the same end only when the content holds no tag
                return s.indexOf('<', t.end) < close ? -1 : close;
            }
            if (script && escaped(t.end, close)) {
                return -1;
            }
            if ((script && !json(lt, t.end) || t.name.equals("style")) && close > t.end) {
                cut(t.end, close);
            }
            return close;
        }
        if (t.name.equals("svg") && !t.selfClosing) {
            svg++;
        } else if (t.name.equals("math") && !t.selfClosing) {
            math++;
        } else if (t.name.equals("select")) {
            select = true;
        } else if (t.name.equals("template")) {
            templates++;
        }
        return t.end;
    }

    /** Whether a script's content would take the tokeniser into its escaped states in a way that moves its end. */
    private boolean escaped(int from, int close) {
        boolean comment = false;
        // close is at a '<': every search below stops there at the latest
        for (int k = s.indexOf('<', from); k < close; k = s.indexOf('<', k + 1)) {
            if (!comment) {
                comment = s.startsWith("<!--", k);
            } else if (s.regionMatches(true, k + 1, "script", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the start tag between {@code from} and {@code to} mentions JSON (or a character reference that could spell it). */
    private boolean json(int from, int to) {
        for (int k = from; k + 4 <= to; k++) {
            char c = s.charAt(k);
            if (c == '&' || (c == 'j' || c == 'J') && s.regionMatches(true, k, "json", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** Where the content of a raw text element ends: the first {@code </name} followed by a space, {@code /} or {@code >}; -1 if none. */
    private int close(int from, String name) {
        for (int k = s.indexOf("</", from); k >= 0; k = s.indexOf("</", k + 1)) {
            int after = k + 2 + name.length();
            if (after < n && s.regionMatches(true, k + 2, name, 0, name.length())) {
                char c = s.charAt(after);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>') {
                    return k;
                }
            }
        }
        return -1;
    }

    private record Tag(String name, int end, boolean selfClosing) { }

    /** The tag whose name starts at {@code i} (after {@code <} or {@code </}), read by jsoup's tag states; null if the page ends in it. */
    private Tag tag(int i) {
        int k = i;
        while (k < n && !tagNameEnd(s.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return null;
        }
        String name = known(i, k);
        // states: 0 before attribute name, 1 attribute name, 2 after attribute name, 3 before value,
        // 6 unquoted value, 7 after a quoted value, 8 self-closing
        int state = 0;
        char c = s.charAt(k);
        if (c == '>') {
            return new Tag(name, k + 1, false);
        }
        if (c == '/') {
            state = 8;
        }
        for (k++; k < n; k++) {
            c = s.charAt(k);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            switch (state) {
                case 0 -> {
                    if (c == '>') {
                        return new Tag(name, k + 1, false);
                    } else if (c == '/') {
                        state = 8;
                    } else if (!space) {
                        state = 1;
                    }
                }
                case 1 -> {
                    if (c == '>') {
                        return new Tag(name, k + 1, false);
                    }
                    state = space ? 2 : c == '/' ? 8 : c == '=' ? 3 : 1;
                }
                case 2 -> {
                    if (c == '>') {
                        return new Tag(name, k + 1, false);
                    }
                    state = space ? 2 : c == '/' ? 8 : c == '=' ? 3 : 1;
                }
                case 3 -> {
                    if (c == '>') {
                        return new Tag(name, k + 1, false);
                    }
                    if (c == '"' || c == '\'') {
                        // a quoted value ends at the next such quote (a character reference never takes it)
                        k = s.indexOf(c, k + 1);
                        if (k < 0) {
                            return null;
                        }
                        state = 7;
                    } else {
                        state = space ? 3 : 6;
                    }
                }
                case 6 -> {
                    if (c == '>') {
                        return new Tag(name, k + 1, false);
                    }
                    state = space ? 0 : 6;
                }
                case 7 -> {
                    if (c == '>') {
                        return new Tag(name, k + 1, false);
                    }
                    if (c == '/') {
                        state = 8;
                    } else {
                        state = 0;
                        if (!space) {
                            k--; // read again before an attribute name
                        }
                    }
                }
                default -> {
                    if (c == '>') {
                        return new Tag(name, k + 1, true);
                    }
                    state = 0;
                    k--;
                }
            }
        }
        return null;
    }

    /** The names the scan acts on, lower case. */
    private static final String[] KNOWN = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
        "plaintext", "frameset", "svg", "math", "select", "template", "desc", "foreignobject", "mi", "mo", "mn", "ms", "mtext",
        "annotation-xml", "body"};

    /** The tag name between {@code i} and {@code k} in lower case when it is one of {@link #KNOWN}, else "" (without writing it out). */
    private String known(int i, int k) {
        int length = k - i;
        for (String name : KNOWN) {
            if (name.length() == length && s.regionMatches(true, i, name, 0, length)) {
                return name;
            }
        }
        return "";
    }

    private static boolean tagNameEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The index after the next {@code c} at or after {@code i}; -1 if none. */
    private int to(int i, char c) {
        int k = s.indexOf(c, i);
        return k < 0 ? -1 : k + 1;
    }

    /** Leaves out the page's bytes from {@code from} to {@code to}. */
    private void cut(int from, int to) {
        if (cutCount + 2 > cuts.length) {
            cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
        }
        cuts[cutCount++] = from;
        cuts[cutCount++] = to;
    }

    /** The page without the spans cut. */
    private byte[] cut() {
        int removed = 0;
        for (int i = 0; i < cutCount; i += 2) {
            removed += cuts[i + 1] - cuts[i];
        }
        byte[] out = new byte[n - removed];
        int at = 0;
        int from = 0;
        for (int i = 0; i < cutCount; i += 2) {
            System.arraycopy(page, from, out, at, cuts[i] - from);
            at += cuts[i] - from;
            from = cuts[i + 1];
        }
        System.arraycopy(page, from, out, at, n - from);
        return out;
    }
}
