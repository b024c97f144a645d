package org.newsgraph.text;

import java.util.Arrays;

/**
 * Converts between the UTF-16 {@code char} indices that Java strings (and every {@link Span} inside
 * newsgraph) use and the Unicode code point offsets that the RDF contract counts
 * ({@code ../shared/design/vocabulary.md}, and Python's {@code str} in the scorer). The two differ
 * only after a character beyond U+FFFF (an emoji, a mathematical letter, a CJK extension B
 * ideograph), which Java stores as a surrogate pair.
 *
 * <p>Built once per text: a text with no surrogate pair (nearly all news) gets the identity and
 * costs one scan; otherwise the positions of the pairs are kept and each conversion is a binary
 * search, never a scan of the text.
 */
public final class CodePoints {

    private static final CodePoints IDENTITY = new CodePoints(new int[0]);

    /** UTF-16 index of the high surrogate of each pair, ascending. */
    private final int[] pairs;

    private CodePoints(int[] pairs) {
        this.pairs = pairs;
    }

    /** The index of {@code text}. */
    public static CodePoints of(CharSequence text) {
        int n = text.length();
        int[] found = null;
        int count = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (found == null) {
                    found = new int[16];
                } else if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++;
            }
        }
        return found == null ? IDENTITY : new CodePoints(Arrays.copyOf(found, count));
    }

    /** Whether the text has characters beyond U+FFFF (otherwise both counts agree). */
    public boolean hasSurrogates() {
        return pairs.length > 0;
    }

    /**
     * The code point offset of UTF-16 index {@code utf16}, as {@code text.codePointCount(0, utf16)}
     * counts it (a pair cut in the middle counts as one).
     */
    public int toCodePoint(int utf16) {
        if (pairs.length == 0) {
            return utf16;
        }
        // pairs wholly before utf16: those with high + 2 <= utf16, i.e. high < utf16 - 1
        int before = lowerBound(pairs, utf16 - 1);
        return utf16 - before;
    }

    /** The UTF-16 index of code point offset {@code codePoint}, as {@code text.offsetByCodePoints(0, codePoint)}. */
    public int toUtf16(int codePoint) {
        if (pairs.length == 0) {
            return codePoint;
        }
        // the k-th pair starts at code point pairs[k] - k, ascending in k: count those before codePoint
        int lo = 0, hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    /** {@code span} in code points. */
    public Span toCodePoints(Span span) {
        return pairs.length == 0 ? span : new Span(toCodePoint(span.begin()), toCodePoint(span.end()));
    }

    /** {@code span}, given in code points, in UTF-16 indices. */
    public Span toUtf16(Span span) {
        return pairs.length == 0 ? span : new Span(toUtf16(span.begin()), toUtf16(span.end()));
    }

    /** The number of entries of {@code a} less than {@code key}. */
    private static int lowerBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
