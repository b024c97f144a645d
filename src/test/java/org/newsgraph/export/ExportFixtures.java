package org.newsgraph.export;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.TestPaths;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** Stores the export tests read: the hand-made fixture, and the seeds as the pipeline builds them. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(ExportFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Missing test resource " + name, e);
        }
    }

    /** A store holding {@code network.trig}. */
    static GraphStore fixture(Path dir) {
        GraphStore gs = GraphStore.open(dir);
        Txn.executeWrite(gs.dataset(), () -> RDFDataMgr.read(gs.dataset(), resource("network.trig").toString()));
        return gs;
    }

    /** A store built from the seed articles. */
    static GraphStore seeds(Path dir) {
        GraphStore gs = GraphStore.open(dir);
        Loader.Summary s = Loader.create().store(gs).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        if (s.failed() > 0 || s.documents() == 0) {
            throw new IllegalStateException("Seeds did not build: " + s);
        }
        return gs;
    }
}
