package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Network;
import org.newsgraph.export.Networks;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsgraph export}: the network of who talks about whom, as GraphML, GEXF, DOT or Cytoscape.js JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the network of persons, organisations and places (edges: roles, claims, "
                + "co-mentions in a sentence), or the rows of a catalogue query as edges, for Gephi, yEd, "
                + "Cytoscape or Graphviz."})
public final class ExportCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    org.newsgraph.NewsGraph root;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, dot or cyjs (Cytoscape.js JSON).")
    String format;

    @Option(names = "--query", paramLabel = "NAME|FILE",
            description = "Export the network a catalogue query (or .rq file) returns: each row an edge "
                    + "?source -> ?target (else its first two variables), with ?label and ?weight (else "
                    + "the first other numeric column) when bound; e.g. --query co-mentions.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "Binds ?KEY in the --query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        ExportFormat fmt;
        try {
            fmt = ExportFormat.of(format);
        } catch (NewsGraphException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (query == null && !params.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--param needs --query");
        }
        Network n;
        try (GraphStore gs = GraphStore.openExisting(store.path())) {
            if (query != null) {
                QueryRunner.Builder b = QueryRunner.create().query(QueryCatalogue.load(query)).dataset(gs.dataset());
                params.forEach(b::param);
                n = Networks.fromQuery(gs.dataset(), query, b.build());
            } else {
                n = Networks.entities(gs.dataset());
            }
        }
        if (out == null) {
            OutputStream o = new BufferedOutputStream(root.stdout());
            fmt.write(n, o);
            flush(o);
        } else {
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                fmt.write(n, o);
            } catch (IOException e) {
                throw new NewsGraphException(out + ": cannot write: " + e.getMessage(), e);
            }
            try {
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new NewsGraphException(out + ": cannot write: " + e.getMessage(), e);
            }
            spec.commandLine().getErr().println("Exported " + n.nodes().size() + " nodes and " + n.edges().size()
                    + " edges as " + fmt.formatName() + " to " + out);
        }
        return 0;
    }

    private static void flush(OutputStream o) {
        try {
            o.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
