package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.text.Span;

/** A claim being built by a sieve; source resolution comes last. */
final class Draft {
    final List<Span> content = new ArrayList<>();
    Span cue;
    Span sourceSpan;
    Span head;          // the words that name the source, for resolution
    Span antecedent;    // for "who": the phrase it refers to
    Draft inherit;      // coordination and participles: the source of an earlier claim
    boolean quote;
    int cueToken = -1;
    int cueLength;
    int order;          // token where the attribution sits, for text order
    int tailEnd;        // end of the attribution words after a quote
    Source source;
    double confidence = Double.NaN; // set by a sieve that weighs each claim itself
    String rule;        // the sieve (and its variant) that found it: "reported-speech/inverted"

    Span extent() {
        Span s = content.get(0);
        for (Span c : content) {
            s = s.union(c);
        }
        return s;
    }
}
