package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The one way in: the documents under the paths given (files; folders, searched recursively for
 * files whose extension names a known format; {@code -} for standard input) as one stream of
 * {@link Item}s, in a stable order. The reader of each file is chosen by its extension
 * ({@code .txt}, {@code .html}/{@code .htm}, {@code .rss}/{@code .atom}/{@code .xml},
 * {@code .jsonl}/{@code .ndjson}, {@code .warc}; each also {@code .gz}), and where the extension
 * says nothing (standard input, a file named otherwise) by the first bytes; a forced format
 * overrides both.
 *
 * <pre>
 * Inputs in = Inputs.create().paths(List.of(Path.of("pages"))).notes(err::println).build();
 * for (Item item : in) { Document d = item.read(); ... }
 * in.problems();   // paths that could not be listed, each one line
 * </pre>
 */
public final class Inputs implements Iterable<Item> {

    private final List<Path> paths;
    private final InputFormat forced;
    private final JsonFields fields;
    private final Consumer<String> notes;
    private final InputStream stdin;
    private final List<String> problems = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();

    private Inputs(Builder b) {
        this.paths = List.copyOf(b.paths);
        this.forced = b.format;
        this.fields = b.fields;
        this.notes = b.notes;
        this.stdin = b.stdin;
        list();
    }

    public static Builder create() {
        return new Builder();
    }

    /** Problems with the paths themselves (missing, an empty folder), one line each. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** How many files (or streams) will be read. */
    public int files() {
        return origins.size();
    }

    /** The number of documents to expect, when known before reading (only plain text and pages), else -1. */
    public int expected() {
        for (Origin o : origins) {
            InputFormat f = forced != null ? forced : InputFormat.byName(o.path().getFileName().toString()).orElse(null);
            if (f != InputFormat.TEXT && f != InputFormat.HTML) {
                return -1;
            }
        }
        return origins.size();
    }

    private void list() {
        for (Path p : paths) {
            if (p.equals(Origin.STDIN)) {
                origins.add(new Origin(Origin.STDIN, "stdin", "standard input"));
            } else if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                List<Origin> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && (forced != null ? !hidden(f) : InputFormat.known(f.getFileName().toString())))
                            .sorted()
                            .forEach(f -> found.add(new Origin(f, p.relativize(f).toString().replace('\\', '/'), f.toString())));
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(p + ": cannot list folder: " + e.getMessage());
                    continue;
                }
                if (found.isEmpty()) {
                    problems.add(p + ": folder holds no .txt file (nor .html, .htm, .rss, .atom, .xml, .jsonl, .ndjson, .warc, or .gz of them)");
                }
                origins.addAll(found);
            } else {
                origins.add(new Origin(p, p.getFileName().toString(), p.toString()));
            }
        }
    }

    private static boolean hidden(Path f) {
        return f.getFileName().toString().startsWith(".");
    }

    @Override
    public Iterator<Item> iterator() {
        return new Iterator<>() {
            private int next;
            private Iterator<Item> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < origins.size()) {
                    current = open(origins.get(next++));
                }
                return current.hasNext();
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The items of one file: opened, decompressed when gzipped, handed to its format's reader. */
    private Iterator<Item> open(Origin o) {
        InputStream in;
        try {
            in = new BufferedInputStream(o.stdin() ? stdin : Files.newInputStream(o.path()), 1 << 16);
        } catch (IOException e) {
            return List.of(Item.problem(o.path(), o.name(), "cannot read: " + e.getMessage())).iterator();
        }
        try {
            InputFormat f = forced != null ? forced : InputFormat.byName(o.path().getFileName().toString()).orElse(null);
            byte[] head = peek(in, 2);
            boolean gz = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            if (gz && f != InputFormat.WARC) {
                // jwarc reads gzipped WARC member by member itself; everything else is unpacked here
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            if (f == null) {
                byte[] h = peek(in, 4096);
                f = InputFormat.sniff(h, h.length);
            }
            return source(f).items(o, in);
        } catch (IOException e) {
            close(in);
            return List.of(Item.problem(o.path(), o.name(), "cannot read: " + e.getMessage())).iterator();
        }
    }

    private Source source(InputFormat f) {
        return switch (f) {
            case TEXT -> new TextSource(notes);
            case HTML -> new HtmlSource();
            case FEED -> new FeedSource();
            case JSONL -> new JsonLinesSource(fields);
            case WARC -> new WarcSource(notes);
        };
    }

    private static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        byte[] b = in.readNBytes(n);
        in.reset();
        return b;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // reported already
        }
    }

    /** Builds {@link Inputs}. */
    public static final class Builder {
        private List<Path> paths = List.of();
        private InputFormat format;
        private JsonFields fields = JsonFields.DEFAULT;
        private Consumer<String> notes = s -> { };
        private InputStream stdin = System.in;

        public Builder paths(List<Path> p) {
            this.paths = p;
            return this;
        }

        /** Reads every input in this format, whatever its name or first bytes (null: choose per file). */
        public Builder format(InputFormat f) {
            this.format = f;
            return this;
        }

        public Builder fields(JsonFields f) {
            this.fields = f;
            return this;
        }

        /** Where notes go that are not errors (a .txt read as HTML, WARC records skipped). */
        public Builder notes(Consumer<String> n) {
            this.notes = n;
            return this;
        }

        /** What {@code -} reads (default System.in). */
        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        public Builder format(Optional<InputFormat> f) {
            return format(f.orElse(null));
        }

        public Inputs build() {
            return new Inputs(this);
        }
    }
}
