package org.newsgraph.link;

import java.util.List;
import java.util.Locale;

/**
 * What a linking run did: entities seen, linked ({@code owl:sameAs} at or above the threshold,
 * {@code skos:closeMatch} below it), ambiguous (two candidates too close to call: left unlinked),
 * not found; one line per decision, the cost of the look-ups and where the time went.
 */
public record LinkReport(int seen, int sameAs, int closeMatch, int ambiguous, int notFound, List<Decision> decisions,
        String target, String costs, double seconds, String phases) {

    /** The outcome for one entity. */
    public enum Outcome { SAME_AS, CLOSE_MATCH, AMBIGUOUS, NOT_FOUND }

    /**
     * One entity's outcome: its IRI and label, the target chosen (null when none), the confidence,
     * and a few words on why (the candidates and the context that spoke for them).
     */
    public record Decision(String entity, String label, String type, Outcome outcome, String target, double confidence,
            String why) {
    }

    public int linked() {
        return sameAs + closeMatch;
    }

    /** The report as lines for a terminal: linked, close and ambiguous entities, then the totals. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Outcome o : List.of(Outcome.SAME_AS, Outcome.CLOSE_MATCH, Outcome.AMBIGUOUS)) {
            for (Decision d : decisions) {
                if (d.outcome() != o) {
                    continue;
                }
                String tag = switch (o) {
                    case SAME_AS -> "sameAs    ";
                    case CLOSE_MATCH -> "closeMatch";
                    default -> "ambiguous ";
                };
                b.append(tag).append(' ').append(d.label()).append(" (").append(d.type()).append(")");
                if (d.target() != null) {
                    b.append(" -> <").append(d.target()).append("> ").append(String.format(Locale.ROOT, "%.3f", d.confidence()));
                }
                b.append("  ").append(d.why()).append('\n');
            }
        }
        b.append(String.format(Locale.ROOT,
                "Entities seen %d: linked %d (owl:sameAs %d, skos:closeMatch %d), ambiguous %d (not linked), not found %d%n",
                seen, linked(), sameAs, closeMatch, ambiguous, notFound));
        b.append(String.format(Locale.ROOT, "Target %s: %s%n", target, costs));
        b.append(String.format(Locale.ROOT, "Took %.1f s (%s)%n", seconds, phases));
        return b.toString();
    }
}
