package org.newsgraph.text;

/**
 * One token: its span in the document text, surface form, and Universal Dependencies POS tag.
 *
 * @param index position of the token within its sentence
 */
public record Token(int index, Span span, String text, String pos) {

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    /** A proper noun, also one the tagger wrote with its possessive clitic ("Biden's/PROPN+PART"). */
    public boolean isProperNoun() {
        return pos != null && (pos.equals("PROPN") || pos.startsWith("PROPN+"));
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isPunct() {
        return "PUNCT".equals(pos);
    }

    public boolean is(String lowerCaseForm) {
        return text.equalsIgnoreCase(lowerCaseForm);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** The index of the first of {@code tokens} (sorted by offset) that begins at or after {@code offset}; their size if none. */
    public static int firstAtOrAfter(java.util.List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
