package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An alternation of literal words ({@code banner|comment|^hid$|…}), compiled with
 * {@link Pattern#CASE_INSENSITIVE}, found without the regex engine: {@link #find} answers as
 * {@code Pattern.compile(alternation, CASE_INSENSITIVE).matcher(s).find()} does (ASCII letters in
 * either case, every other character as it is; {@code ^} and {@code $} anchor an alternative to
 * the start and end), by looking only at the alternatives that begin with the character at hand
 * instead of trying each alternative at each position.
 */
final class Literals {

    private static final Pattern PLAIN = Pattern.compile("\\^?[a-z0-9 _-]+\\$?");

    private final List<List<Word>> byFirst = new ArrayList<>();
    /** {@link #byFirst} as arrays, null for a character no word begins with: the search's look-up. */
    private final Word[][] starting = new Word[128][];

    private record Word(String text, boolean atStart, boolean atEnd) { }

    private Literals() {
        for (int c = 0; c < 128; c++) {
            byFirst.add(new ArrayList<>());
        }
    }

    /** The alternation as literals, or null when an alternative is not a plain lower-case word (then use the regex). */
    static Literals of(String alternation) {
        Literals l = new Literals();
        for (String alt : alternation.split("\\|", -1)) {
            if (!PLAIN.matcher(alt).matches()) {
                return null;
            }
            boolean start = alt.startsWith("^");
            boolean end = alt.endsWith("$");
            String text = alt.substring(start ? 1 : 0, alt.length() - (end ? 1 : 0));
            if (text.isEmpty()) {
                return null;
            }
            l.byFirst.get(text.charAt(0)).add(new Word(text, start, end));
        }
        for (int c = 0; c < 128; c++) {
            List<Word> words = l.byFirst.get(c);
            l.starting[c] = words.isEmpty() ? null : words.toArray(new Word[0]);
        }
        return l;
    }

    /** Whether one of the words occurs in {@code s}, ASCII case ignored. */
    boolean find(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = lower(s.charAt(i));
            Word[] words = c < 128 ? starting[c] : null;
            if (words == null) {
                continue;
            }
            for (Word w : words) {
                if (w.atStart && i > 0) {
                    continue;
                }
                int end = i + w.text.length();
                if (end > n || w.atEnd && !end(s, end)) {
                    continue;
                }
                if (at(s, i, w.text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code $} matches at {@code i}: the end of {@code s}, or before a line terminator
     * that ends it ({@code \n}, {@code \r}, {@code \r\n}, U+0085, U+2028, U+2029), as in a pattern without MULTILINE.
     */
    static boolean end(CharSequence s, int i) {
        int rest = s.length() - i;
        if (rest == 0) {
            return true;
        }
        char c = s.charAt(i);
        if (rest == 1) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return rest == 2 && c == '\r' && s.charAt(i + 1) == '\n';
    }

    private static boolean at(CharSequence s, int i, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (lower(s.charAt(i + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
