package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.server.NewsGraphServer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the commands that start the server. */
public final class ServerOptions {

    /** The environment variable that gives the admin password (else one is made up and printed once). */
    static final String ADMIN_PASSWORD_ENV = "NEWSGRAPH_ADMIN_PASSWORD";

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface: "
                    + "anyone on the network can then read the graph).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes (read-only by default).")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + NewsGraphServer.DEFAULT_TIMEOUT_SECONDS,
            description = "Stop a query after SECONDS (default: ${DEFAULT-VALUE}; 0: no limit).")
    int timeout;

    @Option(names = "--admin", description = "Turn on Fuseki's admin API at /$/ (create, delete, back up, compact datasets) "
            + "behind a password: user admin, password from $" + ADMIN_PASSWORD_ENV + " or made up and printed once. "
            + "Loopback hosts only.")
    boolean admin;

    /** Refuses (exit 2) what must not be started: a negative timeout, the admin API on a non-loopback host. */
    void check(CommandLine cmd) {
        if (timeout < 0) {
            throw new CommandLine.ParameterException(cmd, "--timeout: expected 0 or more seconds, got " + timeout);
        }
        if (admin && !NewsGraphServer.isLoopback(host)) {
            throw new CommandLine.ParameterException(cmd, "--admin is only allowed on a loopback host (127.0.0.1, ::1, localhost), "
                    + "not with --host " + host);
        }
    }

    /** Says on standard error what a non-loopback host exposes. */
    void warn(PrintWriter err) {
        if (NewsGraphServer.isLoopback(host)) {
            return;
        }
        err.println("newsgraph: warning: listening on " + host + ": anyone who can reach this machine over the network "
                + "can read the whole graph");
        if (allowUpdate) {
            err.println("newsgraph: warning: --allow-update on " + host + ": anyone on the network can change or delete "
                    + "the graph, without a password");
        } else {
            err.println("newsgraph: (the server stays read-only; --allow-update would let anyone on the network "
                    + "change or delete the graph)");
        }
        err.flush();
    }
}
