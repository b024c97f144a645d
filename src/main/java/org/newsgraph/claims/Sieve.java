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
     * mostly end ({@link ContentEnds}), or where the learned {@link ContentEndModel} says they end
     * ("said the plan would fail, and the council voted …").
     */
    Span learnedEnd(Span c, int cue) {
        int cs = firstTokenAtOrAfter(c.begin());
        int ce = cs;
        while (ce < toks.size() && tok(ce).end() <= c.end()) {
            ce++;
        }
        for (int k = cs + 2; k < ce; k++) {
            if (inQuote[k] || isQuoteMark(k) || !ContentEnds.candidate(pos(k))) {
                continue;
            }
            String next = k + 1 < ce ? pos(k + 1) : "END";
            boolean cut = ContentEnds.cut(low(k), next);
            if (!cut && k + 1 < ce && ContentEndModel.boundary(low(k), pos(k), endPrepositions)) {
                String[] f = endFeatures(cue, cs, k, ce);
                if (ContentEndModel.record) {
                    ContentEndModel.record(doc, new ContentEndModel.Boundary(c.begin(), tok(cue).begin(), tok(k).begin(), f));
                } else {
                    cut = ContentEndModel.probability(f) >= ContentEndModel.threshold;
                }
            }
            if (cut) {
                int e = trimEnd(cs, k);
                return e - cs >= 2 ? span(cs, e) : c;
            }
        }
        return c;
    }

    /** The features of a boundary word {@code k} inside the content {@code cs..ce} of the cue at {@code cue}. */
    String[] endFeatures(int cue, int cs, int k, int ce) {
        String w = low(k);
        String n1 = pos(k + 1);
        String n1w = n1.equals("ADP") || n1.equals("SCONJ") || n1.equals("CCONJ") || n1.equals("PRON") || n1.equals("DET")
                || n1.equals("ADV") || n1.equals("PUNCT") ? low(k + 1) : n1;
        boolean clause = clausal(k + 1, ce) || k + 2 < ce && isConjunction(k + 1) && clausal(k + 2, ce);
        boolean ing = low(k + 1).endsWith("ing") && n1.equals("VERB") || k + 2 < ce && low(k + 2).endsWith("ing")
                && pos(k + 2).equals("VERB") && isComma(k);
        boolean verbBefore = false;
        for (int m = cs; m < k && !verbBefore; m++) {
            verbBefore = pos(m).equals("VERB") || pos(m).equals("AUX");
        }
        boolean cueAfter = false;
        for (int m = k + 1; m < ce && m < k + 8 && !cueAfter; m++) {
            cueAfter = verbCueAt(m, null) > 0;
        }
        int before = k - cs;
        int rest = ce - k;
        String lemma = LearnedVerbSieve.lemma(low(cue));
        return new String[] {"w=" + w, "n=" + n1w, "w+n=" + w + "|" + n1w, "p=" + pos(k - 1), "clause=" + clause,
            "w+clause=" + w + "|" + clause, "ing=" + ing, "verb=" + verbBefore, "w+verb=" + w + "|" + verbBefore,
            "cueAfter=" + cueAfter, "before=" + bucket(before), "rest=" + bucket(rest), "w+rest=" + w + "|" + bucket(rest),
            "cue=" + lemma, "that=" + (cs > 0 && low(cs - 1).equals("that")), "w+clause+verb=" + w + "|" + clause + "|" + verbBefore};
    }

    private static String bucket(int n) {
        return n < 4 ? "1-3" : n < 9 ? "4-8" : n < 17 ? "9-16" : "17+";
    }

    Draft addReported(List<Span> content, int cue, int n, Np np, Draft inherit) {
        Draft d = new Draft();
        if (content.size() == 1 && content.get(0).begin() >= tok(cue + n - 1).end()) {
            d.content.add(learnedEnd(content.get(0), cue));
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
