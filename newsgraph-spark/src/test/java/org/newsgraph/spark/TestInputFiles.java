package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing of the input: what {@code binaryFiles} read before, named as {@code extract} names it. */
class TestInputFiles {

    @Test
    void aFolderGivesItsTextFilesRecursivelyByTheirPathInside(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createDirectories(in.resolve("b/c"));
        Files.createDirectories(in.resolve("_skip"));
        Files.writeString(in.resolve("a.txt"), "one");
        Files.writeString(in.resolve("b/c/d.txt"), "two");
        Files.writeString(in.resolve("b/notes.md"), "not an article");
        Files.writeString(in.resolve(".hidden.txt"), "hidden");
        Files.writeString(in.resolve("_skip/e.txt"), "under a hidden folder");
        List<FileKey> files = InputFiles.list(new Configuration(), in.toUri().toString());
        assertEquals(List.of("a.txt", "b/c/d.txt"), files.stream().map(FileKey::id).toList());
        assertEquals(in.resolve("b/c/d.txt").toUri().getPath(), new org.apache.hadoop.fs.Path(files.get(1).where()).toUri().getPath());
    }

    @Test
    void aFileGivenAloneIsNamedByItsFileName(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("article.text"), "one");
        List<FileKey> files = InputFiles.list(new Configuration(), f.toString());
        assertEquals(List.of("article.text"), files.stream().map(FileKey::id).toList());
    }
}
