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
}
