package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query}: runs a catalogue query (or a .rq file) against the store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a query from queries/ by name (persons, documents, mentions, …) or a .rq FILE.")
public final class QueryCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    org.newsgraph.NewsGraph root;

    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "A catalogue query name or a .rq file.")
    String name;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: data).")
        java.nio.file.Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint instead of the store.")
        String endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "Binds ?KEY to VALUE (a string; <iri> for an IRI; digits for an integer).")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        if (!java.util.List.of("table", "csv", "tsv", "json").contains(format)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--format: unknown format '" + format + "' (table, csv, tsv, json)");
        }
        QueryRunner.Builder b = QueryRunner.create().query(QueryCatalogue.load(name));
        params.forEach(b::param);
        OutputStream out = new BufferedOutputStream(root.stdout());
        if (target.endpoint != null) {
            b.endpoint(target.endpoint).build().write(out, format);
        } else {
            try (GraphStore gs = GraphStore.openExisting(target.store == null ? GraphStore.DEFAULT_LOCATION : target.store)) {
                b.dataset(gs.dataset()).build().write(out, format);
            }
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return 0;
    }
}
