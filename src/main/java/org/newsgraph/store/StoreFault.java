package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Recognises the faults of the disk under a store among whatever TDB2 or the JVM threw. */
final class StoreFault {

    private StoreFault() {
    }

    /**
     * True when {@code t} (or a cause) says the disk is full: an {@code IOException} "No space left
     * on device", or the JVM's {@code InternalError} for a fault in a memory-mapped write (what
     * TDB2's mapped files meet when the file system cannot allocate a page), or no usable space left.
     */
    static boolean isDiskFull(Throwable t, Path store) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk quota exceeded")
                    || (c instanceof InternalError && m.contains("unsafe memory access"))) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return usableSpace(store) == 0;
    }

    /** Bytes still writable on the file system of {@code dir} (-1 when unknown). */
    static long usableSpace(Path dir) {
        try {
            Path p = dir;
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
