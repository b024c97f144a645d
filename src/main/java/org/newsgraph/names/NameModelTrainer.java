package org.newsgraph.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.OpenNlpModels;

/**
 * Trains the statistical name finder on the open sets of {@link NameCorpora} (each with its own tag
 * mapping, documented there) and scores it on a Universal NER dev file, as written and in capitals.
 * Tokens keep the treebanks' tokenisation, which is what the UD tokenizer of our pipeline gives;
 * POS tags come from our own UD tagger so that training sees the tags the pipeline will give.
 * Reproducible: one thread, fixed iterations, the feature descriptor shipped beside the model.
 */
public final class NameModelTrainer {

    /** The feature descriptor (besides the POS and gazetteer context of {@link NameModelFeatures}). */
    static final String FEATURES = "/org/newsgraph/names/model/name-features.xml";

    private int iterations = 100;
    private int cutoff = 3;
    private int beamSize = 3;

    /** Precision, recall and F1 of exact typed spans, overall and per type. */
    public record Score(int gold, int predicted, int correct, Map<String, int[]> byType) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One line per type and one for all, as printed by {@code train-names}. */
        public String report() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, int[]> e : new TreeMap<>(byType).entrySet()) {
                int[] c = e.getValue();
                b.append(line(e.getKey(), c[0], c[1], c[2])).append('\n');
            }
            b.append(line("all", gold, predicted, correct));
            return b.toString();
        }

        private static String line(String what, int g, int p, int c) {
            double pr = p == 0 ? 0 : (double) c / p, re = g == 0 ? 0 : (double) c / g;
            double f = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            return String.format(Locale.ROOT, "%-4s gold %5d  found %5d  correct %5d  P %.3f  R %.3f  F1 %.3f",
                    what, g, p, c, pr, re, f);
        }
    }

    public NameModelTrainer iterations(int n) {
        this.iterations = n;
        return this;
    }

    /** The beam the finder searches at run time (kept in the model); 1 is the fastest. */
    public NameModelTrainer beamSize(int n) {
        this.beamSize = n;
        return this;
    }

    public NameModelTrainer cutoff(int n) {
        this.cutoff = n;
        return this;
    }

    /** Reads an IOB2 file (Universal NER) into name samples with POS, gazetteer and document context. */
    public static List<NameSample> read(Path file) {
        return samples(NameCorpora.iob2(file, file.getFileName().toString()), false);
    }

    /**
     * Name samples of documents with POS, gazetteer and document context. With {@code caseCopies}, every third
     * sentence also comes in capitals and every sixth in lower case (after its original, with the document
     * evidence of the original document), so that headlines, datelines and unedited text are read too.
     */
    public static List<NameSample> samples(List<NameCorpora.Doc> docs, boolean caseCopies) {
        POSTaggerME tagger = new POSTaggerME(OpenNlpModels.get().pos);
        List<NameSample> out = new ArrayList<>();
        int count = 0;
        for (NameCorpora.Doc d : docs) {
            List<String[]> words = new ArrayList<>();
            for (NameCorpora.Sent s : d.sentences()) {
                words.add(s.words());
            }
            NameModelFeatures.DocWords doc = NameModelFeatures.DocWords.of(words);
            boolean first = true;
            for (NameCorpora.Sent s : d.sentences()) {
                String[] w = s.words();
                out.add(new NameSample(w, s.names(), NameModelFeatures.of(w, tagger.tag(w), doc, true), first));
                first = false;
                count++;
                if (caseCopies && count % 3 == 0) {
                    out.add(copy(w, s.names(), true, tagger, doc));
                } else if (caseCopies && count % 6 == 1) {
                    out.add(copy(w, s.names(), false, tagger, doc));
                }
            }
        }
        return out;
    }

    private static NameSample copy(String[] w, Span[] names, boolean upper, POSTaggerME tagger,
                                   NameModelFeatures.DocWords doc) {
        String[] c = new String[w.length];
        for (int i = 0; i < w.length; i++) {
            c[i] = upper ? w[i].toUpperCase(Locale.ROOT) : w[i].toLowerCase(Locale.ROOT);
        }
        return new NameSample(c, names, NameModelFeatures.of(c, tagger.tag(c), doc, false), false);
    }

    /** Trains a model on the samples. */
    public TokenNameFinderModel train(List<NameSample> samples) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(BeamSearch.BEAM_SIZE_PARAMETER, beamSize);
        byte[] features;
        try (InputStream in = NameModelTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new NewsGraphException("The name finder feature descriptor " + FEATURES + " is not on the classpath");
            }
            features = in.readAllBytes();
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
            return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), p, factory);
        } catch (IOException e) {
            throw new NewsGraphException("Training the name finder failed: " + e.getMessage(), e);
        }
    }

    /** Scores a model on samples: exact spans with their type. */
    public static Score evaluate(TokenNameFinderModel model, List<NameSample> samples) {
        NameFinderME finder = new NameFinderME(model);
        int gold = 0, predicted = 0, correct = 0;
        Map<String, int[]> byType = new HashMap<>();
        for (NameSample s : samples) {
            if (s.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            Span[] found = finder.find(s.getSentence(), s.getAdditionalContext());
            Set<Span> goldSet = new HashSet<>(List.of(s.getNames()));
            for (Span g : s.getNames()) {
                gold++;
                byType.computeIfAbsent(g.getType(), k -> new int[3])[0]++;
            }
            for (Span f : found) {
                predicted++;
                byType.computeIfAbsent(f.getType(), k -> new int[3])[1]++;
                if (goldSet.contains(f)) {
                    correct++;
                    byType.get(f.getType())[2]++;
                }
            }
        }
        return new Score(gold, predicted, correct, byType);
    }

    /**
     * Trains on every open set under {@code dataDir} ({@link NameCorpora}) with case copies, scores on {@code dev}
     * (when given) as written and in capitals, writes the model; prints progress to {@code log}.
     */
    public Score run(Path dataDir, Path dev, Path out, PrintWriter log) {
        long t0 = System.nanoTime();
        List<NameCorpora.Doc> docs = NameCorpora.all(dataDir);
        Map<String, int[]> bySet = new TreeMap<>();
        for (NameCorpora.Doc d : docs) {
            int[] c = bySet.computeIfAbsent(d.set().replaceAll("-.*", ""), k -> new int[2]);
            c[0] += d.sentences().size();
            for (NameCorpora.Sent s : d.sentences()) {
                c[1] += s.names().length;
            }
        }
        List<NameSample> samples = samples(docs, true);
        log.printf(Locale.ROOT, "read %d documents from %s: %s; %d samples with the case copies%n", docs.size(), dataDir,
                bySet.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + " sentences " + e.getValue()[1]
                        + " names").toList(), samples.size());
        log.flush();
        TokenNameFinderModel model = train(samples);
        log.printf(Locale.ROOT, "trained in %.1f s (%d iterations, cutoff %d, beam %d)%n", (System.nanoTime() - t0) / 1e9,
                iterations, cutoff, beamSize);
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                model.serialize(o);
            }
            log.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
        } catch (IOException e) {
            throw new NewsGraphException("Cannot write the model " + out + ": " + e.getMessage(), e);
        }
        Score score = null;
        if (dev != null) {
            List<NameCorpora.Doc> devDocs = NameCorpora.iob2(dev, "dev");
            List<NameSample> devSamples = samples(devDocs, false);
            score = evaluate(model, devSamples);
            log.printf(Locale.ROOT, "dev %s (%d sentences), exact typed spans:%n%s%n", dev, devSamples.size(), score.report());
            List<NameCorpora.Doc> caps = new ArrayList<>();
            for (NameCorpora.Doc d : devDocs) {
                List<NameCorpora.Sent> up = new ArrayList<>();
                for (NameCorpora.Sent s : d.sentences()) {
                    String[] c = new String[s.words().length];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = s.words()[i].toUpperCase(Locale.ROOT);
                    }
                    up.add(new NameCorpora.Sent(c, s.names()));
                }
                caps.add(new NameCorpora.Doc(d.set(), up));
            }
            log.printf(Locale.ROOT, "the same in capitals:%n%s%n", evaluate(model, samples(caps, false)).report());
        }
        log.flush();
        return score;
    }
}
