package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the TDB2 store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "data")
    Path store = GraphStore.DEFAULT_LOCATION;

    public Path path() {
        return store;
    }
}
