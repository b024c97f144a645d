package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * {@code spark-submit --class org.newsgraph.spark.SparkExtract newsgraph-spark.jar --input DIR
 * --output DIR}: extracts the {@code .txt} articles under the inputs (any Hadoop file system:
 * {@code file:}, {@code hdfs://}, {@code s3a://}; folders are read recursively) with the same
 * pipeline as {@code newsgraph extract}, on the executors, and writes
 * <ul>
 * <li>{@code OUTPUT/quads/part-*.gz}: gzipped N-Quads, each document's graph whole in one part;</li>
 * <li>{@code OUTPUT/errors/part-*}: one line per document that failed ({@code path: reason}).</li>
 * </ul>
 * A failed document never fails the job. IRIs are deterministic and each document is written by
 * one task, whose output Spark commits once, so a retried task or a lost executor duplicates
 * nothing. Load the result with {@code newsgraph load OUTPUT/quads --store DIR}.
 */
public final class SparkExtract {

    /** The job's options. */
    record Options(List<String> inputs, String output, int partitions) {
        static Options parse(String[] args) {
            List<String> in = new ArrayList<>();
            String out = null;
            int parts = 0;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--input" -> in.add(value(args, ++i, a));
                    case "--output" -> out = value(args, ++i, a);
                    case "--partitions" -> parts = Integer.parseInt(value(args, ++i, a));
                    case "-h", "--help" -> throw new UsageException(USAGE);
                    default -> throw new UsageException("unknown argument: " + a + "\n" + USAGE);
                }
            }
            if (in.isEmpty() || out == null) {
                throw new UsageException("--input and --output are required\n" + USAGE);
            }
            if (parts < 0) {
                throw new UsageException("--partitions must be positive: " + parts);
            }
            return new Options(List.copyOf(in), out, parts);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new UsageException(option + " needs a value\n" + USAGE);
            }
            return args[i];
        }
    }

    static final String USAGE = "usage: SparkExtract --input PATH [--input PATH ...] --output DIR [--partitions N]";

    /** Bad usage: printed with exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** What a run did. */
    public record Summary(long documents, long failed) {
        public String describe(String output) {
            return String.format(Locale.ROOT, "Extracted %d document%s (%d failed) into %s", documents,
                    documents == 1 ? "" : "s", failed, output);
        }
    }

    private SparkExtract() {
    }

    public static void main(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (UsageException | NumberFormatException e) {
            System.err.println("newsgraph-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newsgraph-extract").getOrCreate();
        Summary s;
        try {
            s = run(new JavaSparkContext(spark.sparkContext()), opts);
        } finally {
            spark.stop();
        }
        System.out.println(s.describe(opts.output()));
        System.exit(s.failed() == 0 ? 0 : 1);
    }

    /** Runs the job on {@code jsc}: reads, extracts, writes {@code quads/} and {@code errors/}. */
    public static Summary run(JavaSparkContext jsc, Options opts) {
        Configuration conf = jsc.hadoopConfiguration();
        List<FileKey> files = new ArrayList<>();
        for (String input : opts.inputs()) {
            files.addAll(InputFiles.list(conf, input));
        }
        int partitions = opts.partitions() > 0 ? opts.partitions() : Math.max(2, jsc.defaultParallelism() * 4);
        Broadcast<SerializableConfiguration> hadoop = SerializableConfiguration.broadcast(jsc.sc(), conf);
        JavaRDD<DocumentResult> results = jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
                .map(f -> DocumentResult.extract(f, hadoop.value().value()));
        // one pass: the quads are written as they come, the counts and the few error lines travel
        // back in accumulators (updated in the writing job's own tasks, so Spark applies each
        // task's updates once even when a task is retried); nothing is cached or serialised
        LongAccumulator extracted = jsc.sc().longAccumulator("documents");
        CollectionAccumulator<String> errors = jsc.sc().collectionAccumulator("errors");
        results.flatMap(r -> {
            if (!r.ok()) {
                errors.add(r.error());
                return Collections.emptyIterator();
            }
            extracted.add(1);
            return r.quads().isEmpty() ? Collections.emptyIterator() : List.of(r.quads()).iterator();
        }).saveAsTextFile(opts.output() + "/quads", GzipCodec.class);
        List<String> failed = new ArrayList<>(errors.value());
        failed.sort(null);
        writeLines(conf, new Path(opts.output() + "/errors/part-00000"), failed);
        return new Summary(extracted.value(), failed.size());
    }

    /** Writes {@code lines} to a new file (never over an existing one). */
    static void writeLines(Configuration conf, Path file, List<String> lines) {
        try (Writer w = new OutputStreamWriter(file.getFileSystem(conf).create(file, false), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
