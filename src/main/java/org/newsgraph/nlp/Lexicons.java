package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsgraph.NewsGraphException;

/** Reads word-list resources: one entry a line, '#' comments and blank lines skipped. */
public final class Lexicons {

    private Lexicons() {
    }

    public static Set<String> lines(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsGraphException("Resource " + resource + " is missing from the classpath");
            }
            Set<String> out = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new NewsGraphException("Cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
