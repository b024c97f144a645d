package org.newsgraph.claims;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.DocumentReader;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Claim statistics on a PolNeAR-format gold set (a test-scope tool, not shipped):
 * <ul>
 *   <li>recall per kind of attribution (quote, reported speech with a speech verb or another verb,
 *       "according to", noun cue, other) and per place of the content (before or after its cue);</li>
 *   <li>how many claims each rule of the sieves found and how many were right (content and source):
 *       {@code --write-confidence FILE} writes that as {@code rule-confidence.tsv};</li>
 *   <li>with {@code --cues FILE}, which words start a gold cue and how reliably (times as a cue's
 *       first word against all their occurrences), with the share of those cues whose content comes first.</li>
 * </ul>
 * Only aggregate figures are written: no sentence, no span. Learn only from PolNeAR train:
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.claims.ClaimStatistics \
 *     --gold ../shared/eval/polnear-train/gold.json --texts ../shared/eval/polnear-train/text \
 *     --write-confidence src/main/resources/org/newsgraph/claims/rule-confidence.tsv \
 *     --cues /tmp/learned-cues.tsv
 * java … ClaimStatistics --gold … --texts … --train-model src/main/resources/org/newsgraph/claims/verb-candidates.bin.gz
 * </pre>
 */
public final class ClaimStatistics {

    private static final CueLexicon LEX = CueLexicon.standard();

    /** Found / all, for one bucket. */
    private static final class Count {
        int all;
        int content;
        int right;
    }

    private final Map<String, Count> byKind = new TreeMap<>();
    private final Map<String, Count> byPlace = new TreeMap<>();
    private final Map<String, Count> byShape = new TreeMap<>();
    /** The learned-verb candidates of each document, for the model's cross-validation on train. */
    private final List<List<opennlp.tools.ml.model.Event>> eventsByDoc = new ArrayList<>();
    private final Map<String, int[]> byRule = new TreeMap<>();   // found, right
    private final Map<String, int[]> cueStart = new TreeMap<>(); // as cue start, content first, quote
    private final Map<String, Integer> occurrences = new java.util.HashMap<>();
    private final List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
    private final Map<String, int[]> misses = new java.util.HashMap<>();     // cue head: cue taken, cue not taken

    public static void main(String[] args) throws IOException {
        Path gold = null;
        Path texts = null;
        Path confidence = null;
        Path cues = null;
        Path learnVerbs = null;
        boolean crossValidate = false;
        Path ends = null;
        Path trainEnds = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[i + 1]);
                case "--texts" -> texts = Path.of(args[i + 1]);
                case "--write-confidence" -> confidence = Path.of(args[i + 1]);
                case "--cues" -> cues = Path.of(args[i + 1]);
                case "--train-model" -> learnVerbs = Path.of(args[i + 1]);
                case "--threshold" -> VerbCandidateModel.threshold = Double.parseDouble(args[i + 1]);
                case "--write-ends" -> ends = Path.of(args[i + 1]);
                case "--cross-validate" -> crossValidate = Boolean.parseBoolean(args[i + 1]);
                case "--train-ends" -> trainEnds = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (gold == null || texts == null) {
            System.err.println("usage: ClaimStatistics --gold FILE --texts DIR [--write-confidence FILE] [--cues FILE]");
            System.exit(2);
        }
        // training: the learned-verb sieve proposes every candidate, with its features
        LearnedVerbSieve.proposeAll = learnVerbs != null || crossValidate;
        // learning where contents end: on the rules' own boundaries
        ContentEnds.off = ends != null;
        ContentEndModel.record = trainEnds != null;
        ClaimStatistics st = new ClaimStatistics();
        st.run(gold, texts);
        st.print(System.out);
        if (confidence != null) {
            st.writeConfidence(confidence, gold);
        }
        if (crossValidate) {
            for (String l2 : System.getProperty("grid.l2", System.getProperty("l2", "2.0")).split(",")) {
                for (String cut : System.getProperty("grid.cutoff", System.getProperty("cutoff", "3")).split(",")) {
                    System.setProperty("l2", l2);
                    System.setProperty("cutoff", cut);
                    for (String drop : System.getProperty("grid.drop", "").split(";", -1)) {
                        System.setProperty("drop", drop);
                        System.out.println("L2 " + l2 + " cutoff " + cut + " drop " + drop);
                        st.crossValidate(System.out);
                    }
                }
            }
        }
        if (learnVerbs != null) {
            st.trainModel(learnVerbs);
        }
        if (trainEnds != null) {
            st.trainEnds(trainEnds, System.out);
        }
        if (cues != null) {
            st.writeCues(cues, gold);
        }
        if (ends != null) {
            st.writeEnds(ends, gold);
        }
    }

    void run(Path goldFile, Path texts) {
        JsonObject gold = JSON.read(goldFile.toString());
        Pipeline pipeline = Pipeline.standard();
        List<DocumentReader.Input> inputs = new ArrayList<>();
        Map<String, JsonObject> goldByFile = new java.util.HashMap<>();
        for (JsonValue v : gold.get("documents").getAsArray()) {
            JsonObject d = v.getAsObject();
            String file = d.get("file").getAsString().value();
            goldByFile.put(file, d);
            inputs.add(new DocumentReader.Input(texts.resolve(file), file));
        }
        Extraction.run(pipeline, inputs, Extraction.defaultThreads(), r -> {
            if (!r.ok()) {
                System.err.println("ClaimStatistics: " + r.error());
                return;
            }
            synchronized (this) {
                document(goldByFile.get(r.input().id()), r.doc());
            }
        });
    }

    private void document(JsonObject gd, AnnotatedDocument doc) {
        if (gd == null) {
            return;
        }
        String text = doc.text();
        List<Claim> pred = doc.claims();
        JsonArray gcs = gd.hasKey("claims") ? gd.get("claims").getAsArray() : new JsonArray();
        List<Set<Integer>> ps = new ArrayList<>();
        for (Claim c : pred) {
            ps.add(chars(text, c.content()));
        }
        List<Set<Integer>> gs = new ArrayList<>();
        for (JsonValue g : gcs) {
            gs.add(chars(text, spans(g, "content")));
        }
        // greedy one-to-one matching by Jaccard >= 0.5, as the scorer does
        List<double[]> cands = new ArrayList<>();
        for (int p = 0; p < ps.size(); p++) {
            for (int g = 0; g < gs.size(); g++) {
                double j = jaccard(ps.get(p), gs.get(g));
                if (j >= 0.5) {
                    cands.add(new double[] {j, p, g});
                }
            }
        }
        cands.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] goldOf = new int[ps.size()];
        int[] predOf = new int[gs.size()];
        java.util.Arrays.fill(goldOf, -1);
        java.util.Arrays.fill(predOf, -1);
        for (double[] c : cands) {
            int p = (int) c[1];
            int g = (int) c[2];
            if (goldOf[p] < 0 && predOf[g] < 0) {
                goldOf[p] = g;
                predOf[g] = p;
            }
        }
        List<Token> docToks = tokens(doc);
        for (Claim c : pred) {
            String r = String.valueOf(c.rule());
            if (r.startsWith("reported-speech/clause") || r.startsWith("reported-speech/inherited") || r.startsWith("learned-verb")) {
                endStats(c, gcs, docToks);
            }
        }
        if (ContentEndModel.record) {
            endEvents(pred, gcs, text, ContentEndModel.recorded(doc));
        }
        List<opennlp.tools.ml.model.Event> docEvents = new ArrayList<>();
        eventsByDoc.add(docEvents);
        for (int p = 0; p < pred.size(); p++) {
            String rule = String.valueOf(pred.get(p).rule());
            boolean ok = goldOf[p] >= 0 && sourceOk(gcs.get(goldOf[p]).getAsObject(), pred.get(p));
            if (rule.startsWith("learned-verb/")) {
                opennlp.tools.ml.model.Event e = new opennlp.tools.ml.model.Event(ok ? "right" : "wrong",
                        rule.substring("learned-verb/".length()).split(" "));
                events.add(e);
                docEvents.add(e);
                String[] fs = e.getContext();
                int[] lc = byLemma.computeIfAbsent(fs[1] + " " + fs[0].substring(0, 0) + comp(fs), k -> new int[2]);
                lc[0]++;
                lc[1] += ok ? 1 : 0;

                rule = "learned-verb";
            }
            if (!ok) {
                diagnose(goldOf[p] >= 0 ? rule + " (content matched)" : rule, pred.get(p), gcs, text);
            }
            int[] r = byRule.computeIfAbsent(rule, k -> new int[2]);
            r[0]++;
            r[1] += ok ? 1 : 0;
        }
        for (int g = 0; g < gcs.size(); g++) {
            JsonObject gc = gcs.get(g).getAsObject();
            boolean content = predOf[g] >= 0;
            boolean right = content && sourceOk(gc, pred.get(predOf[g]));
            add(byKind, kind(gc, doc), content, right);
            add(byPlace, place(gc), content, right);
            for (String shape : shapes(gc, doc)) {
                add(byShape, shape, content, right);
            }
            if (!right) {
                miss(gc, doc, pred);
            }
            cueStats(gc, doc);
        }
        for (Token t : tokens(doc)) {
            occurrences.merge(t.lower(), 1, Integer::sum);
        }
    }

    /** Learned-verb candidates per lemma and complement kind: all, right. */
    private final Map<String, int[]> byLemma = new TreeMap<>();

    private static String comp(String[] fs) {
        for (String f : fs) {
            if (f.startsWith("comp=")) {
                return f;
            }
        }
        return "";
    }

    /** Boundary key: seen inside a content after its cue, and the annotated content ended just before it. */
    private final Map<String, int[]> endCounts = new TreeMap<>();

    /**
     * For a claim of a rule whose content runs after its cue to the end of its clause, and a gold
     * attribution with the same cue: at each boundary word inside the claim's content up to where
     * the gold content ends, whether it ended there.
     */
    private void endStats(Claim c, JsonArray gcs, List<Token> toks) {
        if (c.content().size() != 1 || c.cue().isEmpty() || c.content().get(0).begin() < c.cue().get().end()) {
            return;
        }
        Span p = c.content().get(0);
        for (JsonValue v : gcs) {
            List<Span> cue = spans(v, "cue");
            List<Span> gc = spans(v, "content");
            if (cue.isEmpty() || gc.size() != 1 || !cue.get(0).overlaps(c.cue().get())) {
                continue;
            }
            Span g = gc.get(0);
            if (g.begin() < p.begin() - 2 || g.begin() > p.begin() + 2) {
                return; // another start: not a question of where it ends
            }
            int k = Token.firstAtOrAfter(toks, p.begin());
            for (k += 2; k < toks.size() && toks.get(k).end() <= p.end(); k++) {
                Token t = toks.get(k);
                String tag = tag(t);
                if (!ContentEnds.candidate(tag)) {
                    continue;
                }
                boolean ended = t.begin() >= g.end() - 1;
                String next = k + 1 < toks.size() && toks.get(k + 1).end() <= p.end() ? tag(toks.get(k + 1)) : "END";
                for (String key : new String[] {ContentEnds.key(t.lower(), next), ContentEnds.key(t.lower(), null)}) {
                    int[] e = endCounts.computeIfAbsent(key, x -> new int[2]);
                    e[0]++;
                    e[1] += ended ? 1 : 0;
                }
                if (ended) {
                    break;
                }
            }
            return;
        }
    }

    private static String tag(Token t) {
        int plus = t.pos().indexOf('+');
        return plus > 0 ? t.pos().substring(0, plus) : t.pos();
    }

    /**
     * One content's boundaries for the content-end model: the features of each, whether the
     * content cut there matches its gold (character Jaccard at least 0.5), and whether it matches
     * uncut. Claims whose cue no gold attribution shares are left out: where they end changes nothing.
     */
    record EndCase(List<String[]> features, List<Boolean> cutOk, boolean fullOk) { }

    /** Per document, the content-end cases of its claims (for the model's cross-validation by document). */
    private final List<List<EndCase>> endCasesByDoc = new ArrayList<>();

    private void endEvents(List<Claim> pred, JsonArray gcs, String text, List<ContentEndModel.Boundary> bs) {
        List<EndCase> cases = new ArrayList<>();
        endCasesByDoc.add(cases);
        for (Claim c : pred) {
            if (c.content().size() != 1 || c.cue().isEmpty()) {
                continue;
            }
            Span p = c.content().get(0);
            Set<Integer> g = null;
            for (JsonValue v : gcs) {
                List<Span> cue = spans(v, "cue");
                if (!cue.isEmpty() && cue.get(0).overlaps(c.cue().get())) {
                    g = chars(text, spans(v, "content"));
                    break;
                }
            }
            if (g == null) {
                continue;
            }
            List<String[]> fs = new ArrayList<>();
            List<Boolean> ok = new ArrayList<>();
            for (ContentEndModel.Boundary b : bs) {
                if (b.contentBegin() == p.begin() && b.cueBegin() == c.cue().get().begin() && b.at() < p.end()) {
                    fs.add(b.features());
                    ok.add(jaccard(chars(text, List.of(Span.of(p.begin(), b.at()))), g) >= 0.5);
                }
            }
            if (!fs.isEmpty()) {
                cases.add(new EndCase(fs, ok, jaccard(chars(text, List.of(p)), g) >= 0.5));
            }
        }
    }

    /**
     * Training events of the content-end model: when the whole content matches, every boundary
     * where a cut would lose the match is "wrong"; when it does not, the boundaries before the
     * first cut that matches are "wrong" and the cuts that match are "right".
     */
    private static List<opennlp.tools.ml.model.Event> endTrainingEvents(List<EndCase> cases) {
        List<opennlp.tools.ml.model.Event> out = new ArrayList<>();
        for (EndCase c : cases) {
            boolean seenRight = false;
            for (int k = 0; k < c.features().size(); k++) {
                boolean ok = c.cutOk().get(k);
                if (c.fullOk() && !ok || !c.fullOk() && !ok && !seenRight) {
                    out.add(new opennlp.tools.ml.model.Event("wrong", c.features().get(k)));
                } else if (!c.fullOk() && ok) {
                    out.add(new opennlp.tools.ml.model.Event("right", c.features().get(k)));
                    seenRight = true;
                }
            }
        }
        return out;
    }

    /**
     * Two-fold cross-validation of the content-end model by document, simulating the sieve (cut at
     * the first boundary at or above the threshold): contents cut, and matches won and lost; then
     * the model trained on all of train.
     */
    void trainEnds(Path file, PrintStream out) throws IOException {
        double[] thresholds = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
        int[][] r = new int[thresholds.length][3];
        for (int fold = 0; fold < 2; fold++) {
            List<EndCase> tr = new ArrayList<>();
            List<EndCase> te = new ArrayList<>();
            for (int d = 0; d < endCasesByDoc.size(); d++) {
                (d % 2 == fold ? te : tr).addAll(endCasesByDoc.get(d));
            }
            opennlp.tools.ml.model.MaxentModel m = train(endTrainingEvents(tr));
            for (EndCase c : te) {
                for (int t = 0; t < thresholds.length; t++) {
                    for (int k = 0; k < c.features().size(); k++) {
                        if (VerbCandidateModel.probability(m, c.features().get(k)) >= thresholds[t]) {
                            r[t][0]++;
                            boolean ok = c.cutOk().get(k);
                            r[t][1] += ok && !c.fullOk() ? 1 : 0;
                            r[t][2] += !ok && c.fullOk() ? 1 : 0;
                            break;
                        }
                    }
                }
            }
        }
        int cases = 0;
        int fullOk = 0;
        int oracle = 0;
        for (List<EndCase> l : endCasesByDoc) {
            cases += l.size();
            for (EndCase c : l) {
                fullOk += c.fullOk() ? 1 : 0;
                oracle += !c.fullOk() && c.cutOk().contains(true) ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "contents matching uncut %d, matching only when cut somewhere %d%n", fullOk, oracle);
        out.printf(Locale.ROOT, "content-end model, two-fold cross-validation on documents (%d contents): threshold, cut, won, lost%n", cases);
        for (int t = 0; t < thresholds.length; t++) {
            out.printf(Locale.ROOT, "  %.2f %7d %7d %7d%n", thresholds[t], r[t][0], r[t][1], r[t][2]);
        }
        List<EndCase> all = new ArrayList<>();
        endCasesByDoc.forEach(all::addAll);
        List<opennlp.tools.ml.model.Event> es = endTrainingEvents(all);
        opennlp.tools.ml.model.MaxentModel m = train(es);
        try (java.io.DataOutputStream o = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)))) {
            new opennlp.tools.ml.model.GenericModelWriter((opennlp.tools.ml.model.AbstractModel) m, o).persist();
        }
        out.printf(Locale.ROOT, "content-end model: %d events -> %s%n", es.size(), file);
    }

    /** key, seen, ended, share: boundary words seen at least 10 times (content-ends.tsv). */
    void writeEnds(Path file, Path gold) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Where the content of reported speech ends, learned from PolNeAR train: a boundary word (with the\n")
                .append("# tag of the word after it, or alone) inside a content the rules ran on after its cue, and how often\n")
                .append("# the annotated content ended just before it. Aggregate counts only (see NOTICE.md); written by\n")
                .append("# ClaimStatistics --write-ends from ").append(gold.getFileName()).append(", keys seen at least 10 times.\n")
                .append("# key\tseen\tended\tshare\n");
        endCounts.forEach((k, e) -> {
            if (e[0] >= 10) {
                sb.append(k).append('\t').append(e[0]).append('\t').append(e[1]).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f", e[1] / (double) e[0])).append('\n');
            }
        });
        write(file, sb.toString());
    }

    /** Learned-verb candidates judged wrong: cue right but content too short / too long / other, or no gold cue. */
    final Map<String, Integer> candidateErrors = new TreeMap<>();

    private void diagnose(String rule, Claim c, JsonArray gcs, String text) {
        String why = "no gold cue there";
        for (JsonValue v : gcs) {
            List<Span> cue = spans(v, "cue");
            if (c.cue().isPresent() && !cue.isEmpty() && cue.get(0).overlaps(c.cue().get())) {
                Set<Integer> gc = chars(text, spans(v, "content"));
                Set<Integer> pc = chars(text, c.content());
                double j = jaccard(gc, pc);
                why = j >= 0.5 ? "cue and content right, source wrong"
                        : gc.containsAll(pc) ? "cue right, content too short"
                        : pc.containsAll(gc) ? "cue right, content too long" : "cue right, content elsewhere";
                break;
            }
        }
        candidateErrors.merge(String.format("%-40s %s", rule, why), 1, Integer::sum);
    }

    private void miss(JsonObject g, AnnotatedDocument doc, List<Claim> pred) {
        List<Span> cue = spans(g, "cue");
        if (cue.isEmpty()) {
            return;
        }
        boolean taken = false;
        for (Claim c : pred) {
            taken |= c.cue().isPresent() && c.cue().get().overlaps(cue.get(0));
        }
        String head = null;
        for (Token t : tokens(doc)) {
            if (t.span().overlaps(cue.get(0)) && (head == null || t.pos().startsWith("VERB") || t.pos().startsWith("NOUN"))) {
                head = t.lower() + "/" + t.pos();
                if (t.pos().startsWith("VERB") || t.pos().startsWith("NOUN")) {
                    break;
                }
            }
        }
        misses.computeIfAbsent(kind(g, doc) + " " + head, k -> new int[2])[taken ? 0 : 1]++;
    }

    private static void add(Map<String, Count> m, String key, boolean content, boolean right) {
        Count c = m.computeIfAbsent(key, k -> new Count());
        c.all++;
        c.content += content ? 1 : 0;
        c.right += right ? 1 : 0;
    }

    /** The scorer's test for PolNeAR, whose sources are all spans or null. */
    private static boolean sourceOk(JsonObject g, Claim p) {
        List<Span> gsrc = spans(g, "source");
        if (!gsrc.isEmpty() && p.sourceSpan().isPresent()) {
            for (Span s : gsrc) {
                if (s.overlaps(p.sourceSpan().get())) {
                    return true;
                }
            }
        }
        return g.get("source") == null || g.get("source").isNull() ? p.source() instanceof Source.Nobody : false;
    }

    /** The kind of a gold attribution, from its quote flag and its cue's words and tags. */
    static String kind(JsonObject g, AnnotatedDocument doc) {
        if (g.hasKey("quote") && g.get("quote").isBoolean() && g.get("quote").getAsBoolean().value()) {
            return "quote";
        }
        List<Span> cue = spans(g, "cue");
        if (cue.isEmpty()) {
            return "other (no cue)";
        }
        String words = doc.text(cue.get(0)).toLowerCase(Locale.ROOT);
        if (words.contains("according to")) {
            return "according-to";
        }
        boolean verb = false;
        boolean say = false;
        boolean noun = false;
        for (Token t : tokens(doc)) {
            if (!t.span().overlaps(cue.get(0))) {
                continue;
            }
            String pos = t.pos();
            if (pos.startsWith("VERB") || pos.startsWith("AUX")) {
                verb = true;
                for (CueLexicon.VerbCue vc : LEX.verbsStartingWith(t.lower())) {
                    say |= vc.cls() == CueLexicon.VerbClass.SAY;
                }
            } else if (pos.startsWith("NOUN") && LEX.isCueNoun(t.lower())) {
                noun = true;
            }
        }
        if (say) {
            return "reported (speech verb)";
        }
        if (verb) {
            return "reported (other verb)";
        }
        if (noun) {
            return "noun cue";
        }
        return "other";
    }

    /** Whether the content comes before its cue, after it, or around it. */
    static String place(JsonObject g) {
        List<Span> cue = spans(g, "cue");
        List<Span> content = spans(g, "content");
        if (cue.isEmpty() || content.isEmpty()) {
            return "no cue";
        }
        Span c = cue.get(0);
        boolean before = false;
        boolean after = false;
        for (Span s : content) {
            before |= s.end() <= c.begin();
            after |= s.begin() >= c.end();
        }
        return before && after ? "around the cue" : before ? "content before cue" : "content after cue";
    }

    /**
     * The shapes of a gold attribution that rules find hard, not exclusive: content before its cue,
     * content over several sentences, a source in an earlier sentence than the cue, no source.
     */
    static List<String> shapes(JsonObject g, AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        List<Span> cue = spans(g, "cue");
        List<Span> content = spans(g, "content");
        List<Span> source = spans(g, "source");
        if (place(g).equals("content before cue")) {
            out.add("content before cue");
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Span c : content) {
            first = Math.min(first, sentenceOf(doc, c.begin()));
            last = Math.max(last, sentenceOf(doc, Math.max(c.begin(), c.end() - 1)));
        }
        if (last > first) {
            out.add("content over sentences");
        }
        if (!cue.isEmpty() && !source.isEmpty()) {
            int cs = sentenceOf(doc, cue.get(0).begin());
            boolean earlier = true;
            for (Span s : source) {
                earlier &= sentenceOf(doc, Math.max(s.begin(), s.end() - 1)) < cs;
            }
            if (earlier) {
                out.add("source in earlier sentence");
            }
        }
        if (source.isEmpty()) {
            out.add("no source span");
        }
        if (out.isEmpty()) {
            out.add("plain (none of these)");
        }
        return out;
    }

    /** The index of the sentence holding {@code offset} (the last one starting at or before it). */
    private static int sentenceOf(AnnotatedDocument doc, int offset) {
        List<org.newsgraph.text.Sentence> ss = doc.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).span().begin() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private void cueStats(JsonObject g, AnnotatedDocument doc) {
        List<Span> cue = spans(g, "cue");
        if (cue.isEmpty()) {
            return;
        }
        for (Token t : tokens(doc)) {
            if (t.span().overlaps(cue.get(0))) {
                int[] c = cueStart.computeIfAbsent(t.lower(), k -> new int[3]);
                c[0]++;
                c[1] += place(g).equals("content before cue") ? 1 : 0;
                c[2] += g.hasKey("quote") && g.get("quote").isBoolean() && g.get("quote").getAsBoolean().value() ? 1 : 0;
                return;
            }
        }
    }

    private static List<Token> tokens(AnnotatedDocument doc) {
        List<Token> out = new ArrayList<>();
        doc.sentences().forEach(s -> out.addAll(s.tokens()));
        return out;
    }

    private static List<Span> spans(JsonValue c, String kind) {
        List<Span> out = new ArrayList<>();
        JsonObject o = c.getAsObject();
        if (!o.hasKey("spans") || !o.get("spans").getAsObject().hasKey(kind)) {
            return out;
        }
        JsonValue v = o.get("spans").getAsObject().get(kind);
        if (v == null || v.isNull()) {
            return out;
        }
        for (JsonValue s : v.getAsArray()) {
            JsonArray a = s.getAsArray();
            out.add(Span.of(a.get(0).getAsNumber().value().intValue(), a.get(1).getAsNumber().value().intValue()));
        }
        return out;
    }

    private static Set<Integer> chars(String text, List<Span> spans) {
        Set<Integer> out = new HashSet<>();
        for (Span s : spans) {
            for (int i = s.begin(); i < Math.min(s.end(), text.length()); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static double jaccard(Set<Integer> a, Set<Integer> b) {
        int inter = 0;
        for (Integer i : a) {
            inter += b.contains(i) ? 1 : 0;
        }
        int union = a.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    void print(PrintStream out) {
        out.println("recall per kind of attribution (content found / content and source right):");
        table(out, byKind);
        out.println("recall per place of the content:");
        table(out, byPlace);
        out.println("recall per shape of the attribution (one attribution may have several):");
        table(out, byShape);
        out.println("claims per rule: found, right (content and source), precision");
        byRule.forEach((r, c) -> out.printf(Locale.ROOT, "  %-42s %6d %6d  %.3f%n", r, c[0], c[1], c[1] / (double) Math.max(1, c[0])));
        out.println("claims judged wrong, by rule and why:");
        candidateErrors.forEach((k, v) -> out.printf(Locale.ROOT, "  %-80s %6d%n", k, v));
        if (Boolean.getBoolean("lemmas")) {
            out.println("learned-verb candidates per lemma and complement (>= 15): all, right");
            byLemma.entrySet().stream().filter(e -> e.getValue()[0] >= 15).sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
                    .forEach(e -> out.printf(Locale.ROOT, "  %-40s %6d %6d  %.3f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                            e.getValue()[1] / (double) e.getValue()[0]));
        }
        if (Boolean.getBoolean("misses")) {
            out.println("commonest misses by kind and cue head: cue taken (content or source wrong), cue not taken");
            misses.entrySet().stream().sorted((a, b) -> b.getValue()[0] + b.getValue()[1] - a.getValue()[0] - a.getValue()[1])
                    .limit(80).forEach(e -> out.printf(Locale.ROOT, "  %-50s %5d %5d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
    }

    private static void table(PrintStream out, Map<String, Count> m) {
        int all = 0;
        int content = 0;
        int right = 0;
        for (Map.Entry<String, Count> e : m.entrySet()) {
            Count c = e.getValue();
            out.printf(Locale.ROOT, "  %-26s %6d  content %.3f  claim %.3f%n", e.getKey(), c.all,
                    c.content / (double) c.all, c.right / (double) c.all);
            all += c.all;
            content += c.content;
            right += c.right;
        }
        out.printf(Locale.ROOT, "  %-26s %6d  content %.3f  claim %.3f%n", "all", all, content / (double) all, right / (double) all);
    }

    /** rule, found, right, confidence = (right + 1) / (found + 2): how often the rule was right. */
    void writeConfidence(Path file, Path gold) {
        StringBuilder sb = new StringBuilder();
        sb.append("# How often each rule of the claim sieves was right on PolNeAR train (content and source),\n")
                .append("# aggregate counts only (see NOTICE.md); written by ClaimStatistics from ").append(gold.getFileName()).append(".\n")
                .append("# rule\tfound\tright\tconfidence ((right + 1) / (found + 2))\n");
        byRule.forEach((r, c) -> {
            if (!r.startsWith("learned-verb/")) {
                sb.append(r).append('\t').append(c[0]).append('\t').append(c[1]).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f", (c[1] + 1.0) / (c[0] + 2.0))).append('\n');
            }
        });
        write(file, sb.toString());
    }

    /** The trainer's settings: L2-regularised maxent (quasi-Newton), rare features cut. */
    private static opennlp.tools.ml.model.MaxentModel train(List<opennlp.tools.ml.model.Event> es) throws IOException {
        opennlp.tools.util.TrainingParameters p = new opennlp.tools.util.TrainingParameters();
        p.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(opennlp.tools.util.TrainingParameters.TRAINER_TYPE_PARAM, opennlp.tools.ml.EventTrainer.EVENT_VALUE);
        p.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, Integer.parseInt(System.getProperty("cutoff", "3")));
        p.put("L1Cost", Double.parseDouble(System.getProperty("l1", "0.0")));
        p.put("L2Cost", Double.parseDouble(System.getProperty("l2", "2.0")));
        return opennlp.tools.ml.TrainerFactory.getEventTrainer(p, null)
                .train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(es));
    }

    /**
     * Two-fold cross-validation of the learned-verb model by document (train only): per threshold,
     * the candidates kept on the held-out half and how many of them were right.
     */
    void crossValidate(PrintStream out) throws IOException {
        double[] thresholds = {0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8};
        int[] kept = new int[thresholds.length];
        int[] right = new int[thresholds.length];
        for (int fold = 0; fold < 2; fold++) {
            List<opennlp.tools.ml.model.Event> tr = new ArrayList<>();
            List<opennlp.tools.ml.model.Event> te = new ArrayList<>();
            for (int d = 0; d < eventsByDoc.size(); d++) {
                (d % 2 == fold ? te : tr).addAll(eventsByDoc.get(d));
            }
            opennlp.tools.ml.model.MaxentModel m = train(dropped(tr));
            int r = m.getIndex("right");
            for (opennlp.tools.ml.model.Event e : dropped(te)) {
                double pr = m.eval(e.getContext())[r];
                for (int t = 0; t < thresholds.length; t++) {
                    if (pr >= thresholds[t]) {
                        kept[t]++;
                        right[t] += e.getOutcome().equals("right") ? 1 : 0;
                    }
                }
            }
        }
        out.println("learned-verb model, two-fold cross-validation on documents: threshold, kept, right, precision");
        for (int t = 0; t < thresholds.length; t++) {
            out.printf(Locale.ROOT, "  %.2f %7d %7d  %.3f%n", thresholds[t], kept[t], right[t], right[t] / (double) Math.max(1, kept[t]));
        }
    }

    /** The events without the features whose prefix {@code -Ddrop=a=,b=} names (comparing feature sets). */
    private static List<opennlp.tools.ml.model.Event> dropped(List<opennlp.tools.ml.model.Event> es) {
        String drop = System.getProperty("drop", "");
        if (drop.isEmpty()) {
            return es;
        }
        String[] ps = drop.split(",");
        List<opennlp.tools.ml.model.Event> out = new ArrayList<>();
        for (opennlp.tools.ml.model.Event e : es) {
            List<String> fs = new ArrayList<>();
            for (String f : e.getContext()) {
                boolean keep = true;
                for (String p : ps) {
                    keep &= !f.startsWith(p);
                }
                if (keep) {
                    fs.add(f);
                }
            }
            out.add(new opennlp.tools.ml.model.Event(e.getOutcome(), fs.toArray(new String[0])));
        }
        return out;
    }

    /** Trains the learned-verb sieve's maxent model on the candidates it proposed, right or wrong. */
    void trainModel(Path file) throws IOException {
        opennlp.tools.ml.model.MaxentModel m = train(events);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)))) {
            new opennlp.tools.ml.model.GenericModelWriter((opennlp.tools.ml.model.AbstractModel) m, out).persist();
        }
        int right = 0;
        for (opennlp.tools.ml.model.Event e : events) {
            right += e.getOutcome().equals("right") ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "model: %d candidates (%d right) -> %s%n", events.size(), right, file);
    }

    /** word, as a cue's first word, all occurrences, reliability, share with content first, share quoted (>= 5 uses). */
    void writeCues(Path file, Path gold) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The first words of PolNeAR train's cues, aggregate counts only (see NOTICE.md);\n")
                .append("# written by ClaimStatistics from ").append(gold.getFileName()).append(", words starting at least 5 cues.\n")
                .append("# word\tcue starts\toccurrences\treliability (starts / occurrences)\tcontent before cue\tquoted\n");
        cueStart.forEach((w, c) -> {
            if (c[0] >= 5) {
                int occ = Math.max(c[0], occurrences.getOrDefault(w, 0));
                sb.append(w).append('\t').append(c[0]).append('\t').append(occ).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f\t%.3f\t%.3f", c[0] / (double) occ, c[1] / (double) c[0], c[2] / (double) c[0]))
                        .append('\n');
            }
        });
        write(file, sb.toString());
    }

    private static void write(Path file, String s) {
        try {
            Files.writeString(file, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
