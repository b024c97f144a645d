package org.newsgraph.text;

/**
 * A half-open character range {@code [begin, end)} in a document's text, counted in Java
 * {@code char} indices (equal to code points for text within the Basic Multilingual Plane); the
 * RDF writer turns them into the code point offsets of the contract through {@link CodePoints}.
 * Immutable, like OpenNLP's {@code opennlp.tools.util.Span}.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Bad span [" + begin + ", " + end + ")");
        }
    }

    public static Span of(int begin, int end) {
        return new Span(begin, end);
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    public String in(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
