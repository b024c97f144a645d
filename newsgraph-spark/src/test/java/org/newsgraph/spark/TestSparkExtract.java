package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) gives, once sorted, exactly the N-Quads of
 * {@code newsgraph extract --format nq} on the same input: the tool's own command, run as a process
 * from the root build's jar.
 */
class TestSparkExtract {

    static SparkSession spark;
    static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("newsgraph-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        jsc = new JavaSparkContext(spark.sparkContext());
        jsc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Path root() {
        return Path.of(System.getProperty("newsgraph.root", "..")).toAbsolutePath().normalize();
    }

    static Path shared() {
        return Path.of(System.getProperty("newsgraph.shared", "../../shared")).toAbsolutePath().normalize();
    }

    @Test
    void seedsGiveTheQuadsOfExtract(@TempDir Path tmp) throws Exception {
        sameAsExtract(root().resolve("seeds"), tmp);
    }

    @Test
    void polnearDevGivesTheQuadsOfExtract(@TempDir Path tmp) throws Exception {
        sameAsExtract(shared().resolve("eval/polnear-dev/text"), tmp);
    }

    @Test
    void aBadDocumentGoesToErrorsAndTheOthersLoad(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(in.resolve("good.txt"), "Anna Petrova, a spokeswoman for Acme Corp., said the plant would close.\n");
        Files.write(in.resolve("bad.txt"), new byte[] {'a', 0, 'b'});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 Ren\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("notes.md"), "not an article");
        Path out = tmp.resolve("out");
        SparkExtract.Summary s = SparkExtract.run(jsc,
                new SparkExtract.Options(List.of(tmp.resolve("in").toUri().toString()), out.toUri().toString(), 2));
        assertEquals(1, s.documents());
        assertEquals(2, s.failed());
        List<String> errors = lines(out.resolve("errors"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("bad.txt") && e.contains("binary")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("latin1.txt") && e.contains("UTF-8")), errors.toString());
        List<String> quads = lines(out.resolve("quads"));
        assertTrue(quads.stream().anyMatch(q -> q.contains("\"sub/good.txt\"")), "identifier is the path inside the input");
    }

    @Test
    void smallFilesAreSpreadOverTheTasks(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("doc" + i + ".txt"), "Maria Lopez, the mayor of Springfield, said the bridge would reopen " + i + ".\n");
        }
        Path out = tmp.resolve("out");
        SparkExtract.Summary s = SparkExtract.run(jsc,
                new SparkExtract.Options(List.of(in.toUri().toString()), out.toUri().toString(), 3));
        assertEquals(6, s.documents());
        try (Stream<Path> parts = Files.list(out.resolve("quads"))) {
            List<Path> gz = parts.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
            assertEquals(3, gz.size(), gz.toString());
            for (Path part : gz) {
                try (InputStream z = new GZIPInputStream(Files.newInputStream(part))) {
                    assertTrue(z.readAllBytes().length > 0, part + " is empty: one task did all the work");
                }
            }
        }
    }

    private static void sameAsExtract(Path texts, Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        SparkExtract.Summary s = SparkExtract.run(jsc,
                new SparkExtract.Options(List.of(texts.toUri().toString()), out.toUri().toString(), 0));
        assertEquals(0, s.failed());
        List<String> got = lines(out.resolve("quads"));
        List<String> want = extract(texts);
        got.sort(null);
        want.sort(null);
        assertTrue(want.size() > 100, "extract wrote " + want.size() + " quads");
        assertEquals(want.size(), got.size(), "quad count");
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i), got.get(i), "sorted line " + i);
        }
    }

    /** The tool's own {@code extract --format nq}, run as a process from the root build's jar. */
    private static List<String> extract(Path texts) throws IOException, InterruptedException {
        Path jar = root().resolve("target/newsgraph.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: build the tool first (./mvnw package in " + root() + ")");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx2g", "-cp", jar + java.io.File.pathSeparator + root().resolve("target/lib") + "/*",
                "org.newsgraph.NewsGraph", "extract", "--format", "nq", texts.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "extract did not finish");
        assertEquals(0, p.exitValue(), "extract exit code");
        return lines;
    }

    /** Every non-empty line of the part files in a Spark output folder (gzipped or not). */
    static List<String> lines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (InputStream raw = Files.newInputStream(f);
                        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    r.lines().filter(l -> !l.isEmpty()).forEach(out::add);
                }
            }
        }
        return out;
    }
}
