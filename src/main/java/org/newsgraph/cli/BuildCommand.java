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

/** {@code newsgraph build}: extracts documents into the store, each in its own graph, in batched transactions. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extracts .txt news articles (files, or folders searched recursively) into the TDB2 store. "
                + "Each document goes in its own named graph, many documents per write transaction; a file built again "
                + "(edited or not) replaces its graph, and the store is compacted at the end.")
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = org.newsgraph.pipeline.Extraction.defaultThreads();

    @Option(names = "--batch", paramLabel = "N", description = "Documents per write transaction, at most "
            + "(default: ${DEFAULT-VALUE}; a batch also ends at 2,000,000 quads). A build that is killed loses at most "
            + "the batch in hand; building again completes it.")
    int batch = Loader.BATCH_DOCUMENTS;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (UTF-8 .txt) and folders.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1: " + batch);
        }
        try (GraphStore gs = GraphStore.open(store.path())) {
            return build(gs, paths, threads, batch, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    static int build(GraphStore gs, List<Path> paths, int threads, PrintWriter out, PrintWriter err) {
        return build(gs, paths, threads, Loader.BATCH_DOCUMENTS, out, err);
    }

    static int build(GraphStore gs, List<Path> paths, int threads, int batch, PrintWriter out, PrintWriter err) {
        Loader.Summary s = Loader.create().store(gs).threads(threads).batch(batch, Loader.BATCH_QUADS).errors(err)
                .progress(System.console() != null ? err : null).build().run(paths);
        out.println(s.describe(gs.location()));
        out.flush();
        return s.failed() == 0 ? 0 : 1;
    }
}
