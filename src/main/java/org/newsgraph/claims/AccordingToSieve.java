package org.newsgraph.claims;

import java.util.List;

/** "According to X, …" and "…, according to X": phrases after which the source follows. */
final class AccordingToSieve extends Sieve {

    AccordingToSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "according-to";
    }

    @Override
    void run() {
        accordingTo();
    }

    private void accordingTo() {
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i]) {
                continue;
            }
            for (List<String> phrase : lex.sourceAfterPhrases(low(i))) {
                int n = phrase.size();
                if (i + n > sEnd(i)) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    ok = low(i + k).equals(phrase.get(k));
                }
                if (!ok) {
                    continue;
                }
                Np np = npStartingAt(i + n);
                if (np == null && i + n + 1 < sEnd(i) && !pos(i + n).equals("PUNCT")) {
                    // a modifier the tagger took for a verb: "according to exit/VERB polls"
                    Np rest = npStartingAt(i + n + 1);
                    np = rest == null ? null : new Np(i + n, rest.end(), i + n, rest.headEnd());
                }
                if (np == null) {
                    break;
                }
                int lo = sStart(i);
                int hi = sEnd(i);
                int from;
                int to;
                int before = i - 1;
                while (before >= lo && (pos(before).equals("CCONJ") || pos(before).equals("ADV"))) {
                    before--;
                }
                if (before < lo) {
                    // "According to X, content."
                    from = np.end();
                    while (from < hi && isComma(from)) {
                        from++;
                    }
                    to = complementEnd(from);
                } else {
                    // "content, according to X."
                    to = trimEnd(lo, i);
                    from = trimStart(lo, to);
                }
                if (to - from < 3) {
                    break;
                }
                tag(addDraft(span(from, to), i, n, np), before < lo ? "source-first" : "content-first");
                break;
            }
        }
    }
}
