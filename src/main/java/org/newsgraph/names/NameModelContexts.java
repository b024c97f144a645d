package org.newsgraph.names;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * The shared, thread-safe half of {@link NameModelDecoder}: the maxent model's parameters looked up by feature name,
 * with small tables for the features made of a few values only (the extra per-token evidence of
 * {@link NameModelFeatures} at each of the 17 places of OpenNLP's 8-token window, the previous outcomes). A table
 * entry is the model's own parameter object for the feature's name, made once: the decoder sums exactly what
 * {@link GISModel#eval(String[], double[])} sums, in the same order, without building and hashing the name again.
 */
final class NameModelContexts {

    /** Places of the window over the extra evidence: the token itself, then 8 before, then 8 after. */
    static final int WINDOW = 8;
    static final int PLACES = 1 + 2 * WINDOW;

    private final Map<String, Context> pmap;
    private final String[] outcomes;
    private final Map<String, Integer> outcomeIndex = new ConcurrentHashMap<>();
    /** The prior of OpenNLP's UniformPrior, computed as it does. */
    private final double prior;
    private final Map<String, Context[]> extra = new ConcurrentHashMap<>();
    private final Context[] po;
    private final Context[] ppo;
    private final Map<String, Context>[] powf;
    private final Map<String, Context> pairs = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    NameModelContexts(GISModel model) {
        Object[] data = model.getDataStructures();
        this.pmap = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        this.prior = StrictMath.log(1.0 / outcomes.length);
        this.po = new Context[outcomes.length];
        this.ppo = new Context[outcomes.length];
        this.powf = new Map[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            outcomeIndex.put(outcomes[o], o);
            po[o] = pmap.get("po=" + outcomes[o]);
            ppo[o] = pmap.get("ppo=" + outcomes[o]);
            powf[o] = new ConcurrentHashMap<>();
        }
        if (!outcomeIndex.containsKey(NameModelDecoder.OTHER)) {
            throw new IllegalArgumentException("the name model has no outcome " + NameModelDecoder.OTHER);
        }
    }

    int outcomes() {
        return outcomes.length;
    }

    String outcome(int o) {
        return outcomes[o];
    }

    int index(String outcome) {
        return outcomeIndex.get(outcome);
    }

    /** The parameters of a feature by its name, or null when the model never saw it. */
    Context get(String feature) {
        return pmap.get(feature);
    }

    /**
     * The parameters of the window feature of one piece of extra evidence at each place: [0] the token's own
     * ("ne=" + value), [i] i tokens before ("p" + i + "ne=" …), [8 + i] i tokens after ("n" + i + "ne=" …).
     */
    Context[] extra(String value) {
        Context[] c = extra.get(value);
        return c != null ? c : extra.computeIfAbsent(value, this::places);
    }

    private Context[] places(String value) {
        Context[] c = new Context[PLACES];
        c[0] = pmap.get("ne=" + value);
        for (int i = 1; i <= WINDOW; i++) {
            c[i] = pmap.get("p" + i + "ne=" + value);
            c[WINDOW + i] = pmap.get("n" + i + "ne=" + value);
        }
        return c;
    }

    Context po(int outcome) {
        return po[outcome];
    }

    Context ppo(int outcome) {
        return ppo[outcome];
    }

    /** "powf=" + previous outcome + "," + the token's shape feature. */
    Context powf(int outcome, String shape) {
        Context c = powf[outcome].computeIfAbsent(shape, s -> {
            Context found = pmap.get("powf=" + outcomes[outcome] + "," + s);
            // a ConcurrentHashMap holds no null: a feature the model never saw is remembered as NONE
            return found == null ? NONE : found;
        });
        return c == NONE ? null : c;
    }

    /** A class bigram ("pwc,wc=" or "wc,nc=" + one token's shape + "," + the other's). */
    Context shapes(String prefix, String a, String b) {
        Context c = pairs.computeIfAbsent(prefix + a + "," + b, f -> {
            Context found = pmap.get(f);
            return found == null ? NONE : found;
        });
        return c == NONE ? null : c;
    }

    private static final Context NONE = new Context(new int[0], new double[0]);

    /**
     * The outcome probabilities for the features {@code ctx[0..n)} (nulls skipped), computed as OpenNLP's GISModel
     * does to the last bit: the uniform log prior, each feature's parameters added in order, then exp and normalise.
     */
    double[] eval(Context[] ctx, int n, double[] out) {
        Arrays.fill(out, prior);
        for (int i = 0; i < n; i++) {
            Context c = ctx[i];
            if (c != null) {
                int[] oc = c.getOutcomes();
                double[] ps = c.getParameters();
                for (int j = 0; j < oc.length; j++) {
                    out[oc[j]] += ps[j] * 1.0;
                }
            }
        }
        double normal = 0.0;
        for (int o = 0; o < out.length; o++) {
            out[o] = StrictMath.exp(out[o]);
            normal += out[o];
        }
        for (int o = 0; o < out.length; o++) {
            out[o] /= normal;
        }
        return out;
    }
}
