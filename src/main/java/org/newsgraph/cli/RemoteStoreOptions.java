package org.newsgraph.cli;

import java.time.Duration;
import org.newsgraph.store.remote.GspSink;
import org.newsgraph.store.remote.GspStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of the commands that can write to a remote store through the Graph Store Protocol. */
public final class RemoteStoreOptions {

    /** Where the password for {@code --user} is read from: never a flag, so it stays out of `ps`. */
    public static final String PASSWORD_ENV = "NEWSGRAPH_SPARQL_PASSWORD";

    @Option(names = "--sparql-gsp", paramLabel = "URL",
            description = "Write each document graph to this SPARQL Graph Store Protocol service (e.g. "
                    + "http://host:3030/ds/data, or Virtuoso's http://host:8890/sparql-graph-crud-auth) "
                    + "instead of the local store.")
    String url;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The remote store's SPARQL query endpoint, asked for older versions of a document before "
                    + "it is written (default: derived from --sparql-gsp: /ds/data -> /ds/sparql, "
                    + "/sparql-graph-crud-auth -> /sparql).")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME",
            description = "User for the remote store (basic or digest authentication); the password is read "
                    + "from the environment variable " + PASSWORD_ENV + ".")
    String user;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a request that failed with 5xx, 429 or no answer (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a request without an answer after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** Whether a remote store was asked for ({@code --endpoint} alone is bad usage). */
    boolean given(CommandSpec spec) {
        if (url == null && endpoint != null) {
            throw new ParameterException(spec.commandLine(), "--endpoint goes with --sparql-gsp");
        }
        return url != null;
    }

    /** The remote store as a sink for {@code build} and {@code load}. */
    GspSink sink(CommandSpec spec) {
        return new GspSink(open(spec));
    }

    GspStore open(CommandSpec spec) {
        String password = null;
        if (user != null) {
            password = System.getenv(PASSWORD_ENV);
            if (password == null) {
                throw new ParameterException(spec.commandLine(), "--user " + user + " needs its password in the "
                        + "environment variable " + PASSWORD_ENV);
            }
        }
        if (retries < 0 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--retries must be >= 0 and --request-timeout >= 1");
        }
        try {
            return GspStore.create().url(url).endpoint(endpoint).user(user, password).retries(retries)
                    .timeout(Duration.ofSeconds(timeoutSeconds)).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--sparql-gsp/--endpoint: " + e.getMessage());
        }
    }
}
