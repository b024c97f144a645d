package org.newsgraph.nlp;

import java.io.IOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.models.ClassPathModelProvider;
import opennlp.tools.models.DefaultClassPathModelProvider;
import opennlp.tools.models.ModelType;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsGraphException;

/**
 * The OpenNLP UD English models, loaded once from the classpath (never downloaded). Models are
 * thread-safe; the {@code *ME} classes that use them are not, see {@link NlpAnnotator}.
 */
public final class OpenNlpModels {

    private static volatile OpenNlpModels instance;

    public final SentenceModel sentences;
    public final TokenizerModel tokenizer;
    public final POSModel pos;
    private volatile LemmatizerModel lemmatizer;

    private OpenNlpModels() {
        ClassPathModelProvider p = new DefaultClassPathModelProvider();
        try {
            sentences = require(p.load("en", ModelType.SENTENCE_DETECTOR, SentenceModel.class), "sentence detector");
            tokenizer = require(p.load("en", ModelType.TOKENIZER, TokenizerModel.class), "tokenizer");
            pos = require(p.load("en", ModelType.POS_GENERIC, POSModel.class), "POS tagger");
        } catch (IOException e) {
            throw new NewsGraphException("Cannot load the OpenNLP models from the classpath: " + e.getMessage(), e);
        }
    }

    private static <T> T require(T model, String what) {
        if (model == null) {
            throw new NewsGraphException("The OpenNLP English " + what + " model is not on the classpath");
        }
        return model;
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
                    try {
                        m = require(new DefaultClassPathModelProvider().load("en", ModelType.LEMMATIZER,
                                LemmatizerModel.class), "lemmatizer");
                    } catch (IOException e) {
                        throw new NewsGraphException("Cannot load the OpenNLP lemmatizer: " + e.getMessage(), e);
                    }
                    lemmatizer = m;
                }
            }
        }
        return m;
    }
}
