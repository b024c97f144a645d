package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsGraphException;

/**
 * The OpenNLP UD English models, loaded once from the classpath (never downloaded). Models are
 * thread-safe; the {@code *ME} classes that use them are not, see {@link NlpAnnotator}.
 *
 * <p>Each model is read by its resource name with {@link Class#getResourceAsStream}, not through
 * OpenNLP's class-path model finder: that finder scans for {@code model.properties} files, which
 * finds nothing under Spark's class loader and finds one file for four models in a fat jar.
 */
public final class OpenNlpModels {

    private static volatile OpenNlpModels instance;

    public final SentenceModel sentences;
    public final TokenizerModel tokenizer;
    public final POSModel pos;
    private volatile LemmatizerModel lemmatizer;

    /** The models' resource names inside the {@code opennlp-models-*-en} 1.3.0 jars. */
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private OpenNlpModels() {
        sentences = load(SENTENCE_MODEL, "sentence detector", SentenceModel::new);
        tokenizer = load(TOKEN_MODEL, "tokenizer", TokenizerModel::new);
        pos = load(POS_MODEL, "POS tagger", POSModel::new);
    }

    /** Reads a model from an input stream (the models' {@code InputStream} constructors). */
    @FunctionalInterface
    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, String what, ModelReader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsGraphException("The OpenNLP English " + what + " model " + resource
                        + " is not on the classpath");
            }
            return reader.read(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new NewsGraphException("Cannot load the OpenNLP " + what + " model " + resource + ": "
                    + e.getMessage(), e);
        }
    }

    public static OpenNlpModels get() {
        OpenNlpModels m = instance;
        if (m == null) {
            synchronized (OpenNlpModels.class) {
                m = instance;
                if (m == null) {
                    instance = m = new OpenNlpModels();
                }
            }
        }
        return m;
    }

    /** The lemmatizer model, loaded on first use: most of the pipeline needs no lemmas. */
    public LemmatizerModel lemmatizer() {
        LemmatizerModel m = lemmatizer;
        if (m == null) {
            synchronized (this) {
                m = lemmatizer;
                if (m == null) {
                    m = load(LEMMA_MODEL, "lemmatizer", LemmatizerModel::new);
                    lemmatizer = m;
                }
            }
        }
        return m;
    }
}
