package org.newsgraph.claims;


/** Cue nouns with a that-clause: "the revelation from Maria Zakharova that …", "Zakharova's claim that …". */
final class CueNounSieve extends Sieve {

    CueNounSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "cue-noun";
    }

    @Override
    void run() {
        nounCues();
    }

    /** "the revelation from Maria Zakharova that …", "Zakharova's claim that …". */
    private void nounCues() {
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i] || !pos(i).equals("NOUN") || !lex.isCueNoun(low(i))) {
                continue;
            }
            int hi = sEnd(i);
            Np src = null;
            int that;
            if (i + 1 < hi && (low(i + 1).equals("from") || low(i + 1).equals("by"))) {
                src = npStartingAt(i + 2);
                if (src == null) {
                    continue;
                }
                that = src.end();
                if (that < hi && isComma(that)) {
                    that++;
                }
            } else {
                Np np = npEndingAt(i);
                int[] poss = np == null ? null : possessor(np);
                if (poss == null) {
                    continue;
                }
                src = new Np(poss[0], poss[1], poss[0], poss[1]);
                that = i + 1;
            }
            if (that >= hi || !low(that).equals("that") || that + 1 >= hi
                    || pos(that + 1).equals("VERB") || pos(that + 1).equals("AUX")) {
                continue;
            }
            if (!plausibleSource(src, CueLexicon.VerbClass.SAY)) {
                continue;
            }
            int from = that + 1;
            int to = complementEnd(from);
            if (to - from < 3) {
                continue;
            }
            addDraft(span(from, to), i, 1, src);
        }
    }
}
