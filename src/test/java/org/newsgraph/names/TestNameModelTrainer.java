package org.newsgraph.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.Document;

/** Training the name finder end to end on a tiny invented IOB2 file (src/test/resources). */
class TestNameModelTrainer {

    private static Path tiny(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = TestNameModelTrainer.class.getResourceAsStream("/org/newsgraph/names/tiny-ner.iob2")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void readsSpansTypesAndDocumentBreaks(@TempDir Path dir) throws Exception {
        List<NameSample> samples = NameModelTrainer.read(tiny(dir, "t.iob2"));
        assertEquals(48, samples.size());
        NameSample first = samples.get(0);
        assertEquals("Lena works for Norvale Bank in Oslo .", String.join(" ", first.getSentence()));
        assertEquals(3, first.getNames().length);
        assertEquals("PER", first.getNames()[0].getType());
        assertEquals(3, first.getNames()[1].getStart());
        assertEquals(5, first.getNames()[1].getEnd());
        assertEquals("ORG", first.getNames()[1].getType());
        assertTrue(first.isClearAdaptiveDataSet(), "a document starts");
        assertTrue(!samples.get(1).isClearAdaptiveDataSet());
        // POS and gazetteer context per token
        assertEquals(first.getSentence().length, first.getAdditionalContext().length);
        assertTrue(List.of(first.getAdditionalContext()[6]).contains("p=PROPN"), List.of(first.getAdditionalContext()[6]).toString());
    }

    @Test
    void trainsScoresAndFinds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("uner-en-ewt"));
        Path data = tiny(dir, "uner-en-ewt/en_ewt-ud-train.iob2");
        Path out = dir.resolve("m/model.bin");
        StringWriter log = new StringWriter();
        NameModelTrainer.Score s = new NameModelTrainer().iterations(40).cutoff(0)
                .run(dir, data, out, new PrintWriter(log));
        assertTrue(Files.size(out) > 0);
        assertTrue(s.f1() > 0.8, log.toString());
        assertTrue(log.toString().contains("F1"), log.toString());
        // the written model runs on the pipeline's own tokens
        NameModel m;
        try (InputStream in = Files.newInputStream(out)) {
            m = new NameModel(new TokenNameFinderModel(in));
        }
        var d = Pipeline.create().add(new NlpAnnotator()).build()
                .process(new Document("t.txt", "Greta Holloway said on Monday that she works for Kestrel Labs in Perth.", "0"));
        List<String> found = m.find(d.sentences()).stream()
                .map(f -> f.type() + " " + d.text(NameModelEvidence.span(f))).toList();
        assertTrue(found.contains("PERSON Greta Holloway"), found.toString());
        assertTrue(found.contains("PLACE Perth"), found.toString());
    }

    @Test
    void readsEachSetWithItsOwnTags(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("wikigold"));
        Files.writeString(dir.resolve("wikigold/wikigold.conll.txt"), "-DOCSTART- O\n\nThe I-ORG\nHalden I-ORG\nTrust I-ORG\n"
                + "hired O\nMara I-PER\nQuist I-PER\nB-PER O\n. O\n\nJapanese I-MISC\nfans O\n. O\n");
        Files.createDirectories(dir.resolve("btc"));
        Files.writeString(dir.resolve("btc/g.conll"), "@\tB-PER\nvalehub\tI-PER\nin\tO\nDERRYFORD\tB-LOC\n\n");
        Files.createDirectories(dir.resolve("re3d/conll/Src"));
        Files.writeString(dir.resolve("re3d/conll/Src/a.conll"), "the\tB-Organisation\nKestrel\tI-Organisation\n"
                + "Brigade\tI-Organisation\nforces\tI-Organisation\nmet\tO\nGeneral\tB-Person\nOla\tI-Person\n"
                + "Brand\tI-Person\nin\tO\nMay\tB-Temporal\n.\tO\n\n");
        List<NameCorpora.Doc> docs = NameCorpora.all(dir);
        List<String> names = new java.util.ArrayList<>();
        for (NameCorpora.Doc d : docs) {
            for (NameCorpora.Sent st : d.sentences()) {
                for (opennlp.tools.util.Span sp : st.names()) {
                    names.add(d.set() + " " + sp.getType() + " "
                            + String.join(" ", List.of(st.words()).subList(sp.getStart(), sp.getEnd())));
                }
            }
        }
        assertEquals(List.of("wikigold ORG The Halden Trust", "wikigold PER Mara Quist", "btc-g PER valehub", "btc-g LOC DERRYFORD",
                "re3d-Src ORG Kestrel Brigade", "re3d-Src PER Ola Brand"), names);
        // case copies: capitals and lower case come after some originals, with the same names
        List<NameSample> samples = NameModelTrainer.samples(docs, true);
        assertTrue(samples.size() > 4, samples.toString());
    }

    @Test
    void commandTrainsFromADataFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("uner-en-ewt"));
        tiny(dir, "uner-en-ewt/en_ewt-ud-train.iob2");
        tiny(dir, "uner-en-ewt/en_ewt-ud-dev.iob2");
        Path model = dir.resolve("out.bin");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = NewsGraph.execute(out, err, "train-names", "--data", dir.toString(), "--out", model.toString(),
                "--iterations", "20", "--cutoff", "0", "--beam", "1");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed + err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("all  gold"), printed);
        assertTrue(Files.size(model) > 0);
        assertEquals(2, NewsGraph.execute(out, err, "train-names", "--data", dir.resolve("none").toString(),
                "--out", model.toString()), "no training folder: bad usage");
    }

    @Test
    void malformedLineNamesTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.iob2");
        Files.writeString(bad, "1\tOslo\tB-LOC\n2 only-two-columns\n");
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> NameModelTrainer.read(bad));
        assertTrue(e.getMessage().contains("bad.iob2") && e.getMessage().contains("line 2"), e.getMessage());
    }
}
