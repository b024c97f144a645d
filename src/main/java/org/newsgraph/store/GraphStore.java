package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.dboe.base.file.Location;
import org.newsgraph.NewsGraphException;
import org.newsgraph.rdf.Literals;

/**
 * The TDB2 store: one named graph per document, the union of all graphs as the default graph.
 * Every access runs in a transaction ({@link Txn#executeWrite}, {@link Txn#calculateRead}).
 */
public final class GraphStore implements AutoCloseable {

    /** Where the store lives unless {@code --store} says otherwise. */
    public static final Path DEFAULT_LOCATION = Path.of("data");

    private final Path location;
    private final DatasetGraph dsg;

    private GraphStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
    }

    /**
     * Opens (creating when absent) the store in {@code dir}. Refuses a folder that holds other
     * files but no TDB2 store, and a store another process holds, with a message naming the folder.
     */
    public static GraphStore open(Path dir) {
        checkLooksLikeStore(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new NewsGraphException(dir + ": cannot create the store folder: " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = connect(dir);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (e instanceof org.apache.jena.dboe.base.file.AlreadyLocked || LOCK.matcher(msg).find()) {
                throw new NewsGraphException(dir + ": the store is in use by another process ("
                        + msg.strip() + "); stop it first", e);
            }
            throw new NewsGraphException(dir + ": cannot open the TDB2 store: " + msg, e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new GraphStore(dir, dsg);
    }

    /** A message about TDB2's lock file ("lock", "locked"; not "block"). */
    private static final java.util.regex.Pattern LOCK = java.util.regex.Pattern.compile("(?i)\\block");

    /**
     * Connects to the store in {@code dir}. A first generation whose creation was cut short (the
     * process killed while TDB2 formatted its index files, which leaves an index with its node file
     * empty and its records file not, and TDB2 then refuses the store) holds nothing, since no
     * transaction runs before every index is formatted and a stored quad leaves its terms in the node
     * table's object file: it is removed first, and made again.
     */
    private static DatasetGraph connect(Path dir) {
        Path first = dir.resolve("Data-0001");
        if (cutShort(dir, first)) {
            try (Stream<Path> files = Files.walk(first)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new NewsGraphException(dir + ": cannot remove a store generation whose creation was cut short: " + e, e);
            }
        }
        return DatabaseMgr.connectDatasetGraph(Location.create(dir));
    }

    /** Whether {@code first} is the only generation, never held a term, and has an index half formatted. */
    private static boolean cutShort(Path dir, Path first) {
        try (Stream<Path> gens = Files.list(dir)) {
            if (!Files.isDirectory(first) || gens.filter(p -> p.getFileName().toString().startsWith("Data-")).count() != 1) {
                return false;
            }
            Path objects = first.resolve("nodes-data.obj");
            if (Files.exists(objects) && Files.size(objects) > 0) {
                return false;
            }
            try (Stream<Path> files = Files.list(first)) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches(".*\\.(idn|dat)")).toList()) {
                    String name = f.getFileName().toString();
                    Path partner = first.resolve(name.substring(0, name.length() - 3) + (name.endsWith(".idn") ? "dat" : "idn"));
                    if (!Files.exists(partner) || (Files.size(f) == 0) != (Files.size(partner) == 0)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes this JVM open TDB2 stores in direct file mode: index blocks are read and written through
     * caches of a fixed number of blocks in the heap instead of being memory-mapped, so that the
     * resident memory of a build stays flat whatever the store's size (every page of a mapped index
     * that a build touches counts as resident until the store is closed). TDB2 decides the mode once
     * per JVM, when it first opens an index: called later, this changes nothing.
     *
     * @return whether stores opened from now on use direct mode
     */
    public static boolean useDirectFileMode() {
        try {
            Object decided = fileModeField().get(null);
            if (decided == null) {
                SystemIndex.setFileMode(FileMode.direct);
                return true;
            }
            return decided == FileMode.direct;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** TDB2's JVM-wide file mode ({@code SystemIndex.fileMode}): null until TDB2 first decides it. */
    private static java.lang.reflect.Field fileModeField() throws ReflectiveOperationException {
        var f = SystemIndex.class.getDeclaredField("fileMode");
        f.setAccessible(true);
        return f;
    }

    /** Opens an existing store, refusing a folder that does not hold one. */
    public static GraphStore openExisting(Path dir) {
        if (!Files.isDirectory(dir) || !isStore(dir)) {
            throw new NewsGraphException(dir + ": no newsgraph store here (build one with: newsgraph build --store "
                    + dir + " PATH...)");
        }
        return open(dir);
    }

    private static void checkLooksLikeStore(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NewsGraphException(dir + ": is a file, not a store folder");
        }
        if (Files.isDirectory(dir) && !isStore(dir) && !isEmpty(dir)) {
            throw new NewsGraphException(dir + ": folder is not a TDB2 store (it holds other files); "
                    + "choose an empty or new folder with --store");
        }
    }

    static boolean isStore(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Empty, or holding only TDB2's lock file: a store whose first build was killed before TDB2 made
     * its first generation ({@code Data-0001}) is a new store, not a foreign folder.
     */
    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> p.getFileName().toString().equals("tdb.lock") && Files.isRegularFile(p));
        } catch (IOException e) {
            return false;
        }
    }

    public Path location() {
        return location;
    }

    /** The dataset: for queries (in a read transaction) and for the server. */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** Replaces the named graph {@code name} with {@code g}, in one write transaction. */
    public void replaceGraph(Node name, Graph g) {
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), Literals.canonical(t.getObject())));
        });
    }

    /**
     * Compacts the store: TDB2 copies the live data into a new generation ({@code Data-NNNN}) and
     * deletes the old one, dropping the dead versions that write transactions leave behind. A
     * compaction that is interrupted (killed, disk full) leaves the store as it was: the copy is made in
     * a temporary folder, moved into place only when complete, and removed when the store is next opened.
     */
    public void compact() {
        // The new generation is written in direct mode when the process maps its files: mapped, every
        // page of the copy stays resident until the process ends, on top of the old generation's (a
        // build's peak memory was its compaction). The compacted store stays open in direct mode for
        // the rest of this process; stores opened by later processes are mapped again.
        boolean switched = compactDirect && setFileMode(FileMode.mapped, FileMode.direct);
        try {
            DatabaseMgr.compact(dsg, true);
        } finally {
            if (switched) {
                setFileMode(FileMode.direct, FileMode.mapped);
            }
        }
    }

    private static volatile boolean compactDirect = true;

    /**
     * Whether a compaction in a process that maps its files writes the new generation in direct mode
     * (default: yes, for a lower peak of resident memory; no: mapped, faster).
     */
    public static void compactThroughTheHeap(boolean direct) {
        compactDirect = direct;
    }

    /** Sets TDB2's JVM-wide file mode to {@code to} if it is {@code from}; whether it did. */
    private static boolean setFileMode(FileMode from, FileMode to) {
        try {
            var f = fileModeField();
            synchronized (GraphStore.class) {
                if (SystemIndex.fileMode() != from) {
                    return false;
                }
                f.set(null, to);
                return true;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Bytes the store takes on disk. */
    public long sizeOnDisk() {
        try (Stream<Path> s = Files.walk(location)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Number of named graphs. */
    public long graphCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.listGraphNodes();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
