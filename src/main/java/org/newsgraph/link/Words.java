package org.newsgraph.link;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Context words as the ranker compares them: lower case, accents off, stop words out, cut to their
 * first six letters so that "Russia" meets "Russian", "ministry" meets "minister" and "diplomat"
 * meets "diplomacy" without a stemmer per language.
 */
final class Words {

    static final int STEM = 6;
    private static final Set<String> STOP = Set.copyOf(Resources.lines("stopwords.txt"));

    private Words() {
    }

    /** The distinct stems of the words of {@code text}, in order of appearance. */
    static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            out.add(w.length() > STEM ? w.substring(0, STEM) : w);
        }
        return out;
    }
}
