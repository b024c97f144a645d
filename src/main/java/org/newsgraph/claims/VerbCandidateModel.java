package org.newsgraph.claims;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.newsgraph.NewsGraphException;

/**
 * The OpenNLP maxent model that weighs the learned-verb sieve's candidates: the probability that
 * a (cue verb, subject, complement) candidate is a right attribution, from features of the verb,
 * its subject and its complement ({@link LearnedVerbSieve#features}). Trained on PolNeAR train by
 * {@code ClaimStatistics --train-model} (weights over features only; see NOTICE.md). Loaded once.
 */
final class VerbCandidateModel {

    static final String RESOURCE = "/org/newsgraph/claims/verb-candidates.bin.gz";

    /** Candidates at or above this probability become claims. */
    static volatile double threshold = Double.parseDouble(System.getProperty("newsgraph.claims.threshold", "0.5"));

    /** Loads the model on first use. */
    private static final class Holder {
        static final MaxentModel MODEL = load(RESOURCE);
    }

    private VerbCandidateModel() {
    }

    /** The shipped model, or null when none is shipped. */
    static MaxentModel get() {
        return Holder.MODEL;
    }

    /** P(right) of a candidate with these features, 0 without a model. */
    static double probability(String[] features) {
        return probability(get(), features);
    }

    /** P(outcome "right") of {@code m} for these features, 0 without a model. */
    static double probability(MaxentModel m, String[] features) {
        if (m == null) {
            return 0;
        }
        double[] p = m.eval(features);
        int right = m.getIndex("right");
        return right < 0 ? 0 : p[right];
    }

    /** A gzipped OpenNLP maxent model shipped as {@code resource}, or null when none is shipped. */
    static MaxentModel load(String resource) {
        try (InputStream in = VerbCandidateModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(in))))
                    .getModel();
        } catch (IOException e) {
            throw new NewsGraphException(resource + ": not a maxent model: " + e.getMessage());
        }
    }
}
