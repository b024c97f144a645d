package org.newsgraph.text;

import java.util.Objects;

/**
 * A source document: its identifier (file name inside the input folder) and full text. All
 * offsets anywhere in newsgraph index {@link #text()}.
 *
 * @param id     the file name relative to the folder it was read from, e.g. {@code 000_x.txt}
 * @param text   the decoded text exactly as stored
 * @param sha256 hex SHA-256 of the file's bytes: the document IRI derives from it
 */
public record Document(String id, String text, String sha256) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    public String text(Span span) {
        return span.in(text);
    }
}
