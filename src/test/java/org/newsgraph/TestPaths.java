package org.newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's seeds and the read-only ../shared folder. */
public final class TestPaths {

    private TestPaths() {
    }

    /** The repository root. */
    public static Path repo() {
        String p = System.getProperty("newsgraph.basedir");
        return p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    }

    public static Path seeds() {
        return repo().resolve("seeds");
    }

    /** {@code ../shared} beside the checkout (or /work/shared when the checkout is elsewhere). */
    public static Path shared() {
        String p = System.getProperty("newsgraph.shared");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        Path beside = repo().resolve("../shared").normalize();
        if (Files.isDirectory(beside)) {
            return beside;
        }
        return Path.of("/work/shared");
    }
}
