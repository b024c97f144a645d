package org.newsgraph.names;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.NewsGraphException;
import org.newsgraph.text.Sentence;

/**
 * The statistical name finder trained on Universal NER English-EWT (see the NOTICE in the model's
 * resource folder), loaded once from the classpath on first use. The model is thread-safe; the
 * {@link NameFinderME} that runs it is not, so each thread keeps its own.
 */
public final class NameModel {

    /** The shipped model. */
    public static final String RESOURCE = "/org/newsgraph/names/model/en-ewt-uner-names.bin";

    /**
     * Set to true to let the model vote in name recognition. Off by default: on the Re-DocRED dev set it added about
     * as many wrong names as right ones (entities F1 0.739 to 0.741) and cost a quarter of the extraction speed.
     */
    public static final String PROPERTY = "newsgraph.names.model";

    private static volatile NameModel shipped;

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    /** A name the model found: tokens [from, to) of a sentence, its type and the model's probability. */
    public record Found(Sentence sentence, int from, int to, EntityType type, double prob) {
    }

    public NameModel(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** Whether name recognition uses the model (system property {@value #PROPERTY}, default off). */
    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The shipped model, loaded on first use. */
    public static NameModel get() {
        NameModel m = shipped;
        if (m == null) {
            synchronized (NameModel.class) {
                m = shipped;
                if (m == null) {
                    try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new NewsGraphException("The name finder model " + RESOURCE + " is not on the classpath");
                        }
                        shipped = m = new NameModel(new TokenNameFinderModel(in));
                    } catch (IOException e) {
                        throw new NewsGraphException("Cannot load the name finder model " + RESOURCE + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return m;
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** The names the model finds in the sentences of one document, in order. */
    public List<Found> find(List<Sentence> sentences) {
        NameFinderME finder = finders.get();
        // the previous-outcome feature remembers words within one document only
        finder.clearAdaptiveData();
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            int n = s.size();
            if (n == 0) {
                continue;
            }
            String[] words = new String[n];
            String[] pos = new String[n];
            for (int i = 0; i < n; i++) {
                words[i] = s.token(i).text();
                pos[i] = s.token(i).pos();
            }
            opennlp.tools.util.Span[] spans = finder.find(words, NameModelFeatures.of(words, pos));
            double[] probs = finder.probs(spans);
            for (int k = 0; k < spans.length; k++) {
                EntityType type = switch (spans[k].getType()) {
                    case "PER" -> EntityType.PERSON;
                    case "ORG" -> EntityType.ORGANIZATION;
                    case "LOC" -> EntityType.PLACE;
                    default -> null;
                };
                if (type != null) {
                    out.add(new Found(s, spans[k].getStart(), spans[k].getEnd(), type, probs[k]));
                }
            }
        }
        finder.clearAdaptiveData();
        return out;
    }
}
