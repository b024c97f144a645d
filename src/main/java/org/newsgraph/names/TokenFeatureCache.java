package org.newsgraph.names;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Remembers, for the sentence being tagged, the features a stateless per-token generator gave each token. A window
 * generator asks its inner generator for every token five times (as the current token and as each neighbour within
 * two); with this between them each token's features are made once per sentence. The features and their order are
 * the inner generator's own, so the model sees exactly what it saw without the cache.
 *
 * <p>A sentence is recognised by the identity of its token array, as OpenNLP's own cache does; only generators that
 * read nothing but the tokens (not the previous outcomes, not adaptive data) may be wrapped (see
 * {@link NameModel}).
 */
final class TokenFeatureCache implements AdaptiveFeatureGenerator {

    private final AdaptiveFeatureGenerator inner;
    private String[] tokens;
    private List<String>[] byToken;

    TokenFeatureCache(AdaptiveFeatureGenerator inner) {
        this.inner = inner;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != this.tokens) {
            this.tokens = tokens;
            byToken = new List[tokens.length];
        }
        List<String> f = byToken[index];
        if (f == null) {
            f = new ArrayList<>(4);
            inner.createFeatures(f, tokens, index, previousOutcomes);
            byToken[index] = f;
        }
        features.addAll(f);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        inner.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        this.tokens = null;
        this.byToken = null;
        inner.clearAdaptiveData();
    }

    /** The descriptor's factory: {@code <generator class="…TokenFeatureCache$Factory">} around one generator. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        public Factory() {
        }

        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            AdaptiveFeatureGenerator g = (AdaptiveFeatureGenerator) args.get("generator#0");
            if (g == null) {
                throw new InvalidFormatException("the token feature cache must contain a generator");
            }
            return new TokenFeatureCache(g);
        }
    }
}
