package org.newsgraph.names;

import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;

/**
 * One candidate name: tokens [from, to) of a sentence, its text, the type the rules gave it, how strongly, and the
 * name of the rule (or model) that gave it.
 */
final class Candidate {

    /** Evidence strengths: higher wins when one surface string gets different types. */
    static final double TITLED = 4, KNOWN = 3, ORG_WORD = 3, GIVEN = 2, ACRONYM = 2, SURNAME = 1.5,
            CONTEXT = 1, WEAK = 0.5, UNKNOWN = 0.1;

    final Sentence s;
    final int from;
    final int to;
    final Span span;
    final String text;
    EntityType type;
    double strength;
    final boolean titleLine;
    final boolean known;
    /** The rule that made the candidate and typed it (a scanner rule, a typing rule, "model", a vote). */
    String rule;

    Candidate(Sentence s, int from, int to, Span span, String text, EntityType type, double strength,
              boolean titleLine, boolean known) {
        this(s, from, to, span, text, type, strength, titleLine, known, "scan");
    }

    Candidate(Sentence s, int from, int to, Span span, String text, EntityType type, double strength,
              boolean titleLine, boolean known, String rule) {
        this.s = s;
        this.from = from;
        this.to = to;
        this.span = span;
        this.text = text;
        this.type = type;
        this.strength = strength;
        this.titleLine = titleLine;
        this.known = known;
        this.rule = rule;
    }
}
