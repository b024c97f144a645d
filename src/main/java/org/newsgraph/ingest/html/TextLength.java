package org.newsgraph.ingest.html;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The length of an element's text ({@link Element#text()}, or Readability's inner text: that
 * text trimmed as Kotlin trims, runs of white space made one) and how often a character occurs in
 * it, counted without writing the text out. Readability asks for the text of nested elements
 * over and over only to divide lengths (link density) or count commas; writing it costs most of
 * that. The count walks the element as jsoup's text accumulator does (a space before a block,
 * {@code <br>} or text boundary element, a space after one before inline content, white space
 * collapsed, zero-width space and soft hyphen left out) and keeps only the length, whether the
 * last character is a space and whether the first one is. Text this does not follow exactly (in
 * {@code <pre>} and other white-space-preserving elements, CDATA, control characters, spaces
 * other than jsoup's that Kotlin would trim) makes it give up: the caller then asks jsoup.
 */
final class TextLength implements NodeFilter {

    /** Returned when the text holds what the count does not follow. */
    static final int UNKNOWN = -1;

    private final char counted;
    /** Summaries of the page's text strings, or null: each string is read once, not once a walk. */
    private final Memo memo;
    private int length;
    private int count;
    private boolean first;
    private boolean lastSpace;
    private boolean unknown;
    /**
     * A text boundary element (an image, a button…) that jsoup gives a leading space when it holds
     * text: the space is added when its first character (or a space) comes, instead of looking
     * through it for text first; null when there is none.
     */
    private Element pending;

    private TextLength(char counted, Memo memo) {
        this.counted = counted;
        this.memo = memo;
    }

    /** {@code e.text().length()}. */
    static int text(Element e) {
        return text(e, null);
    }

    /** {@code e.text().length()}, the text strings summarised once in {@code memo} (may be null). */
    static int text(Element e, Memo memo) {
        TextLength t = walk(e, '\0', memo);
        return t.unknown ? e.text().length() : t.trimmed();
    }

    /** The length of Readability's {@code getInnerText(e, regex, true)}, or {@link #UNKNOWN}. */
    static int inner(Element e) {
        return inner(e, null);
    }

    static int inner(Element e, Memo memo) {
        TextLength t = walk(e, '\0', memo);
        return t.unknown ? UNKNOWN : t.trimmed();
    }

    /** How often {@code c} (not white space) occurs in {@code e.text()}, or {@link #UNKNOWN}. */
    static int count(Element e, char c) {
        return count(e, c, null);
    }

    static int count(Element e, char c, Memo memo) {
        if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 8203 || c == 173) {
            return UNKNOWN;
        }
        TextLength t = walk(e, c, memo);
        return t.unknown ? UNKNOWN : t.count;
    }

    /**
     * The length of Readability's {@code getInnerText(e, regex, true)} and how often {@code c} (not
     * white space) occurs in it, in one walk; null when either is {@link #UNKNOWN}.
     */
    static int[] innerAndCount(Element e, char c) {
        return innerAndCount(e, c, null);
    }

    static int[] innerAndCount(Element e, char c, Memo memo) {
        if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 8203 || c == 173) {
            return null;
        }
        TextLength t = walk(e, c, memo);
        return t.unknown ? null : new int[] {t.trimmed(), t.count};
    }

    private static TextLength walk(Element e, char counted, Memo memo) {
        TextLength t = new TextLength(counted, memo);
        NodeTraversor.filter(t, e);
        return t;
    }

    /** The length without a leading or trailing space (the text holds no other white space and never two spaces in a row). */
    private int trimmed() {
        if (length == 0) {
            return 0;
        }
        int n = length - (first ? 1 : 0) - (lastSpace ? 1 : 0);
        return Math.max(n, 0);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (text instanceof CDataNode || preserves(text.parentNode())) {
                unknown = true;
                return FilterResult.STOP;
            }
            String s = text.getWholeText();
            if (memo != null && pending == null && (counted == '\0' || counted == Memo.COUNTED) && memo.add(this, s)) {
                return FilterResult.CONTINUE;
            }
            if (!append(s)) {
                unknown = true;
                return FilterResult.STOP;
            }
        } else if (node instanceof Element el && length > 0 && !lastSpace) {
            if (el.isBlock() || el.nameIs("br")) {
                space();
            } else if (pending == null && el.tag().is(Tag.TextBoundary) && el.childNodeSize() > 0) {
                pending = el;
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
            if (el == pending) {
                pending = null; // it held no text: no space, as jsoup's hasText() found
            }
            Node next = node.nextSibling();
            if (trailingSeparator(el) && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
                    && !lastSpace) {
                space();
            }
        }
        return FilterResult.CONTINUE;
    }

    private void space() {
        if (length == 0) {
            first = true;
        }
        length++;
        lastSpace = true;
        pending = null;
    }

    /** One character of text that is not white space. */
    private void character(char c) {
        length++;
        if (c == counted) {
            count++;
        }
        lastSpace = false;
    }

    /** As jsoup's {@code StringUtil.appendNormalisedWhitespace(accum, s, lastCharIsWhitespace(accum))}; false on a character it does not follow. */
    private boolean append(String s) {
        boolean stripLeading = lastSpace;
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 127 && pending == null) {
                // printable ASCII, the common case: one character of text
                character(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                if (stripLeading && !reachedNonWhite || lastWasWhite) {
                    continue;
                }
                space();
                lastWasWhite = true;
            } else {
                if (c < ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    return false;
                }
                if (pending != null) {
                    // the boundary element holds text: jsoup wrote its space before this text node began
                    space();
                    stripLeading = true;
                }
                if (c == 8203 || c == 173) {
                    continue;
                }
                // a surrogate pair is two chars in the text as in the count; neither is white space
                character(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
        return true;
    }

    /** What {@link #append} does with a text summarised as {@code r}, the boundary element being null. */
    private void add(Run r) {
        if (!r.visible) {
            if (r.white && !lastSpace) {
                space();
            }
            return;
        }
        if (r.lead && !lastSpace) {
            space();
        }
        length += r.core;
        if (counted == Memo.COUNTED) {
            count += r.commas;
        }
        lastSpace = false;
        if (r.trail) {
            space();
        }
    }

    /**
     * What {@link #append} makes of a text, whatever comes before it (with no boundary element
     * pending): whether it starts with white space, its normalised length from its first to its last
     * visible character, its commas, whether white space follows; null when it holds a character
     * {@code append} does not follow.
     */
    private record Run(boolean white, boolean visible, boolean lead, boolean trail, int core, int commas) {

        static Run of(String s) {
            boolean white = false;
            boolean visible = false;
            boolean lead = false;
            boolean lastWasWhite = false;
            int core = 0;
            int commas = 0;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                    white = true;
                    lead |= !visible;
                    lastWasWhite = true;
                    continue;
                }
                if (!(c > ' ' && c < 127)) {
                    if (c < ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        return null;
                    }
                    if (c == 8203 || c == 173) {
                        continue;
                    }
                }
                if (visible && lastWasWhite) {
                    core++;
                }
                core++;
                if (c == Memo.COUNTED) {
                    commas++;
                }
                visible = true;
                lastWasWhite = false;
            }
            return new Run(white, visible, lead, visible && lastWasWhite, core, commas);
        }
    }

    /**
     * The summaries of a page's text strings, each made the first time a walk meets the string:
     * Readability and the boilerplate removal count the text of nested elements again and again.
     * Keyed by the string itself (a text node's content; strings do not change, so a summary never
     * goes stale when the page is changed), for one page at a time.
     */
    static final class Memo {
        /** The one character a summary counts (Readability's commas). */
        static final char COUNTED = ',';
        private static final Run UNFOLLOWED = new Run(false, false, false, false, 0, 0);
        private final java.util.IdentityHashMap<String, Run> runs = new java.util.IdentityHashMap<>();

        /** Adds {@code s} to {@code t}'s count from its summary; false when {@code append} must read it. */
        boolean add(TextLength t, String s) {
            Run r = runs.get(s);
            if (r == null) {
                r = Run.of(s);
                runs.put(s, r == null ? UNFOLLOWED : r);
            }
            if (r == null || r == UNFOLLOWED) {
                return false;
            }
            t.add(r);
            return true;
        }
    }

    /** As jsoup's {@code Element.preserveWhitespace}: the node or one of its five nearest ancestors keeps white space. */
    private static boolean preserves(Node node) {
        if (node instanceof Element el) {
            int i = 0;
            do {
                if (el.tag().preserveWhitespace()) {
                    return true;
                }
                el = el.parent();
                i++;
            } while (i < 6 && el != null);
        }
        return false;
    }

    private static boolean trailingSeparator(Element el) {
        return el.tag().is(Tag.TextBoundary) || !el.tag().isInline() || hasBlockChild(el);
    }

    private static boolean hasBlockChild(Element el) {
        for (int i = 0; i < el.childNodeSize(); i++) {
            if (el.childNode(i) instanceof Element child && child.isBlock()) {
                return true;
            }
        }
        return false;
    }
}
