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

/** {@code newsgraph train-names}: trains the statistical name finder on Universal NER IOB2 files. */
@Command(name = "train-names", mixinStandardHelpOptions = true,
        description = "Trains the OpenNLP name finder (PER, ORG, LOC) on DIR/en_ewt-ud-train.iob2 with POS and "
                + "gazetteer features, prints precision, recall and F1 on DIR/en_ewt-ud-dev.iob2, writes the model.")
public final class TrainNamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Folder with en_ewt-ud-train.iob2 and en_ewt-ud-dev.iob2 (Universal NER English-EWT).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model (.bin).")
    Path out;

    @Option(names = "--train-file", paramLabel = "NAME", defaultValue = "en_ewt-ud-train.iob2",
            description = "Training file inside DIR (default: ${DEFAULT-VALUE}).")
    String trainFile;

    @Option(names = "--dev-file", paramLabel = "NAME", defaultValue = "en_ewt-ud-dev.iob2",
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
        Path train = data.resolve(trainFile);
        if (!Files.isRegularFile(train)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No training file " + train);
        }
        Path dev = data.resolve(devFile);
        new NameModelTrainer().iterations(iterations).cutoff(cutoff).beamSize(beam)
                .run(train, Files.isRegularFile(dev) ? dev : null, out, spec.commandLine().getOut());
        return 0;
    }
}
