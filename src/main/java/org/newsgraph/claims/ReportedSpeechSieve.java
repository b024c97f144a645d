package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.text.Span;

/**
 * Reported speech: a cue verb with its subject and complement ("X warned that …"), also inverted
 * ("…, he said"), parenthetical ("The bridge, Smith said, would …"), introducing a paragraph
 * ("The governor added:") and in the passive with an agent ("was first reported by the Post").
 */
final class ReportedSpeechSieve extends Sieve {

    ReportedSpeechSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "reported-speech";
    }

    @Override
    void run() {
        reportedSpeech();
    }

    private void reportedSpeech() {
        CueLexicon.VerbCue[] vc = new CueLexicon.VerbCue[1];
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i]) {
                continue;
            }
            int n = verbCueAt(i, vc);
            if (n == 0 || !verbOk(i, n)) {
                continue;
            }
            CueLexicon.VerbCue cue = vc[0];
            int after = i + n;
            int hi = sEnd(i);
            Subject subj = subjectLeft(i);
            Np np = subj.np();
            Draft inherit = null;
            Np right = null;
            if (subj.passive()) {
                passiveWithAgent(i, n, np);
                continue;
            }
            if (np == null && subj.before() >= sStart(i) && !isComma(subj.before())) {
                // "A poll released Friday shows …": the time phrase hid the subject
                np = evidenceBefore(new Np(subj.before() + 1, subj.before() + 1, subj.before() + 1, subj.before() + 1), i);
            }
            if (np == null) {
                // "…, said Caddell."
                if (subj.before() >= sStart(i) && isComma(subj.before()) && cue.cls() == CueLexicon.VerbClass.SAY) {
                    int s = after;
                    while (s < hi && skippable(s)) {
                        s++;
                    }
                    right = s < hi ? npStartingAt(s) : null;
                    if (right != null && (trimEnd(right.end(), hi) == right.end() || isComma(right.end()))
                            && plausibleSource(right, cue.cls())) {
                        // "…, said Mr. Barrett, the lawyer for the agency."
                        int to = trimEnd(sStart(i), subj.before());
                        int from = trimStart(sStart(i), to);
                        if (to - from >= 3) {
                            tag(addReported(List.of(span(from, to)), i, n, right, null), "cue-first");
                        }
                        continue;
                    }
                }
                inherit = inherited(i, subj);
                if (inherit == null) {
                    continue;
                }
            }
            if (np != null && !evidence(np)) {
                Np far = evidenceBefore(np, i);
                if (far != null) {
                    np = far;
                }
            }
            boolean evidence = evidence(np);
            int cs = complementStart(after, cue.needsThat() && !evidence);
            boolean thatClause = cs > after && low(cs - 1).equals("that");
            boolean relativeThought = np != null && thatClause && np.end() - np.start() == 1
                    && low(np.start()).equals("who");
            if (np != null && !plausibleSource(np, cue.cls()) && !possessedCueNoun(np) && !relativeThought
                    && !((thatClause || cs >= 0 && clausal(cs, complementEnd(cs)))
                    && cue.cls() == CueLexicon.VerbClass.SAY && !personalPronoun(np.start()))) {
                // "Obama, who understood that …" is a thought reported; "hawks who want to limit …" describes them
                // a speech verb with a clause takes any noun phrase as its source ("one slide says that …",
                // "The clip says Kaine has …"), not with a mere object ("These details suggest an operation")
                continue;
            }
            // "services who oppose any diplomacy" describes them, "you can support …" addresses the reader
            if (cue.frame() == CueLexicon.Frame.AGENT && !agentSource(np)) {
                continue;
            }
            if (cue.frame() == CueLexicon.Frame.OBJ && cs == after) {
                cs = afterAddressee(after);
            }
            int ce = cs < 0 ? -1 : complementEnd(cs);
            boolean inverted = false;
            int afterTime = after;
            while (afterTime < hi && (lex.isTimeWord(low(afterTime)) || lex.isSkipWord(low(afterTime))
                    || low(afterTime).equals("on") || low(afterTime).equals("last") || low(afterTime).equals("this"))) {
                afterTime++;
            }
            // "The bridge, Smith said, would open in May.": the attribution sits between commas inside
            // its content, which goes on after it with no conjunction, subordinator or participle
            boolean between = np != null && (cue.cls() == CueLexicon.VerbClass.SAY || evidence)
                    && np.start() - 1 > sStart(i) && isComma(np.start() - 1) && afterTime + 1 < hi && isComma(afterTime)
                    && !subordinate.contains(low(afterTime + 1)) && !isConjunction(afterTime + 1)
                    && !pos(afterTime + 1).equals("SCONJ") && !low(afterTime + 1).endsWith("ing")
                    && !(cs > after && low(cs - 1).equals("that")) && cs >= 0 && ce - cs >= 2;
            if (!between && np != null && (cue.cls() == CueLexicon.VerbClass.SAY || evidence) && np.start() - 1 >= sStart(i)
                    && (isComma(np.start() - 1) || isQuoteMark(np.start() - 1))
                    && (cs < 0 || ce - cs <= 4 && !(cs > after && low(cs - 1).equals("that"))
                    && (afterTime >= hi || pos(afterTime).equals("PUNCT") || pos(afterTime).equals("ADP")
                    || lex.isTimeWord(low(afterTime)))
                    || afterTime < hi && isComma(afterTime) && afterTime + 1 < hi
                    && subordinate.contains(low(afterTime + 1)))) {
                inverted = true; // "…, top black lawmakers said Friday, as they bristled …"
            }
            boolean parenthetical = np != null && cue.cls() == CueLexicon.VerbClass.SAY && !inverted
                    && np.start() - 1 > sStart(i) && isComma(np.start() - 1) && afterTime < hi && isComma(afterTime)
                    && !(cs > after && low(cs - 1).equals("that"));
            if (inverted || parenthetical) {
                int to = trimEnd(sStart(i), np.start() - 1);
                int from = trimStart(sStart(i), to);
                if (to - from < (between ? 1 : 3) || overlapsQuoteClaim(span(from, to))) {
                    continue;
                }
                List<Span> pieces = new ArrayList<>();
                pieces.add(span(from, to));
                if (parenthetical && cs >= 0 && ce - cs >= 2) {
                    // "To understand it, Roberts said, one should visit this museum."
                    pieces.add(span(cs, ce));
                }
                tag(addReported(pieces, i, n, np, null), inverted ? "inverted" : "parenthetical");
                continue;
            }
            if (np != null && cue.cls() != CueLexicon.VerbClass.THINK && after + 1 < toks.size()
                    && low(after).equals(":") && paragraphStart(after + 1) && !isQuoteMark(after + 1)) {
                // "The governor added:" and then a paragraph of what he added
                int end = after + 2;
                while (end < toks.size() && !paragraphStart(end)) {
                    end++;
                }
                if (end - (after + 1) >= 4 && !overlapsQuoteClaim(span(after + 1, end))) {
                    tag(addReported(List.of(span(after + 1, end)), i, n, np, null), "colon-paragraph");
                }
                continue;
            }
            if (cs < 0 || ce - cs < 2) {
                continue;
            }
            if (!(cs > after && low(cs - 1).equals("that")) && (adverbial.contains(low(cs))
                    || pos(cs).equals("CCONJ") && !low(cs).equals("neither") && !low(cs).equals("either")
                    && !low(cs).equals("both"))) {
                // "said after the vote he would …": past the time to the clause said;
                // "said before he died", "said and did": a circumstance, nothing said ("said both X and Y
                // have …", "said either …" open a clause)
                Np time = adverbial.contains(low(cs)) ? npStartingAt(cs + 1) : null;
                int k = time == null ? -1 : time.end();
                while (k > 0 && k < hi && isComma(k)) {
                    k++;
                }
                if (k < 0 || k >= hi || !bareClause(k, complementEnd(k))) {
                    continue;
                }
                cs = k;
                ce = complementEnd(k);
            }
            if (cue.cls() == CueLexicon.VerbClass.THINK && !(cs > after && low(cs - 1).equals("that"))
                    && !infinitive(cs, ce) && !evidence && !bareClause(cs, ce)) {
                // "fear the ramifications": an object alone is no claim; "expect X to …" is
                continue;
            }
            if (np != null && startsContent(tok(np.start()).begin())) {
                // "Kerr said he thinks …", "Kerr said the minister believes …": nested in what was said,
                // one attribution (the news corpora annotate the outer one)
                continue;
            }
            if (np != null && np.end() - np.start() == 1 && (low(np.start()).equals("who") || low(np.start()).equals("which"))
                    && np.start() > sStart(i) && isComma(np.start() - 1)) {
                // "Lind, who argued that the talks would fail, resigned": the content ends with the relative clause
                for (int k = cs + 1; k < ce; k++) {
                    if (isComma(k)) {
                        ce = trimEnd(cs, k);
                        break;
                    }
                }
            }
            if (!(cs > after && low(cs - 1).equals("that")) && !bareClause(cs, ce) && !clausal(cs, ce)
                    && !infinitive(cs, ce)) {
                ce = beforeCircumstance(cs, ce);
            }
            if (inLeadingClause(i, cs)) {
                // "While he praised the plan, the mayor voted against it": the main clause after the comma
                // is the writer's, not part of what was praised
                for (int k = cs + 1; k < ce; k++) {
                    if (isComma(k) && !inQuote[k]) {
                        ce = trimEnd(cs, k);
                        break;
                    }
                }
                if (ce - cs < 1) {
                    continue;
                }
            }
            ce = toQuoteEnd(cs, ce);
            if (ce <= cs) {
                // "until they attack -- when …": the circumstance cut left only the dash, nothing said
                continue;
            }
            Span content = span(cs, ce);
            if (overlapsQuoteClaim(content) && isQuoteMark(cs)) {
                continue;
            }
            tag(addReported(List.of(content), i, n, np, inherit), np == null ? "inherited" : "clause");
        }
    }

    /**
     * "The story was first reported by the Post", "His views were echoed by several experts": in the
     * passive with its agent after "by", the agent is the source and the subject is what was said.
     */
    private void passiveWithAgent(int cue, int n, Np subject) {
        int k = cue + n;
        int hi = sEnd(cue);
        if (subject == null || k + 1 >= hi || !low(k).equals("by")) {
            return;
        }
        Np agent = npStartingAt(k + 1);
        if (agent == null || !(plausibleSource(agent, CueLexicon.VerbClass.SAY) || evidence(agent))
                || personalPronoun(subject.start()) && subject.end() - subject.start() == 1) {
            return;
        }
        tag(addDraft(span(subject.start(), subject.end()), cue, n, agent), "passive-agent");
    }
}
