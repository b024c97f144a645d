package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench}: measures extraction and loading speed and prints the figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the bare OpenNLP pipeline, extraction (1 thread and all cores) and loading into TDB2 "
                + "on a folder of texts, and prints documents/s, sentences/s, tokens/s and quads/s.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--texts", paramLabel = "DIR", defaultValue = "../shared/eval/polnear-dev/text",
            description = "Folder of .txt documents (default: ${DEFAULT-VALUE}).")
    Path texts;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "8", description = "With --ingest: rounds of each kind run "
            + "before it is measured, so that reading is measured at the speed a long build reaches, as extraction is "
            + "(default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: all cores).")
    int threads = org.newsgraph.pipeline.Extraction.defaultThreads();

    @Option(names = "--ingest", paramLabel = "DIR", arity = "0..1", fallbackValue = "../shared/eval/article-html-dev/html",
            description = "Instead: the cost of reading each input kind (pages, WARC, RSS, JSON Lines, text) against extraction "
                    + "of the same articles, from a folder of saved pages (default when given alone: ${FALLBACK-VALUE}).")
    Path ingest;

    @Override
    public Integer call() throws Exception {
        if (ingest != null) {
            new org.newsgraph.bench.IngestBenchmark(ingest, warmup, rounds, spec.commandLine().getOut()).run();
            return 0;
        }
        new Benchmark(texts, rounds, threads, spec.commandLine().getOut()).run();
        return 0;
    }
}
