package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import org.newsgraph.pipeline.AnnotatedDocument;

/**
 * Where a content after its cue ends, learned from PolNeAR train: an OpenNLP maxent model that
 * gives, at a boundary word inside the content (a comma, "and", "because", "who", …), the
 * probability that the annotated content ends before it, from the word, what follows it (a clause
 * of its own, a participle, another cue), what precedes it and the cue ({@link Sieve#endFeatures}).
 * Trained by {@code ClaimStatistics --train-ends} on the boundaries where cutting or not decides
 * whether the content matches (weights over features only; see NOTICE.md). Loaded once.
 */
final class ContentEndModel {

    static final String RESOURCE = "/org/newsgraph/claims/content-end-model.bin.gz";

    /** A content is cut at its first boundary whose probability is at least this. */
    static volatile double threshold = Double.parseDouble(System.getProperty("newsgraph.claims.endThreshold", "0.6"));

    /** Training: no cut, and every boundary recorded with its features per document. */
    static volatile boolean record;

    /** One boundary of a content: where the content and its cue begin, where the boundary word begins. */
    record Boundary(int contentBegin, int cueBegin, int at, String[] features) { }

    private static final Map<AnnotatedDocument, List<Boundary>> RECORDED = Collections.synchronizedMap(new IdentityHashMap<>());

    private static final class Holder {
        static final MaxentModel MODEL = VerbCandidateModel.load(RESOURCE);
    }

    private ContentEndModel() {
    }

    /**
     * Whether the model weighs a word as a boundary: punctuation, a conjunction, a subordinator,
     * a relative pronoun or a preposition that opens a circumstance ("after", "amid", "despite": the
     * lexicon's group end-preposition).
     */
    static boolean boundary(String lower, String tag, java.util.Set<String> prepositions) {
        return tag.equals("PUNCT") || tag.equals("CCONJ") || tag.equals("SCONJ")
                || lower.equals("who") || lower.equals("which") || lower.equals("where") || lower.equals("when")
                || tag.equals("ADP") && prepositions.contains(lower);
    }

    /** P(the content ends before this boundary), 0 without a model. */
    static double probability(String[] features) {
        return VerbCandidateModel.probability(Holder.MODEL, features);
    }

    static void record(AnnotatedDocument doc, Boundary b) {
        RECORDED.computeIfAbsent(doc, d -> Collections.synchronizedList(new ArrayList<>())).add(b);
    }

    /** The boundaries recorded for {@code doc} in training, removed. */
    static List<Boundary> recorded(AnnotatedDocument doc) {
        List<Boundary> b = RECORDED.remove(doc);
        return b == null ? List.of() : b;
    }
}
