package org.newsgraph.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;

/**
 * Measures the catalogue over HTTP on a built store (a benchmark, not a test; its figures are
 * printed, never asserted): starts the real server on port 0 over {@code STORE}, runs every local
 * catalogue query with its documented example parameters (the seed names replaced by names a
 * general news corpus holds: Trump, Clinton, CNN), once to warm up and then {@code RUNS} times,
 * and prints p50/p95 per query and over all runs: wall-clock over HTTP, and the CPU time the
 * whole process (client and server) spent, which a loaded machine disturbs less.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.query.CatalogueLatency STORE [RUNS] [QUERY...]
 * </pre>
 * With {@code -Dcompare=DIR} each query also runs in the version of the same name in DIR (e.g.
 * {@code src/test/resources/org/newsgraph/query/before}), the two in turn, so that a before/after
 * comparison is measured in the same conditions. With {@code -Dlocal=true} the queries run in
 * this process on the store, without HTTP, and the CPU time is the calling thread's alone: the
 * figure to compare query shapes by on a machine too loaded for wall-clock time.
 */
public final class CatalogueLatency {

    /** Seed names in the examples, and what stands for them on a news corpus. */
    static final Map<String, String> NAMES = Map.of("Witkoff", "Trump", "Klintsevich", "Clinton", "Sudakov", "Clinton",
            "Zakharova", "Clinton", "Politico", "CNN");

    private static org.apache.jena.sparql.core.DatasetGraph dataset;

    private CatalogueLatency() {
    }

    /** The example parameters of {@code name}, seed names replaced. */
    static String[] params(String name) {
        String[] kv = TestQueryCatalogue.exampleParams(name);
        for (int i = 1; i < kv.length; i += 2) {
            kv[i] = NAMES.getOrDefault(kv[i], kv[i]);
        }
        return kv;
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> only = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        try (GraphStore store = GraphStore.openExisting(dir);
             NewsGraphServer server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).build().start()) {
            String endpoint = Boolean.getBoolean("local") ? null : server.datasetUrl() + "/sparql";
            dataset = store.dataset();
            List<Long> all = new ArrayList<>();
            List<Long> allCpu = new ArrayList<>();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            for (String name : QueryCatalogue.names()) {
                if (TestCatalogueOverHttp.federated(name) || (!only.isEmpty() && !only.contains(name))) {
                    continue;
                }
                String[] kv = params(name);
                String compare = System.getProperty("compare");
                if (compare != null && java.nio.file.Files.isRegularFile(Path.of(compare, name + ".rq"))) {
                    measure(endpoint, name + " (before)", QueryCatalogue.load(Path.of(compare, name + ".rq").toString()), kv, runs, os,
                            new ArrayList<>(), new ArrayList<>());
                }
                measure(endpoint, name, QueryCatalogue.load(name), kv, runs, os, all, allCpu);
            }
            long[] a = all.stream().mapToLong(Long::longValue).toArray();
            long[] c = allCpu.stream().mapToLong(Long::longValue).toArray();
            System.out.printf("%-30s %-28s %6d runs  p50 %6d ms  p95 %6d ms   cpu p50 %6d ms  p95 %6d ms  (wall max %d ms)%n", "(all)", "",
                    a.length, pct(a, 50), pct(a, 95), pct(c, 50), pct(c, 95), Arrays.stream(a).max().orElse(0));
        }
    }

    private static void measure(String endpoint, String name, String text, String[] kv, int runs,
            com.sun.management.OperatingSystemMXBean os, List<Long> all, List<Long> allCpu) {
        int rows = run(endpoint, text, kv);   // warm-up
        long[] t = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu(endpoint, os);
            long t0 = System.nanoTime();
            run(endpoint, text, kv);
            t[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (cpu(endpoint, os) - c0) / 1_000_000;
            all.add(t[i]);
            allCpu.add(cpu[i]);
        }
        System.out.printf("%-30s %-28s %6d rows  p50 %6d ms  p95 %6d ms   cpu p50 %6d ms  p95 %6d ms%n", name,
                String.join(" ", kv), rows, pct(t, 50), pct(t, 95), pct(cpu, 50), pct(cpu, 95));
    }

    /** The process's CPU time over HTTP (client and server), the thread's in process. */
    private static long cpu(String endpoint, com.sun.management.OperatingSystemMXBean os) {
        return endpoint == null ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                : os.getProcessCpuTime();
    }

    private static int run(String endpoint, String text, String[] kv) {
        QueryRunner.Builder b = QueryRunner.create().query(text);
        for (int i = 0; i < kv.length; i += 2) {
            b.param(kv[i], kv[i + 1]);
        }
        RowSet rs = (endpoint == null ? b.dataset(dataset) : b.endpoint(endpoint)).build().select();
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    /** The nearest-rank percentile. */
    static long pct(long[] t, int p) {
        long[] s = t.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }
}
