package org.newsgraph.claims;

import java.util.List;

/**
 * A question put to someone, opening a sentence: "Asked about the plan, the mayor said …", "When
 * asked whether he would run, …". The question is the content (from its "whether", "why", "about"
 * …, up to the comma that ends the phrase) and its asker the source: the agent after "by", else
 * nobody, as PolNeAR annotates it (on train 59 of the 69 sentence-opening "asked" are cues, 47 of
 * them with no source); likewise in the passive, "The mayor was asked about the plan" (the
 * one asked is no source: 19 of train's "was asked" cues have none).
 */
final class QuestionSieve extends Sieve {


    QuestionSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "asked";
    }

    @Override
    void run() {
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i] || !low(i).equals("asked")) {
                continue;
            }
            int s = sStart(i);
            while (s < i && (isQuoteMark(s) || pos(s).equals("PUNCT"))) {
                s++;
            }
            boolean opening = s == i || s == i - 1 && questionLeads.contains(low(s));
            boolean passive = !opening && i - 1 > s && be.contains(low(i - 1)) && !used[i - 1];
            if (!opening && !passive) {
                continue;
            }
            int hi = sEnd(i);
            int end = i + 1;
            while (end < hi && !(isComma(end) && !inQuote[end]) && !low(end).equals(";")) {
                end++;
            }
            if (opening && end >= hi - 2) {
                continue; // no main clause after the question
            }
            Np agent = null;
            int cs = i + 1;
            while (cs < end && cs < i + 10 && !(questionOpeners.contains(low(cs)) && (!low(cs).equals("to")
                    || cs + 1 < end && (pos(cs + 1).equals("VERB") || pos(cs + 1).equals("AUX"))))) {
                if (low(cs).equals("by") && agent == null) {
                    agent = npStartingAt(cs + 1);
                }
                cs++;
            }
            if (cs >= end || cs >= i + 10) {
                continue;
            }
            int ce = trimEnd(cs, end);
            if (low(cs).equals("about")) {
                cs++;
                ce = beforeCircumstance(cs, ce); // "about the plan on Monday": the time is the writer's
            }
            if (ce - cs < 1 || coveredByDraft(span(cs, ce))) {
                continue;
            }
            int cue = passive ? i - 1 : i;
            Draft d = addReported(List.of(span(cs, ce)), cue, i + 1 - cue, agent, null);
            if (agent == null) {
                d.source = Source.NOBODY;
            }
            tag(d, agent == null ? "nobody" : "agent");
        }
    }
}
