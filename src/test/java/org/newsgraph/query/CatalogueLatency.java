package org.newsgraph.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * and prints p50/p95 per query and over all runs.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.query.CatalogueLatency STORE [RUNS] [QUERY...]
 * </pre>
 */
public final class CatalogueLatency {

    /** Seed names in the examples, and what stands for them on a news corpus. */
    static final Map<String, String> NAMES = Map.of("Witkoff", "Trump", "Klintsevich", "Clinton", "Sudakov", "Clinton",
            "Zakharova", "Clinton", "Politico", "CNN");

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
            String endpoint = server.datasetUrl() + "/sparql";
            Map<String, long[]> times = new LinkedHashMap<>();
            List<Long> all = new ArrayList<>();
            for (String name : QueryCatalogue.names()) {
                if (TestCatalogueOverHttp.federated(name) || (!only.isEmpty() && !only.contains(name))) {
                    continue;
                }
                String[] kv = params(name);
                int rows = run(endpoint, name, kv);   // warm-up
                long[] t = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    run(endpoint, name, kv);
                    t[i] = (System.nanoTime() - t0) / 1_000_000;
                    all.add(t[i]);
                }
                times.put(name, t);
                System.out.printf("%-22s %-28s %6d rows  p50 %6d ms  p95 %6d ms%n", name, String.join("=", kv).replace("=" , " ").trim(),
                        rows, pct(t, 50), pct(t, 95));
            }
            long[] a = all.stream().mapToLong(Long::longValue).toArray();
            System.out.printf("%-22s %-28s %6d runs  p50 %6d ms  p95 %6d ms  max %d ms%n", "(all)", "", a.length, pct(a, 50), pct(a, 95),
                    Arrays.stream(a).max().orElse(0));
        }
    }

    private static int run(String endpoint, String name, String[] kv) {
        RowSet rs = Catalogue.runner(name, kv).endpoint(endpoint).build().select();
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
