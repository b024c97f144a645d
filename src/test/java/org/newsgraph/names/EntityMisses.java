package org.newsgraph.names;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.eval.Scorer;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.DocumentReader;
import org.newsgraph.text.Span;

/**
 * Entity misses on a gold set, by cause (a test-scope tool, not shipped). Gold entities are matched
 * to predicted ones as the scorer matches them (type and a normalised name agree, the label being
 * the predicted entity's only name); each gold entity left over is put in one bucket:
 * <ul>
 *   <li>{@code merged}: an entity of its type is labelled with one of its names but went to another gold entity;</li>
 *   <li>{@code wrong-type:X}: an entity labelled with one of its names has type X;</li>
 *   <li>{@code label}: an entity of its type has one of its names among its mentions, but another label;</li>
 *   <li>{@code extent:shorter|longer|crossing}: a name mention overlaps a place where the text writes one
 *       of its names, with another extent (inside it, around it, across its edge);</li>
 *   <li>{@code missed}: no name mention touches any of its names.</li>
 * </ul>
 * and each predicted entity left over: {@code split} (its label names a gold entity already matched),
 * {@code wrong-type:X} (it names a gold entity of type X), {@code extent} (its label and a gold name
 * share words, one inside the other), {@code not-in-gold}. Only counts are printed, by bucket and by
 * gold type, and for multi-word misses by shape ("X of Y", initials); {@code --list} adds each case,
 * for reading on the terminal (publishers' text: never paste it into the repository).
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.names.EntityMisses \
 *     --gold ../shared/eval/redocred-dev/gold.json --texts ../shared/eval/redocred-dev/text [--list]
 * java … EntityMisses --show FILE    (each name mention of one text: span, type, rule, its entity's label)
 * </pre>
 */
public final class EntityMisses {

    private static final Set<String> SCORED = Set.of("Person", "Organization", "Location");

    private final Map<String, Integer> goldBuckets = new TreeMap<>();
    private final Map<String, Integer> predBuckets = new TreeMap<>();
    private final Map<String, Integer> shapes = new TreeMap<>();
    private final List<String> cases = new ArrayList<>();

    /** A predicted entity as the graph writes it: type, label and its name mentions. */
    private record Pred(String type, String label, List<Mention> mentions) {
        String norm() {
            return Scorer.normName(label);
        }
    }

    public static void main(String[] args) throws IOException {
        Path gold = null;
        Path texts = null;
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[++i]);
                case "--texts" -> texts = Path.of(args[++i]);
                case "--list" -> list = true;
                case "--show" -> {
                    show(Path.of(args[++i]));
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (gold == null || texts == null) {
            System.err.println("usage: EntityMisses --gold FILE --texts DIR [--list]");
            System.exit(2);
        }
        EntityMisses m = new EntityMisses();
        m.run(gold, texts);
        m.print(System.out, list);
    }

    private static void show(Path file) {
        Extraction.Result r = Extraction.process(Pipeline.standard(), new DocumentReader.Input(file, file.toString()));
        if (!r.ok()) {
            System.err.println(r.error());
            return;
        }
        AnnotatedDocument doc = r.doc();
        if (Boolean.getBoolean("show.tokens")) {
            for (org.newsgraph.text.Sentence se : doc.sentences()) {
                StringBuilder sb = new StringBuilder("|");
                for (int i = 0; i < se.size(); i++) {
                    sb.append(' ').append(se.token(i).text()).append('/').append(se.token(i).pos());
                }
                System.out.println(sb);
            }
        }
        for (Mention m : doc.mentions()) {
            if (m.isName()) {
                NameSource src = doc.nameSource(m.span());
                String label = m.entity() >= 0 ? doc.entities().get(m.entity()).name() : "-";
                System.out.printf("%d-%d\t%s\t%s\t%s\t%s%n", m.span().begin(), m.span().end(), m.text(),
                        typeOf(m.type()), src == null ? "-" : src.rule(), label);
            }
        }
    }

    private void run(Path goldFile, Path texts) {
        JsonObject gold = JSON.read(goldFile.toString());
        Map<String, JsonObject> byFile = new TreeMap<>();
        List<DocumentReader.Input> inputs = new ArrayList<>();
        for (JsonValue d : gold.get("documents").getAsArray()) {
            String file = d.getAsObject().get("file").getAsString().value();
            byFile.put(file, d.getAsObject());
            inputs.add(new DocumentReader.Input(texts.resolve(file), file));
        }
        Map<String, AnnotatedDocument> docs = new TreeMap<>();
        Extraction.run(Pipeline.standard(), inputs, Extraction.defaultThreads(), r -> {
            if (r.ok()) {
                synchronized (docs) {
                    docs.put(r.input().id(), r.doc());
                }
            }
        });
        for (var e : byFile.entrySet()) {
            AnnotatedDocument doc = docs.get(e.getKey());
            if (doc != null) {
                document(e.getKey(), e.getValue(), doc);
            }
        }
    }

    private static String typeOf(EntityType t) {
        return t == EntityType.PLACE ? "Location" : t.label();
    }

    private static List<Pred> predictions(AnnotatedDocument doc) {
        List<Pred> out = new ArrayList<>();
        Map<Integer, List<Mention>> byEntity = new TreeMap<>();
        for (Mention m : doc.mentions()) {
            if (m.entity() >= 0) {
                byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>());
                if (m.isName()) {
                    byEntity.get(m.entity()).add(m);
                }
            }
        }
        for (Entity e : doc.entities()) {
            if (byEntity.containsKey(e.id())) {
                out.add(new Pred(typeOf(e.type()), e.name(), byEntity.get(e.id())));
            }
        }
        return out;
    }

    private void document(String file, JsonObject gd, AnnotatedDocument doc) {
        List<JsonObject> golds = new ArrayList<>();
        List<Set<String>> gnames = new ArrayList<>();
        for (JsonValue v : gd.get("entities").getAsArray()) {
            JsonObject g = v.getAsObject();
            if (SCORED.contains(g.get("type").getAsString().value())) {
                golds.add(g);
                Set<String> ns = new LinkedHashSet<>();
                for (JsonValue n : g.get("names").getAsArray()) {
                    ns.add(Scorer.normName(n.getAsString().value()));
                }
                gnames.add(ns);
            }
        }
        List<Pred> preds = predictions(doc);
        int[] goldOf = new int[preds.size()];
        int[] predOf = new int[golds.size()];
        java.util.Arrays.fill(goldOf, -1);
        java.util.Arrays.fill(predOf, -1);
        for (int pi = 0; pi < preds.size(); pi++) {
            for (int gi = 0; gi < golds.size(); gi++) {
                if (goldOf[pi] < 0 && predOf[gi] < 0 && type(golds.get(gi)).equals(preds.get(pi).type())
                        && gnames.get(gi).contains(preds.get(pi).norm())) {
                    goldOf[pi] = gi;
                    predOf[gi] = pi;
                }
            }
        }
        for (int gi = 0; gi < golds.size(); gi++) {
            if (predOf[gi] < 0) {
                String bucket = goldBucket(doc, golds.get(gi), gnames.get(gi), preds, goldOf);
                String type = type(golds.get(gi));
                count(goldBuckets, type + " " + bucket);
                String name = golds.get(gi).get("names").getAsArray().get(0).getAsString().value();
                if (!type.equals("Location")) {
                    count(shapes, type + " " + bucket.replaceAll(":.*", "") + " " + shape(name));
                }
                cases.add(file + "\tgold " + type + "\t" + bucket + "\t" + name);
            }
        }
        for (int pi = 0; pi < preds.size(); pi++) {
            if (goldOf[pi] < 0) {
                String bucket = predBucket(preds.get(pi), golds, gnames, predOf);
                count(predBuckets, preds.get(pi).type() + " " + bucket);
                cases.add(file + "\tpred " + preds.get(pi).type() + "\t" + bucket + "\t" + preds.get(pi).label()
                        + "\t" + preds.get(pi).mentions().stream().map(Mention::text).distinct().toList());
            }
        }
    }

    private static String type(JsonObject g) {
        return g.get("type").getAsString().value();
    }

    private String goldBucket(AnnotatedDocument doc, JsonObject g, Set<String> names, List<Pred> preds, int[] goldOf) {
        String type = type(g);
        for (int pi = 0; pi < preds.size(); pi++) {
            if (preds.get(pi).type().equals(type) && names.contains(preds.get(pi).norm()) && goldOf[pi] >= 0) {
                return "merged";
            }
        }
        for (Pred p : preds) {
            if (!p.type().equals(type) && names.contains(p.norm())) {
                return "wrong-type:" + p.type();
            }
        }
        for (Pred p : preds) {
            if (p.type().equals(type)) {
                for (Mention m : p.mentions()) {
                    if (names.contains(Scorer.normName(m.text()))) {
                        return "label";
                    }
                }
            }
        }
        String best = null;
        for (JsonValue n : g.get("names").getAsArray()) {
            String name = n.getAsString().value();
            for (int at = doc.text().indexOf(name); at >= 0; at = doc.text().indexOf(name, at + 1)) {
                Span s = new Span(at, at + name.length());
                for (Mention m : doc.mentions()) {
                    if (m.isName() && m.span().begin() < s.end() && s.begin() < m.span().end()) {
                        String kind = m.span().begin() >= s.begin() && m.span().end() <= s.end() ? "shorter"
                                : m.span().begin() <= s.begin() && m.span().end() >= s.end() ? "longer" : "crossing";
                        String typed = typeOf(m.type()).equals(type) ? "" : "/" + typeOf(m.type());
                        if (best == null || !typed.isEmpty() && best.contains("/")) {
                            best = "extent:" + kind + typed;
                        }
                    }
                }
            }
        }
        return best != null ? best : "missed";
    }

    private static String predBucket(Pred p, List<JsonObject> golds, List<Set<String>> gnames, int[] predOf) {
        String n = p.norm();
        for (int gi = 0; gi < golds.size(); gi++) {
            if (gnames.get(gi).contains(n) && type(golds.get(gi)).equals(p.type())) {
                return predOf[gi] >= 0 ? "split" : "unmatched";
            }
        }
        for (int gi = 0; gi < golds.size(); gi++) {
            if (gnames.get(gi).contains(n)) {
                return "wrong-type:" + type(golds.get(gi));
            }
        }
        String padded = " " + n + " ";
        for (Set<String> names : gnames) {
            for (String g : names) {
                if (!g.isEmpty() && !n.isEmpty() && ((" " + g + " ").contains(padded) || padded.contains(" " + g + " "))) {
                    return "extent";
                }
            }
        }
        return "not-in-gold";
    }

    /** A coarse shape of a name, for the multi-word misses: "X of Y", with an initial, all capitals, one word. */
    static String shape(String name) {
        String[] w = name.trim().split("\\s+");
        if (w.length == 1) {
            return name.equals(name.toUpperCase(Locale.ROOT)) ? "one-word-caps" : "one-word";
        }
        Set<String> lower = new HashSet<>();
        for (String x : w) {
            if (!x.isEmpty() && Character.isLowerCase(x.charAt(0))) {
                lower.add(x);
            }
        }
        if (lower.contains("of")) {
            return "x-of-y";
        }
        if (name.matches(".*\\b[A-Z]\\..*")) {
            return "initial";
        }
        if (!lower.isEmpty()) {
            return "lower-word";
        }
        return "multi-word";
    }

    private static void count(Map<String, Integer> m, String k) {
        m.merge(k, 1, Integer::sum);
    }

    private void print(PrintStream out, boolean list) {
        out.println("gold entities not matched, by type and cause:");
        goldBuckets.forEach((k, v) -> out.printf("  %-40s %5d%n", k, v));
        out.println("gold persons and organisations not matched, by cause and shape:");
        shapes.forEach((k, v) -> out.printf("  %-40s %5d%n", k, v));
        out.println("predicted entities not matched, by type and cause:");
        predBuckets.forEach((k, v) -> out.printf("  %-40s %5d%n", k, v));
        if (list) {
            cases.forEach(out::println);
        }
    }
}
