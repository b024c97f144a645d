package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.names.NameModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph train-names}: trains the statistical name finder on the open sets of ../shared/data. */
@Command(name = "train-names", mixinStandardHelpOptions = true,
        description = "Trains the OpenNLP name finder (PER, ORG, LOC) on every open set under DIR (uner-en-ewt train, "
                + "uner-en-pud, wikigold, btc, re3d) with case copies, POS, gazetteer and document features, prints "
                + "precision, recall and F1 on DIR/uner-en-ewt/en_ewt-ud-dev.iob2, writes the model.")
public final class TrainNamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The training data folder (../shared/data): uner-en-ewt/, uner-en-pud/, wikigold/, btc/, re3d/.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model (.bin).")
    Path out;

    @Option(names = "--dev-file", paramLabel = "NAME", defaultValue = "uner-en-ewt/en_ewt-ud-dev.iob2",
            description = "Dev file inside DIR, scored after training; skipped when absent (default: ${DEFAULT-VALUE}).")
    String devFile;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100", description = "Maxent iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "3", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--beam", paramLabel = "N", defaultValue = "3", description = "Beam size kept in the model for finding (default: ${DEFAULT-VALUE}).")
    int beam;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No training data folder " + data);
        }
        Path dev = data.resolve(devFile);
        new NameModelTrainer().iterations(iterations).cutoff(cutoff).beamSize(beam)
                .run(data, Files.isRegularFile(dev) ? dev : null, out, spec.commandLine().getOut());
        return 0;
    }
}
