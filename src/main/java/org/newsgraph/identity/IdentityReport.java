package org.newsgraph.identity;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What one run of the identity pass did. */
public record IdentityReport(int entities, int documents, List<Decision> merges, List<Unmerged> unmerged,
        int affiliations, int documentsRewritten, int mentionsMoved, int labelsChanged, double seconds,
        double[] phases) {

    /** One line: what was merged and how long it took. */
    public String summary() {
        long global = merges.stream().filter(d -> d.doc() == null).count();
        long local = merges.size() - global;
        return String.format(Locale.ROOT,
                "Identity: %d entities in %d documents; %d merged everywhere, %d merges in single documents, %d pairs left apart; "
                        + "%d mentions moved in %d documents, %d labels changed, %d affiliations, in %.1f s (read %.1f, decide %.1f, write %.1f)",
                entities, documents, global, local, unmerged.size(), mentionsMoved, documentsRewritten, labelsChanged,
                affiliations, seconds, phases[0], phases[1], phases[2]);
    }

    /** The pairs left apart and why, one a line, for a person to review. */
    public void printUnmerged(PrintWriter out) {
        for (Unmerged u : unmerged) {
            out.printf(Locale.ROOT, "apart   %s  |  %s   -- %s%n", u.entityLabel(), u.otherLabel(), u.reason());
        }
        out.flush();
    }

    /** The merges, one a line. */
    public void printMerges(PrintWriter out) {
        for (Decision d : merges) {
            out.printf(Locale.ROOT, "merged  %s -> %s  %s %.2f  %s%s%n", d.from(), d.into(), d.rule(), d.confidence(), d.evidence(),
                    d.doc() == null ? "" : "  [" + d.doc() + "]");
        }
        out.flush();
    }
}
