package org.newsgraph.claims;

import java.util.List;
import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * An attribution: somebody (or nobody named) says something.
 *
 * @param content    the spans of what is claimed (several when a quote is interrupted)
 * @param cue        the span of the words that mark the attribution ("warned", "according to")
 * @param sourceSpan the words that stand for the source here ("He", "sources close to the matter")
 * @param source     whom those words resolve to
 * @param quote      direct (quoted) speech rather than reported speech
 * @param rule       the sieve (and its variant) that found it ("reported-speech/inverted"), or null
 * @param confidence how often that rule is right, in [0,1] (learned from PolNeAR train), or NaN
 */
public record Claim(List<Span> content, Optional<Span> cue, Optional<Span> sourceSpan, Source source,
                    boolean quote, String rule, double confidence) {

    /** A claim no rule is recorded for. */
    public Claim(List<Span> content, Optional<Span> cue, Optional<Span> sourceSpan, Source source, boolean quote) {
        this(content, cue, sourceSpan, source, quote, null, Double.NaN);
    }

    public Claim {
        if (content.isEmpty()) {
            throw new IllegalArgumentException("A claim needs at least one content span");
        }
        content = List.copyOf(content);
        if (!Double.isNaN(confidence) && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("A claim's confidence lies in [0,1], not " + confidence);
        }
    }

    /** The first character of the content: claims are identified by it. */
    public Span contentExtent() {
        Span s = content.get(0);
        for (Span c : content) {
            s = s.union(c);
        }
        return s;
    }
}
