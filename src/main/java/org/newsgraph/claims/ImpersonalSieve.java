package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.text.Span;

/**
 * Impersonal reports, claimed by no one named: "it seems / it appears (that) …" (content after
 * the cue), and the passive of expectation with no agent ("X is widely expected to win": cue "is
 * widely expected", content "X" + "to win"). PolNeAR train annotates such attributions without a
 * source (71 of the 81 passives of expectation there are annotated cues, 69 of them with no
 * source); the sieve's figures there are in {@code rule-confidence.tsv}.
 */
final class ImpersonalSieve extends Sieve {

    private final Set<String> seeming;
    private final Set<String> expected;
    private final Set<String> degree;

    ImpersonalSieve(AttributionContext ctx) {
        super(ctx);
        seeming = lex.words("seeming");
        expected = lex.words("expected");
        degree = lex.words("degree");
    }

    @Override
    String name() {
        return "impersonal";
    }

    @Override
    void run() {
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i]) {
                continue;
            }
            String w = low(i);
            if (seeming.contains(w)) {
                seeming(i);
            } else if (expected.contains(w)) {
                expectation(i);
            }
        }
    }

    /** "it appears (that) …". */
    private void seeming(int i) {
        int hi = sEnd(i);
        if (i + 2 >= hi) {
            return;
        }
        int b = i - 1;
        while (b >= sStart(i) && degree.contains(low(b))) {
            b--;
        }
        if (b >= sStart(i) && low(b).equals("it") && (b == sStart(i) || !pos(b - 1).equals("VERB"))) {
            int cs = low(i + 1).equals("that") ? i + 2 : i + 1;
            while (cs < hi && isComma(cs)) {
                cs++;
            }
            if (low(cs).equals("to") || low(cs).equals("as") || low(cs).equals("like")) {
                return; // "it seems to me", "it appears as if": leave them
            }
            int ce = complementEnd(cs);
            if (ce - cs >= 3 && bareClause(cs, ce) && !coveredByDraft(span(cs, ce))) {
                nobody(List.of(span(cs, ce)), b, i + 1 - b, "it");
            }
            return;
        }
        // "X seemed to …" is left alone: on PolNeAR train only 146 of its 260 occurrences are
        // annotated cues, and the seeds' gold does not count it
    }

    /** "X is (widely) expected to …", with no "by" agent after it. */
    private void expectation(int i) {
        int hi = sEnd(i);
        int b = i - 1;
        while (b >= sStart(i) && degree.contains(low(b))) {
            b--;
        }
        if (b < sStart(i) || !be.contains(low(b)) || i + 2 >= hi || !low(i + 1).equals("to")
                || !infinitive(i + 1, Math.min(hi, i + 4))) {
            return;
        }
        subjectAndInfinitive(b, i + 1 - b, i + 1, "expected");
    }

    /** Content: the subject of the cue at {@code cue} and the infinitive from {@code to}. */
    private void subjectAndInfinitive(int cue, int n, int to, String variant) {
        Subject subj = subjectLeft(cue);
        Np np = subj.np();
        if (np == null || np.end() != cue && !(np.end() < cue && allSkippable(np.end(), cue))) {
            return;
        }
        if (np.end() - np.start() == 1 && (low(np.start()).equals("who") || low(np.start()).equals("which")
                || low(np.start()).equals("that") || low(np.start()).equals("it"))) {
            return; // a relative or dummy subject: its content would be a fragment
        }
        int start = np.start();
        for (int hops = 0; hops < 3 && start - 2 >= sStart(cue) && ppHeads.contains(low(start - 1)); hops++) {
            // "The birth of the first child is expected to …": the subject with its of-phrases
            Np head = npEndingAt(start - 2);
            if (head == null || head.start() >= start - 1) {
                break;
            }
            start = head.start();
        }
        int ce = complementEnd(to);
        for (int k = to; k < ce; k++) {
            if (low(k).equals("by")) {
                return; // "expected to be approved by …": an agent may be its source; leave it
            }
        }
        ce = trimEnd(to, ce);
        if (ce - to < 2 || startsContent(tok(start).begin()) || coveredByDraft(span(start, ce))) {
            return;
        }
        List<Span> content = new ArrayList<>();
        content.add(span(start, np.end()));
        content.add(span(to, ce));
        nobody(content, cue, n, variant);
    }

    private boolean allSkippable(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!skippable(k) && !degree.contains(low(k))) {
                return false;
            }
        }
        return true;
    }

    private void nobody(List<Span> content, int cue, int n, String variant) {
        Draft d = addReported(content, cue, n, null, null);
        d.source = Source.NOBODY;
        tag(d, variant);
    }
}
