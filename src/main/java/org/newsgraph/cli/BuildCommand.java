package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.Loader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph build}: extracts documents into the store, each in its own transaction and graph. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extracts .txt news articles (files, or folders searched recursively) into the TDB2 store. "
                + "Each document goes in its own named graph; building a file again replaces its graph.")
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = org.newsgraph.pipeline.Extraction.defaultThreads();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (UTF-8 .txt) and folders.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        try (GraphStore gs = GraphStore.open(store.path())) {
            return build(gs, paths, threads, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    static int build(GraphStore gs, List<Path> paths, int threads, PrintWriter out, PrintWriter err) {
        Loader.Summary s = Loader.create().store(gs).threads(threads).errors(err)
                .progress(System.console() != null ? err : null).build().run(paths);
        out.println(s.describe(gs.location()));
        if (s.documents() > 0) {
            out.println(org.newsgraph.identity.IdentityPass.runOn(gs).summary());
        }
        out.flush();
        return s.failed() == 0 ? 0 : 1;
    }
}
