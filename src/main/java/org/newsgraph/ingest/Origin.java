package org.newsgraph.ingest;

import java.nio.file.Path;

/**
 * Where an input comes from.
 *
 * @param path the file ({@code -} for standard input)
 * @param id   the identifier its documents derive from: the path relative to the folder given, or the file name
 * @param name what messages call it
 */
record Origin(Path path, String id, String name) {

    static final Path STDIN = Path.of("-");

    boolean stdin() {
        return path.equals(STDIN);
    }
}
