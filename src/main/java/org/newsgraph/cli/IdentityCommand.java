package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.identity.IdentityReport;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph identity}: runs the corpus-level identity pass on a store (build runs it too). */
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = "Decides which entities of the store are one across documents and merges them (build runs this "
                + "at its end; run it again after link), then counts the corpus summary (mentions per entity, co-mentions) the "
                + "web view reads. --report lists the merges and the pairs left apart.")
public final class IdentityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--report", description = "Also print every merge and every pair left apart, with the reason.")
    boolean report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore gs = GraphStore.openExisting(store.path())) {
            CorpusPasses.Result passes = CorpusPasses.run(gs);
            IdentityReport r = passes.identity();
            if (report) {
                r.printMerges(out);
                r.printUnmerged(out);
            }
            out.println(passes.lines());
            out.flush();
            return 0;
        }
    }
}
