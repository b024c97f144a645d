package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.NewsGraphException;

/**
 * The catalogue of ready queries ({@code queries/*.rq}): found by name in the {@code queries/}
 * folder of the working directory, else among those packaged with newsgraph, or given as a file.
 */
public final class QueryCatalogue {

    /** A name that is neither a catalogue query nor a query file: a usage error for a command. */
    public static final class UnknownQueryException extends NewsGraphException {
        private static final long serialVersionUID = 1L;

        UnknownQueryException(String message) {
            super(message);
        }
    }


    static final String RESOURCE_DIR = "/org/newsgraph/queries/";
    /** The catalogue's names, as packaged (see {@code queries/INDEX}). */
    private static final String INDEX = RESOURCE_DIR + "INDEX";

    private QueryCatalogue() {
    }

    /** The text of the query NAME (file name without .rq) or FILE. */
    public static String load(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(p)) {
            return read(p);
        }
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        Path local = Path.of("queries", name + ".rq");
        if (Files.isRegularFile(local)) {
            return read(local);
        }
        try (InputStream in = QueryCatalogue.class.getResourceAsStream(RESOURCE_DIR + name + ".rq")) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new NewsGraphException(name + ": cannot read the query: " + e.getMessage(), e);
        }
        throw new UnknownQueryException(nameOrFile + ": no such query (known: " + String.join(", ", names()) + ")");
    }

    /** The names of the packaged queries. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        try (InputStream in = QueryCatalogue.class.getResourceAsStream(INDEX)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        out.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new NewsGraphException("Cannot read the query index: " + e.getMessage(), e);
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException(p + ": cannot read: " + e.getMessage(), e);
        }
    }
}
