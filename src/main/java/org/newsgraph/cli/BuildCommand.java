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
        description = "Extracts news articles (.txt, .html, RSS/Atom feeds, JSON Lines, WARC; files, folders searched "
                + "recursively, - for standard input) into the TDB2 store. Each document goes in its own named graph, "
                + "many documents per write transaction; a file built again (edited or not) replaces its graph, the "
                + "corpus identity pass runs, and the store is compacted at the end.")
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

    @Mixin
    InputOptions input = new InputOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, - for standard input.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    RemoteStoreOptions remote;

    @Mixin
    FileModeOption fileMode = new FileModeOption();

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1: " + batch);
        }
        if (remote.given(spec)) {
            return buildRemote();
        }
        fileMode.apply(spec.commandLine().getErr());
        try (GraphStore gs = GraphStore.open(store.path())) {
            return build(gs, paths, input, threads, batch, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** Into a remote store: every input format, as into the local store, one PUT a document. */
    private int buildRemote() {
        PrintWriter out = spec.commandLine().getOut();
        Loader loader = Loader.create().sink(remote.sink(spec)).threads(threads).errors(spec.commandLine().getErr())
                .progress(System.console() != null ? spec.commandLine().getErr() : null).build();
        Loader.Summary s = loader.run(input.inputs(paths, loader::note));
        out.println(s.describe(loader.sink().target()));
        out.flush();
        return s.failed() == 0 ? 0 : 1;
    }

    static int build(GraphStore gs, List<Path> paths, int threads, PrintWriter out, PrintWriter err) {
        return build(gs, paths, new InputOptions(), threads, Loader.BATCH_DOCUMENTS, out, err);
    }

    static int build(GraphStore gs, List<Path> paths, InputOptions input, int threads, PrintWriter out, PrintWriter err) {
        return build(gs, paths, input, threads, Loader.BATCH_DOCUMENTS, out, err);
    }

    static int build(GraphStore gs, List<Path> paths, InputOptions input, int threads, int batch, PrintWriter out,
            PrintWriter err) {
        String[] identity = {null};
        Loader loader = Loader.create().store(gs).threads(threads).batch(batch, Loader.BATCH_QUADS).errors(err)
                .progress(System.console() != null ? err : null)
                // the corpus passes (identity, then the summary) run on what was written, before the compaction
                .afterWrite(store -> identity[0] = CorpusPasses.run(store).lines(), CorpusPasses.RESULT)
                .build();
        Loader.Summary s = loader.run(input.inputs(paths, loader::note));
        out.println(s.describe(gs.location()));
        if (identity[0] != null) {
            out.println(identity[0]);
        }
        out.flush();
        return s.failed() == 0 ? 0 : 1;
    }
}
