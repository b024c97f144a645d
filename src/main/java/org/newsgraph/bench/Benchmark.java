package org.newsgraph.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.apache.jena.graph.Graph;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.OpenNlpModels;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.store.DocumentGraph;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;
import org.newsgraph.text.Document;
import org.newsgraph.text.DocumentReader;

/**
 * Throughput figures, measured (not asserted): the bare OpenNLP UD pipeline as a yardstick,
 * newsgraph's extraction on one thread and on all cores, and loading quads into a fresh TDB2 store.
 */
public final class Benchmark {

    private final Path texts;
    private final int rounds;
    private final int threads;
    private final PrintWriter out;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    public Benchmark(Path texts, int rounds, int threads, PrintWriter out) {
        this.texts = texts;
        this.rounds = rounds;
        this.threads = threads;
        this.out = out;
    }

    public void run() throws Exception {
        List<String> problems = new ArrayList<>();
        List<DocumentReader.Input> inputs = DocumentReader.list(List.of(texts), problems);
        if (!problems.isEmpty()) {
            throw new NewsGraphException(String.join("; ", problems));
        }
        List<Document> docs = new ArrayList<>();
        for (DocumentReader.Input in : inputs) {
            docs.add(DocumentReader.read(in));
        }
        Pipeline pipeline = Pipeline.standard();
        long sentences = 0, tokens = 0;
        for (Document d : docs) {
            AnnotatedDocument a = pipeline.process(d);
            sentences += a.sentences().size();
            tokens += a.sentences().stream().mapToLong(s -> s.size()).sum();
        }
        out.printf(Locale.ROOT, "corpus: %s: %d documents, %d sentences, %d tokens; %d rounds after a warm-up%n",
                texts, docs.size(), sentences, tokens, rounds);

        double bare = best(() -> barePipeline(docs, true));
        report("bare OpenNLP (sent+tok+POS+lemma), 1 thread", docs.size(), sentences, tokens, bare);
        double[] plainCpu = new double[1];
        double plain = best(() -> barePipeline(docs, false), plainCpu);
        report("bare OpenNLP (sent+tok+POS), 1 thread", docs.size(), sentences, tokens, plain);
        double[] oneCpu = new double[1];
        double one = best(() -> extract(pipeline, inputs, 1), oneCpu);
        report("newsgraph extraction, 1 thread", docs.size(), sentences, tokens, one);
        out.printf(Locale.ROOT, "  = %.0f %% of the bare pipeline's speed; %.2f x the time of the bare sent+tok+POS pass%n",
                100 * bare / one, one / plain);
        out.printf(Locale.ROOT, "  thread CPU, best of %d: bare sent+tok+POS %.2f s, extraction %.2f s = %.2f x (wall %.2f x)%n",
                rounds, plainCpu[0], oneCpu[0], oneCpu[0] / plainCpu[0], one / plain);
        double many = best(() -> extract(pipeline, inputs, threads));
        report("newsgraph extraction, " + threads + " threads", docs.size(), sentences, tokens, many);

        List<Graph> graphs = new ArrayList<>();
        long quads = 0;
        for (Document d : docs) {
            Graph g = DocumentGraphWriter.write(pipeline.process(d));
            graphs.add(g);
            quads += g.size();
        }
        long q = quads;
        double load = best(() -> load(docs, graphs, pipeline));
        out.printf(Locale.ROOT, "%-48s %8.0f quads/s (%d quads, %d documents, batched transactions, %.2f s)%n",
                "loading into TDB2", q / load, q, docs.size(), load);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        out.printf(Locale.ROOT, "heap in use after the runs: %d MB (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        out.flush();
    }

    private interface Run {
        void run() throws Exception;
    }

    private double best(Run r) throws Exception {
        return best(r, new double[1]);
    }

    /**
     * The best wall time of the rounds; {@code cpuBest[0]} receives the best thread CPU time of the
     * same rounds (the run must stay on the calling thread for it to mean anything).
     */
    private double best(Run r, double[] cpuBest) throws Exception {
        r.run();
        double best = Double.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - c0);
        }
        cpuBest[0] = bestCpu / 1e9;
        return best;
    }

    private void report(String what, int docs, long sentences, long tokens, double s) {
        out.printf(Locale.ROOT, "%-48s %8.1f docs/s %9.0f sentences/s %10.0f tokens/s (%.2f s)%n",
                what, docs / s, sentences / s, tokens / s, s);
        out.flush();
    }

    private static void barePipeline(List<Document> docs, boolean lemmas) {
        OpenNlpModels m = OpenNlpModels.get();
        SentenceDetectorME sd = new SentenceDetectorME(m.sentences);
        TokenizerME tok = new TokenizerME(m.tokenizer);
        POSTaggerME pos = new POSTaggerME(m.pos);
        LemmatizerME lem = lemmas ? new LemmatizerME(m.lemmatizer()) : null;
        for (Document d : docs) {
            for (String s : sd.sentDetect(d.text())) {
                String[] t = tok.tokenize(s);
                String[] p = pos.tag(t);
                if (lem != null) {
                    lem.lemmatize(t, p);
                }
            }
        }
    }

    private static void extract(Pipeline p, List<DocumentReader.Input> inputs, int threads) {
        Extraction.run(p, inputs, threads, r -> {
            if (!r.ok()) {
                throw new NewsGraphException(r.error());
            }
            DocumentGraphWriter.write(r.doc());
        });
    }

    private static void load(List<Document> docs, List<Graph> graphs, Pipeline p) throws Exception {
        Path dir = Files.createTempDirectory("newsgraph-bench");
        try (GraphStore gs = GraphStore.open(dir)) {
            List<DocumentGraph> batch = new ArrayList<>();
            for (int i = 0; i < graphs.size(); i++) {
                batch.add(new DocumentGraph(org.apache.jena.graph.NodeFactory.createURI(
                        org.newsgraph.rdf.Iris.document(docs.get(i))), docs.get(i).id(), docs.get(i).id(), graphs.get(i)));
            }
            Loader.write(gs, batch);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
