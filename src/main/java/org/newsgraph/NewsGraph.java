package org.newsgraph;

import org.newsgraph.cli.BenchCommand;
import org.newsgraph.cli.BuildCommand;
import org.newsgraph.cli.EvalCommand;
import org.newsgraph.cli.ExportCommand;
import org.newsgraph.cli.ExtractCommand;
import org.newsgraph.cli.LinkCommand;
import org.newsgraph.cli.LoadCommand;
import org.newsgraph.cli.QueryCommand;
import org.newsgraph.cli.RunCommand;
import org.newsgraph.cli.ServeCommand;
import org.newsgraph.cli.TrainNamesCommand;
import org.newsgraph.cli.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: {@code newsgraph run seeds/} builds the graph and serves it. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Builds a knowledge graph from news text (who is who, who holds which role, who claims what) "
                + "and serves it over SPARQL.",
        subcommands = {BuildCommand.class, LoadCommand.class, ServeCommand.class, RunCommand.class, ExtractCommand.class,
                QueryCommand.class, BenchCommand.class, CommandLine.HelpCommand.class, EvalCommand.class, ValidateCommand.class,
                LinkCommand.class, ExportCommand.class, TrainNamesCommand.class, org.newsgraph.cli.IdentityCommand.class})
public final class NewsGraph implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final java.io.OutputStream stdout;

    public NewsGraph() {
        this(System.out);
    }

    private NewsGraph(java.io.OutputStream stdout) {
        this.stdout = stdout;
    }

    /** The standard output as bytes, for commands that write RDF or results. */
    public java.io.OutputStream stdout() {
        return stdout;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (try: newsgraph run seeds/)");
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 bad usage. */
    public static int execute(String... args) {
        return execute(System.out, System.err, args);
    }

    /** Runs the command line with the given standard output and error (tests use this). */
    public static int execute(java.io.OutputStream out, java.io.OutputStream err, String... args) {
        CommandLine cl = new CommandLine(new NewsGraph(out));
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof NewsGraphException) {
                cmd.getErr().println("newsgraph: " + ex.getMessage());
            } else {
                cmd.getErr().println("newsgraph: " + ex);
                if (Boolean.getBoolean("newsgraph.debug")) {
                    ex.printStackTrace(cmd.getErr());
                }
            }
            return 1;
        });
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /**
     * Caffeine (TDB2's node caches) logs its own warning, with a stack trace, when the store's mapped
     * file faults under it (a full disk): the store's fault is already one line of ours, so its
     * warnings are kept for {@code -Dnewsgraph.debug=true}. (Held here: the logging system keeps loggers weakly.)
     */
    private static final java.util.logging.Logger CAFFEINE = java.util.logging.Logger.getLogger("com.github.benmanes.caffeine");

    public static void main(String[] args) {
        if (!Boolean.getBoolean("newsgraph.debug")) {
            CAFFEINE.setLevel(java.util.logging.Level.SEVERE);
        }
        System.exit(execute(args));
    }
}
