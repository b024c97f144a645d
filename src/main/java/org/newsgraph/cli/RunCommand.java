package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph run}: build, then serve. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Builds the store from PATHs, then serves it (build + serve in one).")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Mixin
    InputOptions input = new InputOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, - for standard input.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        server.check(spec.commandLine());
        GraphStore gs = GraphStore.open(store.path());
        int built;
        try {
            built = BuildCommand.build(gs, paths, input, org.newsgraph.pipeline.Extraction.defaultThreads(),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (RuntimeException e) {
            gs.close();
            throw e;
        }
        if (built != 0) {
            spec.commandLine().getErr().println("newsgraph: some documents failed (see above); serving the rest");
        }
        // opened again to serve: the build's compaction leaves the store open in direct file mode (see
        // GraphStore.compact); queries are served from mapped files
        gs.close();
        gs = GraphStore.open(store.path());
        return ServeCommand.serve(gs, server, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
