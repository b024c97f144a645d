package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** Options of the commands that start the server. */
public final class ServerOptions {

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes (read-only by default).")
    boolean allowUpdate;
}
