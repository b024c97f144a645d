package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.text.Span;

/**
 * Finds direct quotations in a text, in one pass over its characters: curly (“…”), straight
 * ("…") and doubled-apostrophe (''…'') double quotes. A closing mark must match its opening
 * kind, so quotes of another kind nested inside are kept inside. A quote that runs over a
 * paragraph end continues when the next paragraph opens with the same mark (the news
 * convention for quotes of several paragraphs); otherwise it ends with its paragraph.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    /**
     * One quoted passage within a paragraph, marks included.
     *
     * @param continues the quote goes on from the previous paragraph's passage
     */
    record Quote(Span span, boolean continues) { }

    /** Quoted passages in text order; a quote over several paragraphs gives one per paragraph. */
    static List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        boolean continues = false;
        int n = text.length();
        int start = -1;
        int kind = 0; // 1 curly, 2 straight, 3 doubled apostrophe
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (start < 0) {
                if (c == '\u201C') {
                    start = i;
                    kind = 1;
                } else if (c == '"' && opensStraight(text, i)) {
                    start = i;
                    kind = 2;
                } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' && opensStraight(text, i)) {
                    start = i;
                    kind = 3;
                    i++;
                }
                i++;
                continue;
            }
            if (c == '\n') {
                int next = i;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                int end = i;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end - start > 1) {
                    out.add(new Quote(new Span(start, end), continues));
                }
                if (next < n && opensKind(text, next) == kind) {
                    // multi-paragraph quote: the next paragraph reopens it
                    start = next;
                    continues = true;
                    i = next + (kind == 3 ? 2 : 1);
                    continue;
                }
                start = -1;
                continues = false;
                i = next;
                continue;
            }
            boolean closes = switch (kind) {
                case 1 -> c == '\u201D';
                case 2 -> c == '"';
                default -> c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'';
            };
            if (closes) {
                int end = i + (kind == 3 ? 2 : 1);
                out.add(new Quote(new Span(start, end), continues));
                start = -1;
                continues = false;
                i = end;
                continue;
            }
            i++;
        }
        if (start >= 0 && n - start > 1) {
            int end = n;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Quote(new Span(start, end), continues));
        }
        return out;
    }

    private static int opensKind(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C') {
            return 1;
        }
        if (c == '"') {
            return 2;
        }
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            return 3;
        }
        return 0;
    }

    /** A straight mark opens when it starts a word: after a space, a bracket or the text start. */
    private static boolean opensStraight(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '\u2014' || p == '-' || p == ':';
    }
}
