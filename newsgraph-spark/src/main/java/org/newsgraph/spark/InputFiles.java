package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input files of a job, listed on the driver: the {@code .txt} files under a folder (recursively,
 * skipping names that start with {@code _} or {@code .}, as Hadoop's input formats do), or a file
 * given alone. Each gets the identifier {@code newsgraph extract} would give it: its path inside the
 * input folder, or a lone file's name.
 *
 * <p>Listing here and handing the list to {@code parallelize} is what spreads the documents over
 * the tasks: {@code binaryFiles} sizes its splits by bytes, so a folder of small articles (a few KB
 * each) ends up in a single split, one task, whatever {@code minPartitions} says.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The files of {@code input}, in path order. */
    static List<FileKey> list(Configuration conf, String input) {
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            Path root = fs.makeQualified(p);
            FileStatus status = fs.getFileStatus(root);
            if (!status.isDirectory()) {
                return List.of(new FileKey(root.toString(), root.getName()));
            }
            String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
            List<FileKey> out = new ArrayList<>();
            collect(fs, root, prefix, out);
            out.sort(Comparator.comparing(FileKey::where));
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException(input + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void collect(FileSystem fs, Path dir, String prefix, List<FileKey> out) throws IOException {
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                continue;
            }
            if (s.isDirectory()) {
                collect(fs, s.getPath(), prefix, out);
            } else if (name.endsWith(".txt")) {
                String where = s.getPath().toString();
                out.add(new FileKey(where, where.startsWith(prefix) ? where.substring(prefix.length()) : name));
            }
        }
    }
}
