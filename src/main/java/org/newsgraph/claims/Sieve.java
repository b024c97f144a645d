package org.newsgraph.claims;

import java.util.List;
import org.newsgraph.text.Span;

/**
 * One pass of the attribution pipeline: it reads the shared {@link AttributionContext} and adds
 * the claims it finds (with their source phrases, not yet resolved) to its drafts. Sieves run in
 * order; a cue one sieve took is {@code used} and no later sieve takes it again.
 */
abstract class Sieve extends Clauses {

    Sieve(AttributionContext ctx) {
        super(ctx);
    }

    /** The name of the sieve, recorded with each claim it finds. */
    abstract String name();

    /** Adds the claims this sieve finds to the context's drafts. */
    abstract void run();

    /** Records that the variant {@code variant} of this sieve found {@code d}; returns {@code d}. */
    Draft tag(Draft d, String variant) {
        if (d != null) {
            d.rule = name() + "/" + variant;
        }
        return d;
    }

    /** A claim of one content span whose cue is tokens {@code cue} to {@code cue + n}, said by {@code source}. */
    Draft addDraft(Span content, int cue, int n, Np source) {
        Draft d = new Draft();
        d.content.add(content);
        d.cue = span(cue, cue + n);
        d.cueToken = cue;
        d.order = cue;
        setSource(d, source);
        for (int t = cue; t < cue + n; t++) {
            used[t] = true;
        }
        drafts.add(d);
        return d;
    }

    /**
     * A content after its cue, cut before the first boundary word where PolNeAR train's contents
     * mostly end ({@link ContentEnds}): "said the plan would fail, and the council voted …".
     */
    Span learnedEnd(Span c) {
        int cs = firstTokenAtOrAfter(c.begin());
        for (int k = cs + 2; k < toks.size() && tok(k).end() <= c.end(); k++) {
            if (inQuote[k] || isQuoteMark(k) || !ContentEnds.candidate(pos(k))) {
                continue;
            }
            String next = k + 1 < toks.size() && tok(k + 1).end() <= c.end() ? pos(k + 1) : "END";
            if (ContentEnds.cut(low(k), next)) {
                int e = trimEnd(cs, k);
                return e - cs >= 2 ? span(cs, e) : c;
            }
        }
        return c;
    }

    Draft addReported(List<Span> content, int cue, int n, Np np, Draft inherit) {
        Draft d = new Draft();
        if (content.size() == 1 && content.get(0).begin() >= tok(cue + n - 1).end()) {
            d.content.add(learnedEnd(content.get(0)));
        } else {
            d.content.addAll(content);
        }
        d.cue = span(cue, cue + n);
        d.cueToken = cue;
        d.order = cue;
        if (np != null) {
            int[] poss = lex.isCueNoun(low(np.headEnd() - 1)) ? possessor(np) : null;
            if (poss != null) {
                setSource(d, new Np(poss[0], poss[1], poss[0], poss[1]));
            } else {
                setSource(d, np);
            }
        } else {
            d.inherit = inherit;
        }
        for (int k = cue; k < cue + n; k++) {
            used[k] = true;
        }
        drafts.add(d);
        return d;
    }
}
