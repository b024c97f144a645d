package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.NewsGraphException;

/** Reads the linker's resource files ({@code src/main/resources/org/newsgraph/link/}). */
final class Resources {

    private Resources() {
    }

    /** A resource of this package by file name, or of another by absolute path ("/org/newsgraph/..."). */
    static String text(String name) {
        String shown = name.startsWith("/") ? name.substring(1) : "org/newsgraph/link/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NewsGraphException(shown + ": resource missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException(shown + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The non-blank lines that are not {@code #} comments, stripped. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }
}
