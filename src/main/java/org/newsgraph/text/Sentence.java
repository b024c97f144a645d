package org.newsgraph.text;

import java.util.List;

/** A sentence: its span in the document text and its tokens (with document offsets). */
public record Sentence(int index, Span span, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Index of the token starting at or covering {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.begin() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }

    /** The span from token {@code from} (inclusive) to token {@code to} (exclusive). */
    public Span spanOf(int from, int to) {
        return new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
