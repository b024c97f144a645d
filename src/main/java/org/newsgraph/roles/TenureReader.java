package org.newsgraph.roles;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.NewsGraphException;
import org.newsgraph.roles.Tenure.Relative;

/**
 * Reads when a role is held from the words around the text that states it ({@code tenure-words.tsv}):
 * a marker before or inside it ("former", "ex-", "then-", "incoming", "outgoing") and a time expression
 * inside or just after it ("from 2009 to 2013", "between 2009 and 2013", "(2009–2013)", "since 2017",
 * "until 2015", "joined Z in 2009", "left Z in 2015", "In 2009, X joined Z"). Linear in the window.
 */
final class TenureReader {

    enum Word { ENDED, HELD_BEFORE, BEGINS_AFTER, ENDS_AFTER, BEGIN_VERB, END_VERB }

    /** How far before the statement a marker may stand ("the former Z chairman X"). */
    private static final int BEFORE = 2;
    /** How far after the statement a time expression may go on ("X joined Z in May 2009"). */
    private static final int AFTER = 8;
    private static final Set<String> STOPS = Set.of(".", ";", "?", "!", ":", "but", "while", "whereas", "\"", "\u201c", "\u201d");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "to", "until", "till", "through");

    private final Map<String, Word> words;

    private TenureReader(Map<String, Word> words) {
        this.words = words;
    }

    static TenureReader load() {
        Map<String, Word> w = new HashMap<>();
        for (String[] row : RoleLexicon.rows("tenure-words.tsv", 2)) {
            try {
                w.put(RoleLexicon.norm(row[0]), Word.valueOf(row[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException("tenure-words.tsv: unknown kind '" + row[1] + "' for " + row[0]);
            }
        }
        return new TenureReader(w);
    }

    /** The tenure that tokens {@code first} (inclusive) to {@code end} (exclusive) of {@code s} and their neighbours state. */
    Tenure read(SentenceView s, int first, int end) {
        Optional<Integer> beginYear = Optional.empty();
        Optional<Integer> endYear = Optional.empty();
        Optional<Relative> begin = Optional.empty();
        Optional<Relative> stop = Optional.empty();
        boolean beginVerb = false;
        boolean endVerb = false;
        for (int i = Math.max(0, first - BEFORE); i < end; i++) {
            Word w = marker(s, i);
            if (w == Word.ENDED) {
                stop = Optional.of(Relative.BEFORE_ARTICLE);
            } else if (w == Word.HELD_BEFORE) {
                // "then-senator X": held at a time the article looks back on, and no longer
                begin = Optional.of(Relative.BEFORE_ARTICLE);
                stop = Optional.of(Relative.BEFORE_ARTICLE);
            } else if (w == Word.BEGINS_AFTER) {
                begin = Optional.of(Relative.AFTER_ARTICLE);
            } else if (w == Word.ENDS_AFTER) {
                begin = Optional.of(Relative.BEFORE_ARTICLE);
                stop = Optional.of(Relative.AFTER_ARTICLE);
            } else if (i >= first && w == Word.BEGIN_VERB) {
                beginVerb = true;
            } else if (i >= first && w == Word.END_VERB) {
                endVerb = true;
            }
        }
        // "In 2009, X joined Z": a year that opens the clause just before the statement
        int from = first;
        if (first >= 3 && ",".equals(s.lower(first - 1)) && year(s, first - 2) > 0 && "in".equals(s.lower(first - 3))) {
            from = first - 3;
        }
        int last = Math.min(s.size(), end + AFTER);
        for (int i = from; i < last; i++) {
            String w = s.lower(i);
            if (i >= end && (STOPS.contains(w) || s.isPerson(i))) {
                break;
            }
            int y = year(s, i);
            if (y > 0 && i + 2 < s.size() && DASHES.contains(s.lower(i + 1)) && year(s, i + 2) > 0) {
                // "from 2009 to 2013", "2009–2013", "(2009 - 2013)"
                beginYear = Optional.of(y);
                endYear = Optional.of(year(s, i + 2));
                break;
            }
            if (y > 0 && i >= 1 && "between".equals(s.lower(i - 1)) && i + 2 < s.size() && "and".equals(s.lower(i + 1))
                    && year(s, i + 2) > 0) {
                beginYear = Optional.of(y);
                endYear = Optional.of(year(s, i + 2));
                break;
            }
            if (y < 0 && i + 1 < s.size()) {
                int[] range = yearRange(s.lower(i));
                if (range != null) {
                    beginYear = Optional.of(range[0]);
                    endYear = Optional.of(range[1]);
                    break;
                }
            }
            if (y <= 0) {
                continue;
            }
            String before = previousWord(s, i, from);
            if ("since".equals(before)) {
                beginYear = Optional.of(y);
                stop = Optional.of(Relative.AFTER_ARTICLE);    // held since then: still at the article's date
                break;
            }
            if ("from".equals(before)) {
                beginYear = Optional.of(y);
                break;
            }
            if ("until".equals(before) || "till".equals(before) || "through".equals(before)) {
                endYear = Optional.of(y);
                break;
            }
            if ("in".equals(before) && (beginVerb || endVerb)) {
                if (beginVerb) {
                    beginYear = Optional.of(y);
                } else {
                    endYear = Optional.of(y);
                }
                break;
            }
        }
        return new Tenure(beginYear, endYear, begin, stop).normalised();
    }

    /** The marker word at {@code i}: "former", or "ex" / "then" written with a hyphen ("ex-minister", "then-senator"). */
    private Word marker(SentenceView s, int i) {
        String w = s.lower(i);
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1) {
            String head = w.substring(0, hyphen);
            Word h = words.get(head);
            if (h == Word.ENDED || h == Word.HELD_BEFORE) {
                return h;       // "ex-minister", "then-senator" as one token
            }
        }
        Word k = words.get(w.endsWith("-") ? w.substring(0, w.length() - 1) : w);
        if ((w.equals("ex") || w.equals("then")) && !(i + 1 < s.size() && s.lower(i + 1).startsWith("-"))) {
            return null;        // "then" alone is an adverb ("and then joined"), not "then-"
        }
        return k;
    }

    /** The word before token {@code i} within the window, past a month name ("in May 2009"). */
    private static String previousWord(SentenceView s, int i, int from) {
        int k = i - 1;
        if (k >= from && MONTHS.contains(s.lower(k))) {
            k--;
        }
        return k >= from ? s.lower(k) : "";
    }

    /** Month names and their abbreviations ("May", "Sept."), from java.time as the metadata stage reads dates. */
    private static final Set<String> MONTHS = months();

    private static Set<String> months() {
        Set<String> out = new java.util.HashSet<>(Set.of("sept."));
        for (java.time.Month m : java.time.Month.values()) {
            String name = m.name().toLowerCase(java.util.Locale.ROOT);
            out.add(name);
            out.add(name.substring(0, 3) + ".");
        }
        return Set.copyOf(out);
    }

    /** A year between 1800 and 2099 written alone at {@code i}, or -1. */
    static int year(SentenceView s, int i) {
        if (i < 0 || i >= s.size()) {
            return -1;
        }
        return parseYear(s.lower(i));
    }

    private static int parseYear(String w) {
        if (w.length() != 4 || !(w.startsWith("18") || w.startsWith("19") || w.startsWith("20"))) {
            return -1;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(w);
    }

    /** "2009-2013" or "2009–13" as one token: the two years, or null. */
    private static int[] yearRange(String w) {
        int d = Math.max(w.indexOf('-'), w.indexOf('\u2013'));
        if (d != 4) {
            return null;
        }
        int a = parseYear(w.substring(0, 4));
        String b = w.substring(5);
        int e = b.length() == 4 ? parseYear(b) : b.length() == 2 && a > 0 && Character.isDigit(b.charAt(0))
                && Character.isDigit(b.charAt(1)) ? a / 100 * 100 + Integer.parseInt(b) : -1;
        return a > 0 && e >= a ? new int[] {a, e} : null;
    }
}
