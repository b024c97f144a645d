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

    /** The least probability of a name the model proposes where the rules found nothing. */
    static final double PROPOSE = 0.6;

    /** The strongest rule evidence the model may vote against (0: never against the rules). */
    static final double OVERRULE = 0;

    /** The rule evidence at or below which a candidate gives way to a name the model proposes over it. */
    static final double YIELD = Candidate.UNKNOWN;

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

    static NameModelEvidence none() {
        return NONE;
    }

    /**
     * Adds the names the model found where no candidate of the rules lies (at least {@link #PROPOSE} probable) as
     * candidates of the rule "model"; in headlines and all-capital lines too, where the rules keep only what the
     * body confirms.
     */
    void propose(AnnotatedDocument doc, List<Candidate> cands) {
        if (bySpan.isEmpty()) {
            return;
        }
        // by identity: a document's sentences are distinct objects (equal only to themselves), and a record's own
        // hash would walk every token of the sentence for each candidate
        Map<Sentence, List<Candidate>> bySentence = new java.util.IdentityHashMap<>();
        for (Candidate c : cands) {
            bySentence.computeIfAbsent(c.s, k -> new ArrayList<>()).add(c);
        }
        List<NameModel.Found> found = new ArrayList<>(bySpan.values());
        found.sort((a, b) -> a.sentence().span().begin() != b.sentence().span().begin()
                ? Integer.compare(a.sentence().span().begin(), b.sentence().span().begin()) : Integer.compare(a.from(), b.from()));
        for (NameModel.Found f : found) {
            // a nationality word alone ("Russian") is no name, as the typing rules say too
            String one = f.to() - f.from() == 1 ? NameModelFeatures.titleCase(f.sentence().token(f.from()).text()) : null;
            if (f.prob() < PROPOSE || one != null && (Gazetteers.get().isDemonym(one) || Gazetteers.get().isDemonym(one + "s") || NameTokens.COMPASS.contains(one))) {
                continue;
            }
            // "Fortune 500", "Day 1": one word before a number names an item, not a name (the typing rules say so too),
            // except in a results list or table ("Falkirk 3 1 1 1")
            if (beforeNumber(f)) {
                continue;
            }
            // a candidate of the rules holds its place unless it is untyped, a guess or in a headline
            boolean free = true;
            List<Candidate> weak = new ArrayList<>();
            for (Candidate c : bySentence.getOrDefault(f.sentence(), List.of())) {
                if (c.to <= f.from() || f.to() <= c.from) {
                    continue;
                }
                // (in a title-case headline only where the line is in capitals: else the body confirms)
                if (c.type == null || c.strength <= YIELD || c.titleLine && !c.known && (allCaps(c.s) || f.prob() >= 0.85)) {
                    weak.add(c);
                } else {
                    free = false;
                }
            }
            Span span = span(f);
            if (cands instanceof CandidateList list) {
                for (Span d : list.dropped) {
                    free &= !d.overlaps(span);
                }
            }
            if (free && span.end() > span.begin()) {
                cands.removeAll(weak);
                cands.add(new Candidate(f.sentence(), f.from(), f.to(), span, doc.text().substring(span.begin(), span.end()), f.type(),
                        WEIGHT * f.prob(), false, false, "model"));
            }
        }
    }

    private static boolean allCaps(Sentence s) {
        String[] w = new String[s.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = s.token(i).text();
        }
        return NameModelFeatures.caseless(w);
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
        for (NameModel.Found f : model.find(doc.sentences(), sentences)) {
            bySpan.put(span(f), f);
        }
        return new NameModelEvidence(bySpan);
    }

    /** One word before a number ("Fortune 500") outside a results list or table. */
    private static boolean beforeNumber(NameModel.Found f) {
        return f.to() - f.from() == 1 && f.to() < f.sentence().size() && f.sentence().token(f.to()).text().matches("\\d+")
                && !NameEvidence.listLine(f.sentence());
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
    Map.Entry<EntityType, Double> vote(Span span, EntityType ruleType, double ruleStrength) {
        NameModel.Found f = bySpan.get(span);
        // against the type the rules gave only where their evidence is weak
        if (f == null || ruleType != null && ruleType != f.type() && ruleStrength > OVERRULE || beforeNumber(f)) {
            return null;
        }
        return Map.entry(f.type(), WEIGHT * f.prob());
    }
}
