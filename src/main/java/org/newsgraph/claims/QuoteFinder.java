package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.text.Span;

/**
 * Finds direct quotations in a text, in one pass over its characters: curly (“…”), straight
 * ("…") and doubled-apostrophe (''…'') double quotes. A curly or straight double quote closes at
 * the first double mark of either style that ends a word (web text mixes them); a doubled
 * apostrophe closes only with its own kind, so double quotes nested in it are kept inside. A quote that runs over a
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
        boolean inner = false; // a double quote of the other style is open inside this one
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (start < 0) {
                inner = false;
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
            if (kind != 3 && (c == '"' || c == '\u201C' || c == '\u201D') && (c == '"') != (kind == 2)) {
                // a double mark of the other style: it opens or closes a quote nested inside, or, when
                // nothing is nested, closes this one (web text mixes the styles: “It's done," he said.)
                boolean opens = c == '\u201C' ? !closesMixed(text, i) : c == '"' && opensStraight(text, i);
                if (opens && !inner) {
                    inner = true;
                    i++;
                    continue;
                }
                if (inner && (c == '\u201D' || c == '"')) {
                    inner = false;
                    i++;
                    continue;
                }
            }
            boolean closes = switch (kind) {
                case 1, 2 -> c == '\u201D' || (c == '"' || c == '\u201C') && closesMixed(text, i);
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

    /**
     * A straight or left curly double mark at {@code i} closes a double quote of either kind when it
     * ends a word: after a letter, a digit or punctuation, before a space, punctuation or the text's
     * end. Web text mixes the two styles ("“It's done," he said.", "“It's unusual,“ said"), and a
     * double quote nested in a double quote is rare, so the first such mark ends the quote.
     */
    private static boolean closesMixed(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 >= text.length()) {
            return true;
        }
        char nx = text.charAt(i + 1);
        return Character.isWhitespace(nx) || nx == ',' || nx == '.' || nx == ';' || nx == ':' || nx == ')'
                || nx == '?' || nx == '!' || nx == '\u2014';
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
