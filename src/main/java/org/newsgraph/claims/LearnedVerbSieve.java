package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Verbs the rules pass over, weighed by a model learned from PolNeAR train: every verb not taken
 * by an earlier sieve, with a subject that can be a source on its left and a complement of at
 * least two tokens on its right, is a candidate ("X called for …", "X sought to …", "X defended
 * …"); the {@link VerbCandidateModel} gives the probability that such a candidate is a right
 * attribution from the verb, its subject and its complement, and candidates at or above
 * {@link VerbCandidateModel#threshold} become claims.
 */
final class LearnedVerbSieve extends Sieve {

    /** Training: propose every candidate, its features in the rule ({@code learned-verb/f1 f2 …}). */
    static volatile boolean proposeAll;

    LearnedVerbSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "learned-verb";
    }

    @Override
    void run() {
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || !pos(i).equals("VERB") || i > 0 && low(i - 1).equals("to")) {
                // "tried to establish …": the infinitive is the content of the verb it hangs on
                continue;
            }
            Subject subj = subjectLeft(i);
            Np np = subj.np();
            // "X voted against it and called it …", "…, calling it …": no subject of its own, X's source
            Draft inherit = np == null ? inherited(i, subj) : null;
            if (np == null ? !sourceToInherit(inherit)
                    : !plausibleSource(np, CueLexicon.VerbClass.SAY) || startsContent(tok(np.start()).begin())) {
                continue;
            }
            int cs = complementStart(i + 1, false);
            if (cs < 0 || cs >= sEnd(i)) {
                continue;
            }
            int ce = toQuoteEnd(cs, complementEnd(cs));
            if (ce - cs < 2 || overlapsQuoteClaim(span(cs, ce)) || coveredByDraft(span(cs, ce))) {
                continue;
            }
            if (np != null && !lexiconAllows(i, np, cs, ce)) {
                continue;
            }
            String[] f = features(i, subj, cs, ce);
            double p = proposeAll ? 1 : VerbCandidateModel.probability(f);
            if (p < VerbCandidateModel.threshold) {
                continue;
            }
            Draft d = addReported(List.of(span(cs, ce)), i, 1, np, inherit);
            d.rule = proposeAll ? name() + "/" + String.join(" ", f) : name();
            d.confidence = p;
        }
    }

    /**
     * An inherited source the candidate may take: an earlier claim's, or the sentence's subject when
     * it is a name or a pronoun (not "Diplomacy requires …, yet messages … create …").
     */
    private boolean sourceToInherit(Draft inherit) {
        if (inherit == null || inherit.sourceSpan == null) {
            return false;
        }
        if (inherit.cueToken >= 0 || mentionIn(inherit.sourceSpan, inherit.head) != null) {
            return true;
        }
        int k = firstTokenAtOrAfter(inherit.head.begin());
        return tok(k).end() == inherit.head.end() && personalPronoun(k);
    }

    /**
     * The model weighs only what the lexicon leaves open: a verb the lexicon knows keeps its frame
     * there too ("know", "see", "consider" only with a that-clause, which the rules already take;
     * a verb of thinking not with a mere object, "fear the consequences", nor with a source the
     * class does not take, "they know", "councillors who oppose …"), as the rules decide.
     */
    private boolean lexiconAllows(int i, Np np, int cs, int ce) {
        List<CueLexicon.VerbCue> cues = lex.verbsStartingWith(low(i));
        if (cues.isEmpty()) {
            return true;
        }
        boolean that = cs > i + 1 && low(cs - 1).equals("that");
        boolean clause = that || bareClause(cs, ce) || infinitive(cs, ce);
        for (CueLexicon.VerbCue c : cues) {
            boolean agent = c.frame() != CueLexicon.Frame.AGENT || agentSource(np);
            if ((c.frame() != CueLexicon.Frame.THAT || that) && (c.cls() != CueLexicon.VerbClass.THINK || clause)
                    && agent && plausibleSource(np, c.cls())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's features: the verb, its subject, its complement. */
    String[] features(int i, Subject subj, int cs, int ce) {
        List<String> f = new ArrayList<>();
        String w = low(i);
        String lemma = lemma(w);
        f.add("w=" + w);
        f.add("l=" + lemma);
        f.add("sfx=" + (w.endsWith("ing") ? "ing" : w.endsWith("ed") ? "ed" : w.endsWith("s") ? "s" : "0"));
        List<CueLexicon.VerbCue> cues = lex.verbsStartingWith(w);
        f.add("lex=" + (cues.isEmpty() ? "none" : cues.get(cues.size() - 1).cls() + "/" + cues.get(cues.size() - 1).frame()));
        if (inQuote[i]) {
            f.add("inquote");
        }
        if (subj.passive()) {
            f.add("passive");
        }
        Np np = subj.np();
        if (np == null) {
            // an inherited subject: after a conjunction ("and called") or a comma (", calling")
            np = new Np(subj.before(), subj.before() + 1, subj.before(), subj.before() + 1);
            f.add("subj=" + (isComma(subj.before()) ? "participle" : "coordinated"));
            f.add("subj+l=" + f.get(f.size() - 1).substring(5) + "+" + lemma);
        } else {
            subjectFeatures(f, np, lemma);
        }
        String next = i + 1 < toks.size() ? low(i + 1) : "</s>";
        f.add("next=" + (pos(Math.min(i + 1, toks.size() - 1)).equals("ADP") || next.equals("that") || next.equals("to")
                ? next : pos(Math.min(i + 1, toks.size() - 1))));
        f.add("l+next=" + lemma + "+" + next);
        boolean that = cs > i + 1 && low(cs - 1).equals("that");
        String comp = that ? "that" : bareClause(cs, ce) ? "clause" : infinitive(cs, ce) ? "inf"
                : clausal(cs, ce) ? "clausal" : "object";
        f.add("comp=" + comp);
        f.add("l+comp=" + lemma + "+" + comp);
        int len = ce - cs;
        f.add("len=" + (len < 4 ? "2-3" : len < 9 ? "4-8" : len < 17 ? "9-16" : "17+"));
        f.add("c0=" + pos(cs));
        f.add("first=" + (i == sStart(i) || i - 1 == np.end() - 1 && np.start() == sStart(i)));
        // what stands between the subject and the verb, and before the verb: "would", "has", "not"
        String prev = i - 1 >= 0 ? (pos(i - 1).equals("AUX") || pos(i - 1).equals("PART") ? low(i - 1) : pos(i - 1)) : "<s>";
        f.add("prev=" + prev);
        f.add("gap=" + Math.min(3, Math.max(0, i - np.end())));
        boolean verb = false;
        for (int k = cs; k < ce && !verb; k++) {
            verb = pos(k).equals("VERB") || pos(k).equals("AUX");
        }
        f.add("cverb=" + verb);
        f.add("l+cverb=" + lemma + "+" + verb);
        f.add("quoteInSentence=" + quoteInSentence(i));
        f.add("claimInSentence=" + claimInSentence(i));
        // a relative clause ("officials who want …") or a subordinate one ("if he wins …") describes, not reports
        String head = low(np.start());
        f.add("rel=" + (head.equals("who") || head.equals("which") || head.equals("that")
                || np.start() > 0 && (low(np.start() - 1).equals("who") || low(np.start() - 1).equals("that"))));
        boolean sub = false;
        for (int k = sStart(i); k < np.start() && !sub; k++) {
            sub = pos(k).equals("SCONJ");
        }
        f.add("sub=" + sub);
        f.add("l+sub=" + lemma + "+" + sub);
        f.add("next2=" + (i + 2 < sEnd(i) ? pos(i + 2) : "</s>"));
        return f.toArray(new String[0]);
    }

    /** The subject's kind: pronoun, name, evidence, source noun, other. */
    private void subjectFeatures(List<String> f, Np np, String lemma) {
        String s = np.end() - np.start() == 1 && personalPronoun(np.start()) ? "pron"
                : namedOrPronoun(np) ? "name" : evidence(np) ? "evidence"
                : lex.isSourceNoun(low(np.headEnd() - 1)) ? "source-noun" : "other";
        f.add("subj=" + s);
        f.add("subj+l=" + s + "+" + lemma);
        org.newsgraph.names.Mention m = mentionIn(span(np.start(), np.end()), span(np.headStart(), np.headEnd()));
        f.add("type+l=" + (m == null ? "none" : m.type()) + "+" + lemma);
    }

    /** Whether an earlier sieve took a cue in the verb's sentence. */
    private boolean claimInSentence(int i) {
        for (Draft d : drafts) {
            if (d.cueToken >= 0 && sentOf[d.cueToken] == sentOf[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean quoteInSentence(int i) {
        for (int k = sStart(i); k < sEnd(i); k++) {
            if (isQuoteMark(k)) {
                return true;
            }
        }
        return false;
    }

    /** A rough lemma: the form without -s, -ed, -ing. */
    static String lemma(String w) {
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
