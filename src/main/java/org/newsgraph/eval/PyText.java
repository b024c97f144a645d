package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} behaviours that score.py relies on, over code points: Java's own
 * ({@code String.strip}, {@code \s}, {@code isLetterOrDigit}) draw the lines elsewhere, and the
 * figures must agree to the last digit.
 */
final class PyText {

    private PyText() {
    }

    /** Python's {@code str.isspace()} for one code point (bidi class WS, B or S, or category Zs). */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Python's {@code str.isalnum()} for one code point: a letter (L*) or a number (Nd, Nl, No). */
    static boolean isAlnum(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** What {@code \w} matches in a Python {@code re} pattern over {@code str}. */
    static boolean isWord(int cp) {
        return cp == '_' || isAlnum(cp);
    }

    /** {@code str.strip()} with no argument. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.codePointAt(b))) {
            b += Character.charCount(s.codePointAt(b));
        }
        while (e > b && isSpace(s.codePointBefore(e))) {
            e -= Character.charCount(s.codePointBefore(e));
        }
        return s.substring(b, e);
    }

    /** {@code str.split()} with no argument: runs of white space separate, none at the ends. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** {@code str.lower()}: full Unicode lower-casing, with no locale. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
