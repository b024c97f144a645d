package org.newsgraph.text;

import java.util.Objects;

/**
 * A source document: its identifier (file name inside the input folder, or URL) and full text. All
 * offsets anywhere in newsgraph index {@link #text()}.
 *
 * @param id     the file name relative to the folder it was read from, e.g. {@code 000_x.txt}; for
 *               web input the file name, the URL or {@code file:line}
 * @param text   the decoded text exactly as stored (for web input: the extracted article body)
 * @param sha256 hex SHA-256 the document IRI derives from: of the file's bytes for text; for web
 *               input of its URL when known (so the same article read from a WARC, a feed or a
 *               saved page gets the same IRI), else of the bytes it was read from
 * @param source what the input said about the document (headline, author, URL…)
 */
public record Document(String id, String text, String sha256, SourceInfo source) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
    }

    /** A plain text document, which says nothing about itself but its text. */
    public Document(String id, String text, String sha256) {
        this(id, text, sha256, SourceInfo.NONE);
    }

    public String text(Span span) {
        return span.in(text);
    }
}
