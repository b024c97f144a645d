package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;
import org.newsgraph.store.QuadsLoader;
import org.newsgraph.store.TdbSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph load}: N-Quads files (as {@code extract --format nq} writes them) into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads N-Quads files (.nq, or gzipped .nq.gz), as extract --format nq or the Spark job write them, "
                + "into the TDB2 store: each named graph whole, replacing the graph of the same name and any document "
                + "with the same dcterms:identifier; loading the same quads again changes nothing. With --sparql-gsp, "
                + "each graph goes to a remote store with one PUT instead.")
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "QUADS", description = "N-Quads files (.nq or .nq.gz).")
    List<Path> files = new ArrayList<>();

    @Mixin
    RemoteStoreOptions remote;

    @Mixin
    FileModeOption fileMode = new FileModeOption();

    @Override
    public Integer call() {
        if (remote.given(spec)) {
            var sink = remote.sink(spec);
            QuadsLoader.Summary s = new QuadsLoader(sink, spec.commandLine().getErr()).run(files);
            spec.commandLine().getOut().println(s.describe(sink.target()));
            spec.commandLine().getOut().flush();
            return s.failed() == 0 ? 0 : 1;
        }
        fileMode.apply(spec.commandLine().getErr());
        try (GraphStore gs = GraphStore.open(store.path())) {
            // when documents were added or replaced (or a stopped run left them without the passes' result):
            // the corpus passes (identity, summary) before the compaction, as build does
            String[] passes = {null};
            TdbSink sink = new TdbSink(gs, Loader.BATCH_DOCUMENTS, Loader.BATCH_QUADS, true,
                    store -> passes[0] = CorpusPasses.run(store).lines(), CorpusPasses.RESULT);
            QuadsLoader.Summary s = new QuadsLoader(sink, spec.commandLine().getErr()).run(files);
            spec.commandLine().getOut().println(s.describe(gs.location()));
            if (passes[0] != null) {
                spec.commandLine().getOut().println(passes[0]);
            }
            spec.commandLine().getOut().flush();
            return s.failed() == 0 ? 0 : 1;
        }
    }
}
