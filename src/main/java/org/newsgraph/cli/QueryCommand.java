package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
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

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

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
            description = "Binds ?KEY to VALUE (a string; <iri> for an IRI; digits for an integer). "
                    + "The value is bound as an RDF term, never pasted into the query: quotes and braces are just characters.")
    java.util.List<String> params = new java.util.ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop the query after SECONDS (default: ${DEFAULT-VALUE}; 0: no limit).")
    int timeout;

    @Override
    public Integer call() {
        if (!java.util.List.of("table", "csv", "tsv", "json").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format: unknown format '" + format + "' (table, csv, tsv, json)");
        }
        if (timeout < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--timeout: expected 0 or more seconds, got " + timeout);
        }
        String text;
        try {
            text = QueryCatalogue.load(name);
        } catch (QueryCatalogue.UnknownQueryException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        QueryRunner.Builder b = QueryRunner.create().query(text).timeoutMillis(timeout * 1000L);
        // split by hand: picocli's Map options try to honour quotes inside values and warn about them
        for (String kv : params) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--param: expected KEY=VALUE, got '" + kv + "'");
            }
            String key = kv.substring(0, eq);
            if (!java.util.regex.Pattern.compile("[?$]" + java.util.regex.Pattern.quote(key) + "\\b").matcher(text).find()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--param: query " + name + " has no parameter '" + key + "'");
            }
            b.param(key, kv.substring(eq + 1));
        }
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
