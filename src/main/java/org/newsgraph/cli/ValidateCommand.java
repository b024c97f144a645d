package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.validate.GraphValidator;
import org.newsgraph.validate.ValidationResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph validate}: checks the store or an RDF file against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the graph against the SHACL shapes of ontology/shapes.ttl and prints each violation "
                + "(focus node, path, message). Exit code 1 when there is any violation.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store to check (default: data).")
        Path store;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
                description = "An RDF file to check instead (.nq, .trig, .ttl, .nt, .jsonld), e.g. from newsgraph extract.")
        Path file;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other SHACL shapes (Turtle) instead of the packaged ones.")
    Path shapes;

    @Override
    public Integer call() {
        GraphValidator.Builder b = GraphValidator.create();
        if (shapes != null) {
            b.shapes(GraphValidator.readMerged(shapes));
        }
        GraphValidator v = b.build();
        ValidationResult r;
        String what;
        if (target.file != null) {
            what = target.file.toString();
            r = v.validate(target.file);
        } else {
            Path dir = target.store == null ? GraphStore.DEFAULT_LOCATION : target.store;
            what = "store " + dir;
            try (GraphStore gs = GraphStore.openExisting(dir)) {
                r = v.validate(gs.dataset());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Validating " + what + " against " + v.shapes().numRootShapes() + " shapes");
        r.print(out);
        return r.conforms() ? 0 : 1;
    }
}
