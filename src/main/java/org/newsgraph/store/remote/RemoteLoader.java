package org.newsgraph.store.remote;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.store.Loader;

/**
 * A shortcut for {@code Loader.create().sink(new GspSink(store))}: extracts documents (any input
 * format) into a remote store through the Graph Store Protocol, the ontology graph first, then each
 * document's named graph as it is extracted (see {@link GspSink}).
 */
public final class RemoteLoader {

    private final Loader loader;

    public RemoteLoader(GspStore store, int threads, PrintWriter errors) {
        this.loader = Loader.create().sink(new GspSink(store)).threads(threads).errors(errors).build();
    }

    public Loader.Summary run(List<Path> paths) {
        return loader.run(paths);
    }
}
