package org.newsgraph.names;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/** What the name rules ask of single tokens and token runs: case, possessive endings, shapes, calendar words. */
final class NameTokens {

    private NameTokens() {
    }


    static boolean initial(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /** The token's text without a possessive ending ('s, ’s, or a bare apostrophe after s). */
    static int coreLength(Token t) {
        String w = t.text();
        int n = w.length();
        // "Ushakov." : a sentence's full stop the tokenizer left on the last word (but "Corp.", "Gov." keep theirs)
        if (n >= 4 && w.charAt(n - 1) == '.' && w.indexOf('.') == n - 1 && Character.isLowerCase(w.charAt(n - 2))) {
            Gazetteers g = Gazetteers.get();
            if (!g.isOrgWord(w) && !g.isTitle(w) && g.phrase(w) == null) {
                return n - 1;
            }
        }
        if (n > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'S") || w.endsWith("\u2019S"))) {
            return n - 2;
        }
        if (n > 2 && (w.endsWith("'") || w.endsWith("\u2019")) && (w.charAt(n - 2) == 's' || w.charAt(n - 2) == 'S')) {
            return n - 1;
        }
        return n;
    }

    static boolean possessive(Token t) {
        return coreLength(t) < t.text().length();
    }

    static boolean capitalised(Token t) {
        String w = t.text();
        if (w.isEmpty()) {
            return false;
        }
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) || (c == '-' && w.length() > 1 && Character.isUpperCase(w.codePointAt(1)));
    }

    static boolean nameTag(Token t) {
        String p = t.pos();
        return p.startsWith("PROPN") || p.startsWith("NOUN") || p.startsWith("ADJ") || p.equals("X") || p.equals("NUM")
                || p.startsWith("INTJ");
    }

    static boolean propn(Token t) {
        return t.pos().startsWith("PROPN");
    }

    /** Whether tokens a and b (adjacent) are glued by a hyphen with no space: "Asia" "-Pacific". */
    static boolean hyphenJoined(Token a, Token b) {
        return a.end() == b.begin() && (b.text().startsWith("-") || a.text().endsWith("-"));
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{L}*");

    /** II, III, IV … XXX (not I, V, X alone: a pronoun, a letter). */
    static boolean romanNumeral(String w) {
        return w.length() >= 2 && ROMAN.matcher(w).matches();
    }

    static String core(AnnotatedDocument doc, Token t) {
        return t.text().substring(0, coreLength(t));
    }

    /** The document text of tokens [from, to), the last without its possessive. */
    static String surface(AnnotatedDocument doc, Sentence s, int from, int to) {
        return doc.text().substring(s.token(from).begin(), s.token(to - 1).begin() + coreLength(s.token(to - 1)));
    }

    static Span spanOf(Sentence s, int from, int to) {
        return new Span(s.token(from).begin(), s.token(to - 1).begin() + coreLength(s.token(to - 1)));
    }

    static boolean allCapitalised(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!capitalised(s.token(k))) {
                return false;
            }
        }
        return true;
    }

    /** "#WitkoffUkraine", "@JohnMelloy": a hashtag or a user handle, not a name as written. */
    static boolean tagOrHandle(AnnotatedDocument doc, Token t) {
        int b = t.begin();
        return t.text().startsWith("#") || t.text().startsWith("@")
                || b > 0 && (doc.text().charAt(b - 1) == '#' || doc.text().charAt(b - 1) == '@');
    }

    /** Prefixes of persons' names that a capital follows: "MacArthur", "VanDyke", "DeVos", "McCain", "FitzGerald". */
    static final java.util.regex.Pattern NAME_PREFIX =
            java.util.regex.Pattern.compile("(Mac|Mc|Van|Von|Vander|De|Des|Del|Della|Di|Da|Dos|Du|La|Le|Fitz|Ben|Bin|Abu|Abd|Al|St|Ste|San|Santa)\\p{Lu}.*");

    /** A word with a capital after at least two lower-case letters and not after a name prefix: "PricewaterhouseCoopers". */
    static boolean camelCase(String w) {
        return w.length() >= 5 && CAMEL.matcher(w).matches() && !NAME_PREFIX.matcher(w).matches();
    }

    static boolean acronym(String w) {
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    static boolean weekday(String w) {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equals(w.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Month and weekday names: capitalised, often PROPN, never names here. */
    static boolean calendarWord(String w) {
        String u = w.toUpperCase(Locale.ROOT);
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().equals(u) || u.length() >= 3 && u.endsWith(".") && m.name().startsWith(u.substring(0, u.length() - 1))) {
                return true;
            }
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equals(u)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence mostly in capitals ("CONGRESS HAS INVESTIGATED HIM"): capitals tell nothing there. */
    static boolean shouting(Sentence s) {
        int words = 0, caps = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            boolean upper = true;
            for (int k = 0; k < w.length() && upper; k++) {
                upper = !Character.isLowerCase(w.charAt(k));
            }
            if (upper) {
                caps++;
            }
        }
        return words >= 3 && caps * 10 >= words * 6;
    }

    /** Whether brackets with a birth or a life span follow token {@code to - 1}: "(born 1950)", "(1923 – 2012)". */
    static boolean lifeAside(Sentence s, int to) {
        if (to >= s.size() || !s.token(to).is("(")) {
            return false;
        }
        int years = 0;
        for (int k = to + 1; k < s.size() && k <= to + 16; k++) {
            Token t = s.token(k);
            if (t.is(")")) {
                return years >= 2;
            }
            if (k == to + 1 && (t.is("born") || t.is("b.") || t.is("died"))) {
                return true;
            }
            if (t.text().matches("\\d{3,4}")) {
                years++;
            }
        }
        return false;
    }

    /** "in X", "at X", "from X", "near X": weak evidence of a place. */
    static boolean placeContext(Sentence s, int from) {
        int k = from - 1;
        if (k >= 0 && s.token(k).is("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token p = s.token(k);
        return p.is("in") || p.is("near") || p.is("across") || p.is("throughout");
    }

    /** Small words that title-case lines leave in lower case. */
    static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "but", "vs", "vs.", "via", "into", "over", "amid");

    /** Small words that may stand inside a known name: "Bank of England", "Trinidad and Tobago". */
    static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "du", "des", "del", "da", "do",
            "dos", "la", "le", "el", "von", "van", "der", "den", "al", "for", "on", "&", "-", ".", ",", "'s", "\u2019s", "upon", "in");

    static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central", "Upper", "Lower");

    static final Set<String> SAINTLY = Set.of("St.", "St", "Saint", "Sainte", "Prince", "Princess", "King", "Queen");
}
