package org.newsgraph.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * What the statistical {@link NameModel} says about one document, as evidence for the rules of
 * {@link NameRecogniser}: a vote for the type of a name the rules found at the same span. The
 * rules already make a candidate of nearly every capitalised run (names the model alone found were
 * 1 in the Re-DocRED dev set), so the model only types what the rules could not and confirms what
 * they guessed; it never overrules them, as on news and Wikipedia text it mistakes foreign
 * organisation names for persons more often than the rules do.
 */
final class NameModelEvidence {

    /** A model vote weighs its probability times this (the rules: 4 titled, 3 known, 2 given name, 1 context). */
    static final double WEIGHT = 2;

    private static final NameModelEvidence NONE = new NameModelEvidence(Map.of());

    private final Map<Span, NameModel.Found> bySpan;

    private NameModelEvidence(Map<Span, NameModel.Found> bySpan) {
        this.bySpan = bySpan;
    }

    /**
     * The model's evidence for the given sentences of a document (the model costs about as much as the rest of name
     * recognition, so it runs only where a vote may count), or none when the model is switched off.
     */
    static NameModelEvidence of(AnnotatedDocument doc, Set<Sentence> where) {
        return NameModel.enabled() ? of(NameModel.get(), doc, where) : NONE;
    }

    /** The evidence of a given model, switched on or not. */
    static NameModelEvidence of(NameModel model, AnnotatedDocument doc, Set<Sentence> where) {
        if (where.isEmpty()) {
            return NONE;
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (where.contains(s)) {
                sentences.add(s);
            }
        }
        Map<Span, NameModel.Found> bySpan = new HashMap<>();
        for (NameModel.Found f : model.find(sentences)) {
            bySpan.put(span(f), f);
        }
        return new NameModelEvidence(bySpan);
    }

    /** The character span of a found name, without a possessive ending, as the rules cut it. */
    static Span span(NameModel.Found f) {
        Sentence s = f.sentence();
        Token last = s.token(f.to() - 1);
        return new Span(s.token(f.from()).begin(), last.begin() + NameRecogniser.coreLength(last));
    }

    /**
     * The vote (type and weight) the model gives a name the rules found at {@code span} and typed {@code ruleType}
     * (null: the rules could not tell), or null for none.
     */
    Map.Entry<EntityType, Double> vote(Span span, EntityType ruleType) {
        NameModel.Found f = bySpan.get(span);
        // never against the type the rules gave: it only confirms it or types an untyped name
        if (f == null || ruleType != null && ruleType != f.type()) {
            return null;
        }
        return Map.entry(f.type(), WEIGHT * f.prob());
    }
}
