package org.newsgraph.cli;

import org.newsgraph.identity.IdentityPass;
import org.newsgraph.identity.IdentityReport;
import org.newsgraph.store.GraphStore;
import org.newsgraph.summary.CorpusSummary;

/**
 * The passes over the whole corpus that run after documents were written (by {@code build} and
 * {@code load}) or on request ({@code identity}): the identity pass, then the corpus summary of the
 * result (the summary counts the entities as the identity pass left them).
 */
final class CorpusPasses {

    /** What the passes report. */
    record Result(IdentityReport identity, CorpusSummary.Report summary) {
        String lines() {
            return identity.summary() + System.lineSeparator() + summary.summary();
        }
    }

    /**
     * The graph the passes write last: a store that holds documents without it was stopped between
     * its documents and the passes' end, and the next build or load runs them.
     */
    static final String RESULT = org.newsgraph.rdf.Iris.SUMMARY_GRAPH;

    private CorpusPasses() {
    }

    static Result run(GraphStore store) {
        IdentityReport identity = IdentityPass.runOn(store);
        return new Result(identity, CorpusSummary.refresh(store.dataset()));
    }
}
