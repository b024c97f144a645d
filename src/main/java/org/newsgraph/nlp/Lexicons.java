package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.NewsGraphException;

/**
 * Reads the word lists and lexicons newsgraph ships as resources: one entry a line, blank lines
 * and {@code #} comments skipped. Each stage splits the lines into columns its own way.
 */
public final class Lexicons {

    /** A line of a resource: its number (from 1) and its text as written. */
    public record Line(int number, String text) { }

    private Lexicons() {
    }

    /** Whether the resource (an absolute classpath path) is there. */
    public static boolean exists(String resource) {
        return Lexicons.class.getResource(resource) != null;
    }

    /** The lines of {@code resource} that are neither blank nor {@code #} comments. */
    public static List<Line> read(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsGraphException("Resource " + resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new NewsGraphException("Cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The entries of a one-column list, stripped. */
    public static Set<String> lines(String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (Line l : read(resource)) {
            out.add(l.text().strip());
        }
        return Set.copyOf(out);
    }
}
