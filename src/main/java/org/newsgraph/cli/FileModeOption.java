package org.newsgraph.cli;

import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/**
 * The {@code --file-mode} option of the commands that write the TDB2 store ({@code build}, {@code load}):
 * how TDB2 reads and writes its index files in this process.
 */
public final class FileModeOption {

    /** TDB2's two ways with its index files. */
    public enum Mode { mapped, direct }

    @Option(names = "--file-mode", paramLabel = "MODE", defaultValue = "mapped",
            description = "mapped (default; fastest): the index files are memory-mapped, and every page of the store "
                    + "the run touches counts in its resident memory, which so grows with the store; direct: index "
                    + "blocks go through caches of a fixed size in the heap, so resident memory stays near the heap "
                    + "whatever the store's size, for about 1.5 times the CPU time.")
    Mode mode = Mode.mapped;

    /**
     * Puts this process in the chosen mode before the store is opened; when TDB2 had already chosen
     * mapped files in this process, says so on {@code err} and goes on with them.
     */
    void apply(java.io.PrintWriter err) {
        if (mode == Mode.direct && !GraphStore.useDirectFileMode()) {
            err.println("newsgraph: --file-mode direct: TDB2 has already chosen mapped files in this process; "
                    + "going on with them");
        }
    }
}
