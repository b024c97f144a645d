package org.newsgraph.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The extra per-token evidence the statistical name finder sees besides the words: the UD POS tag
 * from our own tagger and what the shipped {@link Gazetteers} know about the token (given name,
 * surname, title, nationality, organisation or place word, inside a known place or organisation
 * phrase). Training and finding compute it the same way, so the model learns how far to trust the
 * gazetteers; OpenNLP adds these as "ne=" features over a window around each token.
 */
final class NameModelFeatures {

    private NameModelFeatures() {
    }

    /** One feature array per token. */
    static String[][] of(String[] tokens, String[] pos) {
        Gazetteers g = Gazetteers.get();
        int n = tokens.length;
        String[] phrase = new String[n];
        // known phrases, longest first, starting at capitalised tokens: "New York", "Bank of England"
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
        String[][] out = new String[n][];
        List<String> f = new ArrayList<>(6);
        for (int k = 0; k < n; k++) {
            f.clear();
            String w = tokens[k];
            if (pos != null) {
                f.add("p=" + pos[k]);
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
            out[k] = f.toArray(new String[0]);
        }
        return out;
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}
