package org.newsgraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.rdf.Iris;

/**
 * Finds and reads input documents: UTF-8 {@code .txt} files, given one by one or as folders
 * searched recursively. Reading fails with a {@link NewsGraphException} naming the file and the
 * problem (empty, binary, not UTF-8).
 */
public final class DocumentReader {

    /** One input file, with the identifier its document gets. */
    public record Input(Path path, String id) { }

    private DocumentReader() {
    }

    /**
     * The input files under the given paths, in a stable order. A folder contributes its
     * {@code .txt} files (recursively), identified by their path relative to the folder.
     * Problems with a path (missing, a folder with no .txt) are reported to {@code errors}.
     */
    public static List<Input> list(List<Path> paths, List<String> errors) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                errors.add(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                List<Input> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .forEach(f -> found.add(new Input(f, p.relativize(f).toString().replace('\\', '/'))));
                } catch (IOException e) {
                    errors.add(p + ": cannot list folder: " + e.getMessage());
                    continue;
                }
                if (found.isEmpty()) {
                    errors.add(p + ": folder holds no .txt file");
                }
                out.addAll(found);
            } else {
                out.add(new Input(p, p.getFileName().toString()));
            }
        }
        return out;
    }

    /** Reads one input as a document, or throws naming the file and what is wrong with it. */
    public static Document read(Input in) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(in.path());
        } catch (IOException e) {
            throw new NewsGraphException(in.path() + ": cannot read: " + e.getMessage(), e);
        }
        return parse(in.path().toString(), in.id(), bytes);
    }

    /** Decodes a document's bytes, refusing empty, binary and non-UTF-8 content. */
    public static Document parse(String where, String id, byte[] bytes) {
        if (bytes.length == 0) {
            throw new NewsGraphException(where + ": empty file");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new NewsGraphException(where + ": binary file (NUL byte at offset " + i + "), not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NewsGraphException(where + ": not valid UTF-8 text (" + e.getMessage() + ")");
        }
        if (text.isBlank()) {
            throw new NewsGraphException(where + ": holds only white space");
        }
        return new Document(id, text, Iris.sha256(bytes));
    }
}
