package org.newsgraph.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The extra per-token evidence the statistical name finder sees besides the words, chosen to carry
 * across genres and case: the UD POS tag from our own tagger; what the shipped {@link Gazetteers}
 * know about the token (given name, surname, title, nationality, organisation or place word, inside
 * a known place or organisation phrase); whether the whole line is in capitals or in lower case
 * (then the gazetteers are asked with the word title-cased, so "LONDON" is the known place); the
 * same of the next and previous token; and what the rest of the document says of the word (written
 * in lower case inside a sentence elsewhere: "dl"; written capitalised inside a sentence elsewhere:
 * "dc"). Training and finding compute it the same way, so the model learns how far to trust each.
 */
final class NameModelFeatures {

    private NameModelFeatures() {
    }

    /**
     * How the words of one document are written inside sentences (not first, not in a line of capitals): counts of
     * the lower-cased word written in lower case and written capitalised.
     */
    static final class DocWords {
        private final Map<String, int[]> counts = new HashMap<>();

        /** The counts over the sentences (tokens) of one document. */
        static DocWords of(List<String[]> sentences) {
            DocWords d = new DocWords();
            for (String[] s : sentences) {
                if (caseless(s)) {
                    continue;
                }
                for (int i = 1; i < s.length; i++) {
                    int kind = kind(s[i]);
                    if (kind >= 0) {
                        d.counts.computeIfAbsent(s[i].toLowerCase(Locale.ROOT), k -> new int[2])[kind]++;
                    }
                }
            }
            return d;
        }

        /** 0: written in lower case, 1: capitalised (not all capitals), -1: neither or no word. */
        private static int kind(String w) {
            if (w.length() < 2 || !Character.isLetter(w.codePointAt(0))) {
                return -1;
            }
            if (Character.isLowerCase(w.codePointAt(0))) {
                return 0;
            }
            return anyChar(w, 1, true) ? 1 : -1;
        }

        /** Whether the word is written so elsewhere in the document ({@code kind} 0 lower, 1 capitalised). */
        boolean elsewhere(String w, int kind, boolean selfCounted) {
            int[] c = counts.get(w.toLowerCase(Locale.ROOT));
            if (c == null) {
                return false;
            }
            int self = selfCounted && kind(w) == kind ? 1 : 0;
            return c[kind] - self > 0;
        }
    }

    /** One feature array per token, without document evidence. */
    static String[][] of(String[] tokens, String[] pos) {
        return of(tokens, pos, null, false);
    }

    /**
     * One feature array per token; {@code doc} (or null) is what the document says of its words, {@code inDoc}
     * whether this sentence was counted in it.
     */
    static String[][] of(String[] tokens, String[] pos, DocWords doc, boolean inDoc) {
        Gazetteers g = Gazetteers.get();
        int n = tokens.length;
        boolean caseless = caseless(tokens);
        boolean shouting = caseless && shouting(tokens);
        // in a line of capitals or of lower case, the gazetteers are asked with each word title-cased
        String[] look = new String[n];
        for (int i = 0; i < n; i++) {
            look[i] = caseless ? titleCase(tokens[i]) : tokens[i];
        }
        String[] phrase = phrases(g, look);
        String[] gaz = new String[n];
        for (int k = 0; k < n; k++) {
            gaz[k] = gazClass(g, look[k]);
        }
        String[][] out = new String[n][];
        List<String> f = new ArrayList<>(12);
        for (int k = 0; k < n; k++) {
            f.clear();
            String w = look[k];
            if (pos != null) {
                f.add("p=" + pos[k]);
            }
            if (shouting) {
                f.add("caps");
            } else if (caseless) {
                f.add("lower");
            }
            if (phrase[k] != null) {
                f.add(phrase[k]);
            }
            if (capitalised(w)) {
                if (g.isGivenName(w)) {
                    f.add(g.isAmbiguousGivenName(w) ? "given?" : "given");
                }
                if (g.isSurname(w)) {
                    f.add("sur");
                }
                if (g.isDemonym(w)) {
                    f.add("dem");
                }
                if (g.isOrgWord(w)) {
                    f.add("orgw");
                }
                if (g.isPlaceWordLast(w) || g.isPlaceWordFirst(w)) {
                    f.add("placew");
                }
            }
            if (g.isTitle(w)) {
                f.add("title");
            }
            if (k > 0 && gaz[k - 1] != null) {
                f.add("-1" + gaz[k - 1]);
            }
            if (k + 1 < n && gaz[k + 1] != null) {
                f.add("+1" + gaz[k + 1]);
            }
            if (doc != null && DocWords.kind(titleCase(tokens[k])) >= 0) {
                boolean self = inDoc && k > 0;
                if (doc.elsewhere(tokens[k], 0, self)) {
                    f.add("dl");
                }
                if (doc.elsewhere(tokens[k], 1, self)) {
                    f.add("dc");
                }
            }
            out[k] = f.toArray(new String[0]);
        }
        return out;
    }

    /** The one gazetteer class of a word that neighbours see: title, given name, organisation or place word. */
    private static String gazClass(Gazetteers g, String w) {
        if (g.isTitle(w)) {
            return "T";
        }
        if (!capitalised(w)) {
            return null;
        }
        if (g.isOrgWord(w)) {
            return "O";
        }
        if (g.isGivenName(w) && !g.isAmbiguousGivenName(w)) {
            return "G";
        }
        if (g.isPlaceWordLast(w) || g.isPlaceWordFirst(w)) {
            return "P";
        }
        return null;
    }

    /** Known phrases, longest first, starting at capitalised tokens: "New York", "Bank of England". */
    private static String[] phrases(Gazetteers g, String[] tokens) {
        int n = tokens.length;
        String[] phrase = new String[n];
        int i = 0;
        while (i < n) {
            int found = -1;
            Gazetteers.Kind kind = null;
            if (capitalised(tokens[i])) {
                StringBuilder b = new StringBuilder();
                int max = Math.min(n, i + g.maxPhraseWords());
                List<String> texts = new ArrayList<>();
                for (int j = i; j < max; j++) {
                    if (j > i) {
                        // the UD tokenizer splits "U.S." nowhere but cuts "Ala." before its full stop
                        b.append(tokens[j].equals(".") ? "" : " ");
                    }
                    b.append(tokens[j]);
                    texts.add(b.toString());
                }
                for (int j = texts.size() - 1; j >= 0; j--) {
                    Gazetteers.Kind k = g.phrase(texts.get(j));
                    if (k != null) {
                        found = i + j + 1;
                        kind = k;
                        break;
                    }
                }
            }
            if (found > 0) {
                String k = kind == Gazetteers.Kind.PLACE ? "P" : "O";
                for (int j = i; j < found; j++) {
                    phrase[j] = (j == i ? "gB" : "gI") + k;
                }
                i = found;
            } else {
                i++;
            }
        }
        return phrase;
    }

    /** A line whose case tells nothing: mostly capitals ("FOOTBALL - UNITED HELD AT HOME") or no capital at all. */
    static boolean caseless(String[] tokens) {
        int words = 0, upper = 0, lower = 0;
        for (String w : tokens) {
            if (w.length() < 2 || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            words++;
            if (!anyChar(w, 0, true)) {
                upper++;
            }
            if (!anyChar(w, 0, false)) {
                lower++;
            }
        }
        return words >= 2 && (upper * 10 >= words * 6 || lower == words && words >= 4);
    }

    private static boolean shouting(String[] tokens) {
        int words = 0, upper = 0;
        for (String w : tokens) {
            if (w.length() >= 2 && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (!anyChar(w, 0, true)) {
                    upper++;
                }
            }
        }
        return upper * 10 >= words * 6;
    }

    /**
     * Whether a char of {@code w} from {@code from} on is lower case ({@code lower}) or upper case: what
     * {@code w.chars().skip(from).anyMatch(Character::isLowerCase)} says, char by char, without a stream.
     */
    private static boolean anyChar(String w, int from, boolean lower) {
        for (int i = from; i < w.length(); i++) {
            char c = w.charAt(i);
            if (lower ? Character.isLowerCase((int) c) : Character.isUpperCase((int) c)) {
                return true;
            }
        }
        return false;
    }

    /** "LONDON", "london" → "London"; "U.S." stays. */
    static String titleCase(String w) {
        if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || w.indexOf('.') >= 0 && w.length() <= 5) {
            return w;
        }
        int first = Character.charCount(w.codePointAt(0));
        return w.substring(0, first).toUpperCase(Locale.ROOT) + w.substring(first).toLowerCase(Locale.ROOT);
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}
