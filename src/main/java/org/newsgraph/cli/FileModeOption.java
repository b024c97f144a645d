package org.newsgraph.cli;

import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/**
 * The {@code --file-mode} option of the commands that write the TDB2 store ({@code build}, {@code load}):
 * how TDB2 reads and writes its index files in this process.
 */
public final class FileModeOption {

    /** How TDB2 reads and writes its index files: mapped, with the compaction's copy written direct, or one way throughout. */
    public enum Mode { mixed, mapped, direct }

    @Option(names = "--file-mode", paramLabel = "MODE", defaultValue = "mixed",
            description = "mixed (default): the index files are memory-mapped and the compaction at the end writes its "
                    + "copy through the heap, so the peak resident memory (the compaction) stays under 1.5 GB for some "
                    + "thousand articles; mapped (fastest, about 30 %% less time for a build): the copy is mapped too, "
                    + "and every page of the store the run touches counts in its resident memory, which so grows "
                    + "with the store; direct: index blocks always go through caches of a fixed size in the heap, so "
                    + "resident memory stays near the heap whatever the store's size, for about 1.5 times the CPU time.")
    Mode mode = Mode.mixed;

    /**
     * Puts this process in the chosen mode before the store is opened; when TDB2 had already chosen
     * mapped files in this process, says so on {@code err} and goes on with them.
     */
    void apply(java.io.PrintWriter err) {
        GraphStore.compactThroughTheHeap(mode != Mode.mapped);
        if (mode == Mode.direct && !GraphStore.useDirectFileMode()) {
            err.println("newsgraph: --file-mode direct: TDB2 has already chosen mapped files in this process; "
                    + "going on with them");
        }
    }
}
