package org.newsgraph.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What OpenNLP's {@code NameFinderME} does with a maxent name model, to the last bit, for less work: the same beam
 * search (candidates, order, ties), the same features in the same order, the same probabilities. The descriptor's
 * generators still make their features by name; the rest of a token's context is taken from the tables of
 * {@link NameModelContexts} instead of being written out as strings and hashed into the model's map: the extra
 * evidence of {@link NameModelFeatures} that the finder's own 8-token window repeats at 17 places (most of a token's
 * features), and the previous-outcome features. One decoder per thread (the generators keep per-document state).
 */
final class NameModelDecoder {

    static final String OTHER = "other";
    /** BeamSearch's floor for a candidate's log score. */
    private static final double MIN_SCORE = -100000;

    private final NameModelContexts tables;
    private final AdaptiveFeatureGenerator generator;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    /** The shipped descriptor's features made word by word, or null: the descriptor's generators make them. */
    private final NameModelWords words;
    private final int beam;
    private final int other;
    private final double[] scores;
    private final List<String> features = new ArrayList<>();
    private Context[] ctx = new Context[256];

    /** The sentence being decoded: its tokens, each token's extra evidence (one table row per value), shapes. */
    private String[] tokens;
    private Context[][][] rows;
    private String[] shapes;

    /** The best sequence of the last {@link #find}: an outcome and its probability per token. */
    private String[] outcomes;
    private double[] probs;

    NameModelDecoder(NameModelContexts tables, AdaptiveFeatureGenerator generator, boolean shipped,
                     SequenceCodec<String> codec, int beam) {
        this.tables = tables;
        this.generator = generator;
        this.words = shipped ? new NameModelWords(tables) : null;
        this.codec = codec;
        this.validator = codec.createSequenceValidator();
        this.beam = beam;
        this.other = tables.index(OTHER);
        this.scores = new double[tables.outcomes()];
    }

    /** A candidate: backward-linked outcomes with the probability of each and their summed log. */
    private static final class Node implements Comparable<Node> {
        final Node parent;
        final int outcome;
        final double prob;
        final double score;
        final int size;

        Node() {
            this(null, -1, 0, 0.0, 0);
        }

        Node(Node parent, int outcome, double prob) {
            this(parent, outcome, prob, parent.score + StrictMath.log(prob), parent.size + 1);
        }

        private Node(Node parent, int outcome, double prob, double score, int size) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = score;
            this.size = size;
        }

        /** As OpenNLP's Sequence orders: higher score first. */
        @Override
        public int compareTo(Node o) {
            return Double.compare(o.score, score);
        }
    }

    /** The names of one sentence (tokens and one extra-evidence array per token), as NameFinderME.find gives them. */
    Span[] find(String[] tokens, String[][] extra) {
        prepare(tokens, extra);
        Node best = search();
        outcomes = new String[best.size];
        probs = new double[best.size];
        int[] indices = new int[best.size];
        for (Node n = best; n.size > 0; n = n.parent) {
            outcomes[n.size - 1] = tables.outcome(n.outcome);
            probs[n.size - 1] = n.prob;
            indices[n.size - 1] = n.outcome;
        }
        if (words != null) {
            words.update(tokens, indices);
        } else {
            generator.updateAdaptiveData(tokens, outcomes);
        }
        this.tokens = null;
        this.rows = null;
        return codec.decode(Arrays.asList(outcomes));
    }

    /** The mean probability of each span's outcomes, as NameFinderME.probs(Span[]) computes it. */
    double[] probs(Span[] spans) {
        double[] out = new double[spans.length];
        for (int s = 0; s < spans.length; s++) {
            double p = 0.0;
            for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
                p += probs[i];
            }
            p /= spans[s].length();
            out[s] = p;
        }
        return out;
    }

    void clearAdaptiveData() {
        if (words != null) {
            words.clearAdaptiveData();
        } else {
            generator.clearAdaptiveData();
        }
    }

    private void prepare(String[] tokens, String[][] extra) {
        int n = tokens.length;
        this.tokens = tokens;
        rows = new Context[n][][];
        shapes = new String[n];
        for (int j = 0; j < n; j++) {
            String[] values = extra[j];
            Context[][] r = new Context[values.length][];
            for (int k = 0; k < values.length; k++) {
                r[k] = tables.extra(values[k]);
            }
            rows[j] = r;
        }
        if (words != null) {
            words.prepare(tokens);
            for (int j = 0; j < n; j++) {
                shapes[j] = words.word(j).shape;
            }
        } else {
            for (int j = 0; j < n; j++) {
                shapes[j] = FeatureGeneratorUtil.tokenFeature(tokens[j]);
            }
        }
    }

    /** OpenNLP's BeamSearch.bestSequences over the sentence, for one sequence. */
    private Node search() {
        PriorityQueue<Node> prev = new PriorityQueue<>(beam);
        PriorityQueue<Node> next = new PriorityQueue<>(beam);
        prev.add(new Node());
        for (int i = 0; i < tokens.length; i++) {
            int sz = Math.min(beam, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Node top = prev.remove();
                String[] outs = outcomes(top);
                int count = context(i, outs, top);
                double[] s = tables.eval(ctx, count, scores);
                double[] sorted = s.clone();
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, s.length - beam)];
                for (int p = 0; p < s.length; p++) {
                    if (s[p] >= min) {
                        extend(next, top, i, outs, p, s[p]);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < s.length; p++) {
                        extend(next, top, i, outs, p, s[p]);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Node> tmp = prev;
            prev = next;
            next = tmp;
        }
        if (prev.isEmpty()) {
            throw new IllegalStateException("the name finder found no sequence for a sentence of " + tokens.length + " tokens");
        }
        return prev.remove();
    }

    private void extend(PriorityQueue<Node> next, Node top, int i, String[] outs, int p, double prob) {
        if (validator.validSequence(i, tokens, outs, tables.outcome(p))) {
            Node ns = new Node(top, p, prob);
            if (ns.score > MIN_SCORE) {
                next.add(ns);
            }
        }
    }

    private String[] outcomes(Node node) {
        String[] outs = new String[node.size];
        for (Node n = node; n.size > 0; n = n.parent) {
            outs[n.size - 1] = tables.outcome(n.outcome);
        }
        return outs;
    }

    /**
     * The parameters of token {@code i}'s features into {@link #ctx}, in DefaultNameContextGenerator's order: the
     * descriptor's generators; the extra evidence of the token, of the 8 before, of the 8 after; po, pow, powf, ppo.
     * Returns how many.
     */
    private int context(int i, String[] outs, Node top) {
        int made;
        if (words != null) {
            made = NameModelWords.MAX_FEATURES;
        } else {
            features.clear();
            generator.createFeatures(features, tokens, i, outs);
            made = features.size();
        }
        int n = tokens.length;
        int room = made + 4;
        for (int j = Math.max(0, i - NameModelContexts.WINDOW); j <= Math.min(n - 1, i + NameModelContexts.WINDOW); j++) {
            room += rows[j].length;
        }
        if (ctx.length < room) {
            ctx = new Context[Math.max(room, ctx.length * 2)];
        }
        int c = 0;
        if (words != null) {
            c = words.add(ctx, c, tokens, i);
        } else {
            for (int f = 0; f < made; f++) {
                ctx[c++] = tables.get(features.get(f));
            }
        }
        for (Context[] r : rows[i]) {
            ctx[c++] = r[0];
        }
        for (int d = 1; d <= NameModelContexts.WINDOW && i - d >= 0; d++) {
            for (Context[] r : rows[i - d]) {
                ctx[c++] = r[d];
            }
        }
        for (int d = 1; d <= NameModelContexts.WINDOW && i + d < n; d++) {
            for (Context[] r : rows[i + d]) {
                ctx[c++] = r[NameModelContexts.WINDOW + d];
            }
        }
        int po = i > 0 ? top.outcome : other;
        int ppo = i > 1 ? top.parent.outcome : other;
        ctx[c++] = tables.po(po);
        ctx[c++] = words != null ? words.word(i).pow(tables, po, tokens[i]) : tables.get("pow=" + tables.outcome(po) + "," + tokens[i]);
        ctx[c++] = tables.powf(po, shapes[i]);
        ctx[c++] = tables.ppo(ppo);
        return c;
    }
}
