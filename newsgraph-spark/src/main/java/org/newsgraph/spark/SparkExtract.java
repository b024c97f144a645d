package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

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
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int partitions = opts.partitions() > 0 ? opts.partitions() : Math.max(2, jsc.defaultParallelism() * 4);
        JavaRDD<DocumentResult> results = null;
        for (String input : opts.inputs()) {
            JavaRDD<DocumentResult> r = read(jsc, conf, input, partitions)
                    .map(t -> DocumentResult.extract(t._1(), t._2()));
            results = results == null ? r : results.union(r);
        }
        results = results.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            results.filter(r -> r.ok() && !r.quads().isEmpty()).map(DocumentResult::quads)
                    .saveAsTextFile(opts.output() + "/quads", GzipCodec.class);
            results.filter(r -> !r.ok()).map(DocumentResult::error).coalesce(1)
                    .saveAsTextFile(opts.output() + "/errors");
            long failed = results.filter(r -> !r.ok()).count();
            return new Summary(results.count() - failed, failed);
        } finally {
            results.unpersist();
        }
    }

    /**
     * The {@code .txt} files under {@code input}, each as (identifier, bytes) where the identifier
     * is the path inside the input folder, as {@code newsgraph extract} names documents (a file
     * given alone is named by its file name).
     */
    static JavaPairRDD<FileKey, PortableDataStream> read(JavaSparkContext jsc, Configuration conf, String input,
            int partitions) {
        Path root;
        boolean folder;
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            root = fs.makeQualified(p);
            folder = fs.getFileStatus(root).isDirectory();
        } catch (IOException e) {
            throw new IllegalArgumentException(input + ": cannot read: " + e.getMessage(), e);
        }
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        boolean isFolder = folder;
        String name = root.getName();
        return jsc.binaryFiles(root.toString(), partitions)
                .filter(t -> !isFolder || t._1().endsWith(".txt"))
                .mapToPair(t -> new Tuple2<>(new FileKey(t._1(), isFolder && t._1().startsWith(prefix)
                        ? t._1().substring(prefix.length()) : isFolder ? new Path(t._1()).getName() : name), t._2()));
    }
}
