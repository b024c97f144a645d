package org.newsgraph.ingest.html;

/**
 * Whether jsoup would read a page as UTF-8 without looking: when no charset is given, jsoup
 * parses the first 5 KB once to find a {@code <meta charset>} or {@code http-equiv} declaration
 * (or an XML declaration's encoding), then parses the whole page again. Most pages declare UTF-8
 * there or nothing (UTF-8 is jsoup's default too), so that first parse decides nothing. This looks
 * at the same bytes for the word {@code charset} instead: when every occurrence reads
 * {@code charset = "utf-8"} (or {@code utf8}), and nothing else could declare another encoding
 * (an XML declaration, a declaration written with numeric character references), the page is
 * UTF-8 whatever jsoup's look would have found; otherwise jsoup looks as before. A byte-order mark
 * still wins in both cases (jsoup reads it first).
 */
final class HtmlCharset {

    /** jsoup's look-ahead (DataUtil: 5 * 1024 bytes), and a margin for a declaration cut at its end. */
    static final int WINDOW = 5 * 1024 + 64;

    private static final byte[] CHARSET = ascii("charset");
    private static final byte[] XML = ascii("<?xml");
    private static final byte[] HTTP_EQUIV = ascii("http-equiv");
    private static final byte[] NUMERIC_REF = ascii("&#");

    private HtmlCharset() {
    }

    /** True when jsoup, looking for a declared charset in these bytes, could only find UTF-8 (or none). */
    static boolean utf8(byte[] page) {
        int end = Math.min(page.length, WINDOW);
        if (indexOf(page, end, XML, 0) >= 0
                || indexOf(page, end, HTTP_EQUIV, 0) >= 0 && indexOf(page, end, NUMERIC_REF, 0) >= 0) {
            return false;
        }
        for (int at = indexOf(page, end, CHARSET, 0); at >= 0; at = indexOf(page, end, CHARSET, at + 1)) {
            if (!utf8Value(page, at + CHARSET.length)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes after a {@code charset} read {@code = "utf-8"} up to a quote, space, {@code ;}, {@code ,}, {@code /} or {@code >}. */
    private static boolean utf8Value(byte[] b, int i) {
        i = spaces(b, i);
        if (i >= b.length || b[i] != '=') {
            return false;
        }
        i = spaces(b, i + 1);
        if (i < b.length && (b[i] == '"' || b[i] == '\'')) {
            i = spaces(b, i + 1);
        }
        for (String name : new String[] {"utf-8", "utf8"}) {
            if (matches(b, i, name)) {
                int j = i + name.length();
                if (j >= b.length || " \t\n\r\f\"';,/>".indexOf(b[j]) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int spaces(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == '\f')) {
            i++;
        }
        return i;
    }

    private static boolean matches(byte[] b, int i, String word) {
        if (i + word.length() > b.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (lower(b[i + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first index at or after {@code from}, below {@code end}, where {@code word} (lower case) starts, ASCII case ignored; -1 if none. */
    private static int indexOf(byte[] b, int end, byte[] word, int from) {
        byte first = word[0];
        for (int i = from; i + word.length <= end; i++) {
            if (lower(b[i]) != first) {
                continue;
            }
            int k = 1;
            while (k < word.length && lower(b[i + k]) == word[k]) {
                k++;
            }
            if (k == word.length) {
                return i;
            }
        }
        return -1;
    }

    private static byte lower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
