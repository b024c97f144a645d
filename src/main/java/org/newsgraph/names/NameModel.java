package org.newsgraph.names;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.NewsGraphException;
import org.newsgraph.text.Sentence;

/**
 * The statistical name finder trained on the open sets of {@link NameCorpora} (see the NOTICE in the model's
 * resource folder), loaded once from the classpath on first use. The model is thread-safe; the
 * {@link NameFinderME} that runs it is not, so each thread keeps its own.
 */
public final class NameModel {

    /** The shipped model. */
    public static final String RESOURCE = "/org/newsgraph/names/model/news-names.bin";

    /**
     * Set to false to recognise names by the rules alone. On by default: on conll-dev it lifts mention F1 from 0.701
     * to 0.750 (organisations 0.547 to 0.553, persons 0.702 to 0.792); see the README's name section.
     */
    public static final String PROPERTY = "newsgraph.names.model";

    private static volatile NameModel shipped;

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;
    /** The model's parameters for the decoders, or null when OpenNLP's own finder runs it (not a maxent model). */
    private final NameModelContexts contexts;
    private final ThreadLocal<NameModelDecoder> decoders;

    /** A name the model found: tokens [from, to) of a sentence, its type and the model's probability. */
    public record Found(Sentence sentence, int from, int to, EntityType type, double prob) {
    }

    public NameModel(TokenNameFinderModel model) {
        this(model, true, true);
    }

    /**
     * {@code decode}: whether a maxent model runs in a {@link NameModelDecoder} (the same names and probabilities as
     * OpenNLP's {@link NameFinderME}, faster) rather than in NameFinderME itself; {@code byWord}: whether the decoder
     * makes the features of the shipped descriptor word by word ({@link NameModelWords}) when the model has it.
     */
    NameModel(TokenNameFinderModel model, boolean decode, boolean byWord) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
        // the entry TokenNameFinderModel keeps its classifier under
        Object classifier = model.getArtifact("nameFinder.model");
        this.contexts = decode && classifier instanceof GISModel gis && model.getFactory().createFeatureGenerators() != null
                ? new NameModelContexts(gis) : null;
        boolean words = byWord && NameModelLayout.shipped(model.getArtifact("generator.featuregen"));
        this.decoders = ThreadLocal.withInitial(() -> new NameModelDecoder(contexts, model.getFactory().createFeatureGenerators(),
                words, model.getFactory().createSequenceCodec(), beamOf(model)));
    }

    /** The beam the model's manifest asks for, as TokenNameFinderModel reads it. */
    private static int beamOf(TokenNameFinderModel model) {
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    }

    /** Whether name recognition uses the model (system property {@value #PROPERTY}, default on). */
    public static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
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
                        shipped = m = new NameModel(new TokenNameFinderModel(new java.io.ByteArrayInputStream(
                                withTokenCache(withBeam(in.readAllBytes(), beam())))));
                    } catch (IOException e) {
                        throw new NewsGraphException("Cannot load the name finder model " + RESOURCE + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return m;
    }

    /**
     * The beam the shipped model searches (system property {@value #BEAM_PROPERTY}, default {@value #DEFAULT_BEAM}):
     * with 1 the finder takes the likeliest outcome at each token, as fast as the model can go; on conll-dev it gave
     * the same mention F1 as the beam of 3 the model was trained with (see the README's name section).
     */
    public static final String BEAM_PROPERTY = "newsgraph.names.beam";

    static final int DEFAULT_BEAM = 1;

    static int beam() {
        try {
            return Math.max(1, Integer.parseInt(System.getProperty(BEAM_PROPERTY, String.valueOf(DEFAULT_BEAM)).trim()));
        } catch (NumberFormatException e) {
            throw new NewsGraphException("-D" + BEAM_PROPERTY + " must be a whole number: " + System.getProperty(BEAM_PROPERTY));
        }
    }

    /** The model package (a zip) with the beam size of its manifest set to {@code beam}. */
    static byte[] withBeam(byte[] model, int beam) throws IOException {
        return rewrite(model, "manifest.properties", bytes -> {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.ByteArrayInputStream(bytes));
            p.setProperty("BeamSize", String.valueOf(beam));
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            p.store(b, null);
            return b.toByteArray();
        });
    }

    /**
     * The model package with its feature descriptor's window generators asking a {@link TokenFeatureCache} for the
     * features of each token (made once per sentence instead of once per window position): the same features in the
     * same order, so the same output, for less work.
     */
    static byte[] withTokenCache(byte[] model) throws IOException {
        // OpenNLP instantiates descriptor classes only from packages it was told of
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(TokenFeatureCache.class.getPackageName());
        return rewrite(model, "generator.featuregen", WindowCaches::wrap);
    }

    private interface Rewrite {
        byte[] apply(byte[] bytes) throws IOException;
    }

    /** The model package (a zip) with the entry {@code name} rewritten. */
    private static byte[] rewrite(byte[] model, String name, Rewrite how) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(model.length + 1024);
        try (java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(model));
             java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals(name)) {
                    bytes = how.apply(bytes);
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** The names the model finds in the sentences of one document, in order. */
    public List<Found> find(List<Sentence> sentences) {
        return find(sentences, sentences);
    }

    /**
     * The names the model finds in {@code sentences}, some of the sentences of a document whose sentences are
     * {@code all} (what the rest of the document writes is evidence), in order.
     */
    public List<Found> find(List<Sentence> all, List<Sentence> sentences) {
        List<String[]> docWords = new ArrayList<>(all.size());
        for (Sentence s : all) {
            String[] w = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.token(i).text();
            }
            docWords.add(w);
        }
        NameModelFeatures.DocWords doc = NameModelFeatures.DocWords.of(docWords);
        Finder finder = contexts != null ? new Finder(decoders.get(), null) : new Finder(null, finders.get());
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
            opennlp.tools.util.Span[] spans = finder.find(words, NameModelFeatures.of(words, pos, doc, true));
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

    /** The decoder or OpenNLP's finder, whichever runs the model. */
    private record Finder(NameModelDecoder decoder, NameFinderME me) {
        opennlp.tools.util.Span[] find(String[] words, String[][] extra) {
            return decoder != null ? decoder.find(words, extra) : me.find(words, extra);
        }

        double[] probs(opennlp.tools.util.Span[] spans) {
            return decoder != null ? decoder.probs(spans) : me.probs(spans);
        }

        void clearAdaptiveData() {
            if (decoder != null) {
                decoder.clearAdaptiveData();
            } else {
                me.clearAdaptiveData();
            }
        }
    }
}
