package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
        if (threads <= 1 || inputs.size() <= 1) {
            for (DocumentReader.Input in : inputs) {
                sink.accept(process(pipeline, in));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int windowSize = threads * 4;
            for (DocumentReader.Input in : inputs) {
                if (window.size() >= windowSize) {
                    sink.accept(await(window.removeFirst()));
                }
                window.addLast(pool.submit(() -> process(pipeline, in)));
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result await(Future<Result> f) {
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
