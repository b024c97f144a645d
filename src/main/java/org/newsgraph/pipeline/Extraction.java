package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.Item;
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

    /** Reads and processes one item of the input (a file, a page, a feed item, a JSON line, a WARC record). */
    public static Result process(Pipeline pipeline, Item item) {
        try {
            return new Result(item.input(), pipeline.process(item.read()), null);
        } catch (NewsGraphException e) {
            return new Result(item.input(), null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(item.input(), null, item.where() + ": extraction failed: " + e);
        }
    }

    /** Processes {@code inputs} on {@code threads} threads; {@code sink} sees each result in input order. */
    public static void run(Pipeline pipeline, List<DocumentReader.Input> inputs, int threads, Consumer<Result> sink) {
        run(pipeline, items(inputs), inputs.size() <= 1 ? 1 : threads, r -> r, sink);
    }

    /** The same, with {@code then} applied to each result on its worker thread (see the iterator form). */
    public static <T> void run(Pipeline pipeline, List<DocumentReader.Input> inputs, int threads,
            Function<Result, T> then, Consumer<T> sink) {
        run(pipeline, items(inputs), inputs.size() <= 1 ? 1 : threads, then, sink);
    }

    private static Iterator<Item> items(List<DocumentReader.Input> inputs) {
        List<Item> items = new java.util.ArrayList<>(inputs.size());
        for (DocumentReader.Input in : inputs) {
            items.add(new Item(in, in.path().toString(), () -> DocumentReader.read(in)));
        }
        return items.iterator();
    }

    /** Reads and processes a stream of items; {@code sink} sees each result in input order. */
    public static void run(Pipeline pipeline, Iterator<Item> inputs, int threads, Consumer<Result> sink) {
        run(pipeline, inputs, threads, r -> r, sink);
    }

    /**
     * Reads and processes a stream of items (from {@link org.newsgraph.ingest.Inputs}) on {@code threads}
     * threads, turns each result into a {@code T} on the same worker thread ({@code then}: e.g. writing
     * its RDF), and hands them to {@code sink} in input order on the calling thread. Items are taken
     * from the iterator only as the window has room, and at most {@link #window(int)} documents are in
     * flight or waiting for the sink, so a slow sink holds the workers back and a large archive is never
     * all in memory: memory does not grow with the corpus.
     */
    public static <T> void run(Pipeline pipeline, Iterator<Item> inputs, int threads,
            Function<Result, T> then, Consumer<T> sink) {
        if (threads <= 1) {
            while (inputs.hasNext()) {
                sink.accept(then.apply(process(pipeline, inputs.next())));
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
            while (inputs.hasNext()) {
                Item in = inputs.next();
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
