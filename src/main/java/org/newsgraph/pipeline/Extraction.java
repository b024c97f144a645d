package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.NewsGraphException;
import org.newsgraph.text.DocumentReader;

/**
 * Runs a {@link Pipeline} over many inputs on several threads and hands the results back in input
 * order, keeping only a small window of documents in memory: memory does not grow with the corpus.
 */
public final class Extraction {

    /** The outcome for one input: an annotated document, or the one-line reason it failed. */
    public record Result(DocumentReader.Input input, AnnotatedDocument doc, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private Extraction() {
    }

    /** The number of threads to use by default: every core. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static Result process(Pipeline pipeline, DocumentReader.Input in) {
        try {
            return new Result(in, pipeline.process(DocumentReader.read(in)), null);
        } catch (NewsGraphException e) {
            return new Result(in, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(in, null, in.path() + ": extraction failed: " + e);
        }
    }

    /** Processes {@code inputs} on {@code threads} threads; {@code sink} sees each result in input order. */
    public static void run(Pipeline pipeline, List<DocumentReader.Input> inputs, int threads, Consumer<Result> sink) {
        run(pipeline, inputs, threads, r -> r, sink);
    }

    /**
     * Processes {@code inputs} on {@code threads} threads, turns each result into a {@code T} on the
     * same worker thread ({@code then}: e.g. writing its RDF), and hands them to {@code sink} in input
     * order on the calling thread. At most {@link #window(int)} documents are in flight or waiting for
     * the sink, so a slow sink holds the workers back instead of letting results pile up: memory does
     * not grow with the corpus.
     */
    public static <T> void run(Pipeline pipeline, List<DocumentReader.Input> inputs, int threads,
            Function<Result, T> then, Consumer<T> sink) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (DocumentReader.Input in : inputs) {
                sink.accept(then.apply(process(pipeline, in)));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<T>> window = new ArrayDeque<>();
            int windowSize = window(threads);
            for (DocumentReader.Input in : inputs) {
                if (window.size() >= windowSize) {
                    sink.accept(await(window.removeFirst()));
                }
                window.addLast(pool.submit(() -> then.apply(process(pipeline, in))));
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many documents may be in flight at once on {@code threads} threads: enough to keep them busy while the sink writes. */
    public static int window(int threads) {
        return threads * 16;
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new NewsGraphException("Extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
