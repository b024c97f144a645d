package org.newsgraph.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * What the statistical {@link NameModel} says about one document, as evidence for the rules of
 * {@link NameRecogniser}: a vote for the type of a name the rules found at the same span, and
 * names the rules missed altogether (kept only when confident and shaped like a name).
 */
final class NameModelEvidence {

    /** A model vote weighs its probability times this (the rules: 4 titled, 3 known, 2 given name, 1 context). */
    static final double WEIGHT = Double.parseDouble(System.getProperty("newsgraph.names.model.weight", "2"));

    /** The least probability for a name the rules did not find at all. */
    static final double ADD_THRESHOLD = Double.parseDouble(System.getProperty("newsgraph.names.model.add", "0.8"));

    private static final NameModelEvidence NONE = new NameModelEvidence(List.of(), Map.of());

    private final List<NameModel.Found> found;
    private final Map<Span, NameModel.Found> bySpan;

    private NameModelEvidence(List<NameModel.Found> found, Map<Span, NameModel.Found> bySpan) {
        this.found = found;
        this.bySpan = bySpan;
    }

    /** The model's evidence for a document, or none when the model is switched off. */
    static NameModelEvidence of(AnnotatedDocument doc) {
        if (!NameModel.enabled()) {
            return NONE;
        }
        List<NameModel.Found> found = NameModel.get().find(doc.sentences());
        Map<Span, NameModel.Found> bySpan = new HashMap<>();
        for (NameModel.Found f : found) {
            bySpan.put(span(f), f);
        }
        return new NameModelEvidence(found, bySpan);
    }

    /** The character span of a found name, without a possessive ending, as the rules cut it. */
    static Span span(NameModel.Found f) {
        Sentence s = f.sentence();
        Token last = s.token(f.to() - 1);
        return new Span(s.token(f.from()).begin(), last.begin() + NameRecogniser.coreLength(last));
    }

    /** The least probability for a vote on a name the rules found. */
    static final double VOTE_THRESHOLD = Double.parseDouble(System.getProperty("newsgraph.names.model.vote", "0"));

    /** Whether the model may vote against the type the rules gave (else it only confirms it or types untyped names). */
    static final boolean RETYPE = Boolean.getBoolean("newsgraph.names.model.retype");

    /**
     * The vote (type and weight) the model gives a name the rules found at {@code span} and typed {@code ruleType}
     * (null: the rules could not tell), or null for none.
     */
    Map.Entry<EntityType, Double> vote(Span span, EntityType ruleType) {
        NameModel.Found f = bySpan.get(span);
        if (f == null || f.prob() < VOTE_THRESHOLD || ruleType != null && ruleType != f.type() && !RETYPE) {
            return null;
        }
        return Map.entry(f.type(), WEIGHT * f.prob());
    }

    /**
     * Confident names the rules did not touch: no token shared with {@code ruleSpans}, capitalised at both ends,
     * no lone nationality word, title or word the rules never take alone.
     */
    List<NameModel.Found> additions(List<Span> ruleSpans) {
        List<NameModel.Found> out = new ArrayList<>();
        Gazetteers g = Gazetteers.get();
        for (NameModel.Found f : found) {
            if (f.prob() < ADD_THRESHOLD) {
                continue;
            }
            Sentence s = f.sentence();
            Span sp = span(f);
            boolean overlaps = false;
            for (Span r : ruleSpans) {
                overlaps |= r.begin() < sp.end() && sp.begin() < r.end();
            }
            String first = s.token(f.from()).text(), last = s.token(f.to() - 1).text();
            if (overlaps || sp.end() <= sp.begin() || !NameModelFeatures.capitalised(first)
                    || !NameModelFeatures.capitalised(last)) {
                continue;
            }
            String text = s.token(f.from()).text();
            if (f.to() - f.from() == 1 && (g.isDemonym(text) || g.isTitle(text) || g.isOrgWord(text)
                    || g.isAffiliation(text) || g.isPlaceWordLast(text) || g.isPlaceWordFirst(text) || g.isMiscWord(text)
                    || text.length() < 2)) {
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
