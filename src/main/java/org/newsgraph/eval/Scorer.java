package org.newsgraph.eval;

import static org.newsgraph.eval.PyJson.get;
import static org.newsgraph.eval.PyJson.has;
import static org.newsgraph.eval.PyJson.isNone;
import static org.newsgraph.eval.PyJson.list;
import static org.newsgraph.eval.PyJson.str;
import static org.newsgraph.eval.PyJson.truthy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.NewsGraphException;

/**
 * The reference scorer, {@code ../shared/eval/score.py}, in Java: the same matching (greedy, best
 * first, ties in the order the pairs are generated), the same name normalisation, the same figures
 * to the last digit. Gold and predictions are both in the gold format of
 * {@code ../shared/eval/README.md}.
 */
public final class Scorer {

    private static final Set<String> TITLES_AND_THE =
            Set.of("dr", "mr", "mrs", "ms", "prof", "sir", "president", "gen", "sen", "rep", "the");
    private static final Set<String> PERSON_ORG = Set.of("Person", "Organization");
    private static final Set<String> LOCATION = Set.of("Location");
    private static final Pattern NEWLINES = Pattern.compile("\r\n?");

    private Scorer() {
    }

    /**
     * Reads a gold (or predictions) file: a JSON object whose {@code documents} is a list of objects
     * each naming its {@code file}. Anything else is a {@link NewsGraphException} naming the file.
     */
    public static JsonObject read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NewsGraphException(file + ": no such file");
        }
        JsonValue v;
        try (InputStream in = Files.newInputStream(file)) {
            v = JSON.parseAny(in);
        } catch (IOException e) {
            throw new NewsGraphException(file + ": cannot read: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new NewsGraphException(file + ": not JSON: " + oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new NewsGraphException(file + ": not JSON: " + oneLine(String.valueOf(e.getMessage())), e);
        }
        if (!v.isObject() || !has(v, "documents") || !get(v, "documents").isArray()) {
            throw new NewsGraphException(file + ": not a gold file: expected {\"documents\": [...]}");
        }
        int i = 0;
        for (JsonValue d : get(v, "documents").getAsArray()) {
            if (!d.isObject() || get(d, "file") == null || !get(d, "file").isString()) {
                throw new NewsGraphException(file + ": not a gold file: document " + i + " has no \"file\" name");
            }
            i++;
        }
        return v.getAsObject();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /**
     * Scores predictions against gold, reading each gold document's text from {@code textDir}
     * (spans and texts are checked against it), exactly as {@code score.py GOLD PRED TEXT_DIR}.
     */
    public static Scores score(JsonObject gold, JsonObject pred, Path textDir) {
        Map<JsonKey, JsonValue> predDocs = new HashMap<>();
        for (JsonValue d : list(pred, "documents")) {
            predDocs.put(new JsonKey(get(d, "file")), d);
        }
        Map<String, Tally> t = new LinkedHashMap<>();
        for (String k : Scores.FIGURES) {
            t.put(k, new Tally());
        }
        int srcOk = 0;
        int cueN = 0;
        int cueGood = 0;
        int quoteGood = 0;
        int matched = 0;
        for (JsonValue gd : list(gold, "documents")) {
            String file = str(get(gd, "file"), "a gold document's \"file\"");
            JsonValue pd = predDocs.getOrDefault(new JsonKey(get(gd, "file")), new JsonObject());
            Text text = Text.read(textDir.resolve(file));
            // entities
            if (has(gd, "entities")) {
                entities(t.get("entities"), gd, pd, PERSON_ORG, file);
                entities(t.get("locations"), gd, pd, LOCATION, file);
            }
            // mentions
            if (has(gd, "mentions")) {
                List<JsonValue> gm = list(gd, "mentions");
                List<JsonValue> pm = list(pd, "mentions");
                List<int[]> pairs = greedy(pm.size(), gm.size(), (pi, gi) ->
                        PyJson.pyEquals(get(pm.get(pi), "span"), get(gm.get(gi), "span"))
                                && PyJson.pyEquals(get(pm.get(pi), "type"), get(gm.get(gi), "type")) ? 1.0 : 0.0, 1.0);
                t.get("mentions").add(pairs, pm.size(), gm);
            }
            // roles
            if (has(gd, "roles")) {
                List<JsonValue> gr = list(gd, "roles");
                List<JsonValue> pr = list(pd, "roles");
                List<JsonValue> ents = list(gd, "entities");
                Map<String, Set<String>> namesCache = new HashMap<>();
                List<int[]> pairs = greedy(pr.size(), gr.size(),
                        (pi, gi) -> roleScore(pr.get(pi), gr.get(gi), ents, namesCache, file), 1.0);
                t.get("roles").add(pairs, pr.size(), gr);
            }
            // claims
            if (has(gd, "claims")) {
                List<JsonValue> gc = list(gd, "claims");
                List<JsonValue> pc = list(pd, "claims");
                List<Set<Integer>> gsets = new ArrayList<>();
                for (JsonValue g : gc) {
                    gsets.add(text.charSet(contentSpans(g, text, file)));
                }
                List<Set<Integer>> psets = new ArrayList<>();
                for (JsonValue p : pc) {
                    psets.add(text.charSet(contentSpans(p, text, file)));
                }
                List<int[]> pairs = greedy(pc.size(), gc.size(), (pi, gi) -> jaccard(psets.get(pi), gsets.get(gi)), 0.5);
                t.get("claim_content").add(pairs, pc.size(), gc);
                List<int[]> good = new ArrayList<>();
                for (int[] pg : pairs) {
                    JsonValue g = gc.get(pg[1]);
                    JsonValue p = pc.get(pg[0]);
                    boolean ok = sourceOk(gd, g, p, file);
                    if (!truthy(get(g, "optional"))) {
                        matched++;
                        srcOk += ok ? 1 : 0;
                        quoteGood += truthy(get(p, "quote")) == truthy(get(g, "quote")) ? 1 : 0;
                        if (truthy(get(g, "cue")) || truthy(get(get(g, "spans"), "cue"))) {
                            cueN++;
                            cueGood += cueOk(g, p, file) ? 1 : 0;
                        }
                    }
                    if (ok) {
                        good.add(pg);
                    }
                }
                // joint: a claim whose source is wrong counts as neither found nor right
                t.get("claims").add(good, pc.size(), gc);
            }
        }
        Map<String, Scores.Figure> figures = new LinkedHashMap<>();
        t.forEach((k, v) -> {
            if (v.nG != 0 || v.nP != 0) {
                figures.put(k, v.result());
            }
        });
        Map<String, Double> acc = new LinkedHashMap<>();
        acc.put("source_accuracy", matched != 0 ? Scores.round4((double) srcOk / matched) : 0.0);
        acc.put("cue_accuracy", cueN != 0 ? Scores.round4((double) cueGood / cueN) : 0.0);
        acc.put("quote_accuracy", matched != 0 ? Scores.round4((double) quoteGood / matched) : 0.0);
        return new Scores(figures, acc);
    }

    /** score.py's {@code norm_name}: NFKC, lower case, no possessive, no punctuation, no leading titles or "the". */
    public static String normName(String s) {
        s = PyText.lower(PyText.nfkc(s)).replace('\u2019', '\'');
        s = PyText.strip(s);
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (PyText.isWord(cp) || PyText.isSpace(cp) || cp == '-') {
                sb.appendCodePoint(cp);
            } else {
                sb.append(' ');
            }
        });
        List<String> words = PyText.split(sb.toString());
        int i = 0;
        while (i < words.size() && TITLES_AND_THE.contains(words.get(i))) {
            i++;
        }
        return String.join(" ", words.subList(i, words.size()));
    }

    static String singular(String w) {
        w = PyText.lower(w);
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static void entities(Tally tally, JsonValue gd, JsonValue pd, Set<String> types, String file) {
        List<JsonValue> ge = ofTypes(list(gd, "entities"), types);
        List<JsonValue> pe = ofTypes(list(pd, "entities"), types);
        List<Set<String>> gnames = new ArrayList<>();
        for (JsonValue e : ge) {
            gnames.add(normNames(e, file));
        }
        List<Set<String>> pnames = new ArrayList<>();
        for (JsonValue e : pe) {
            pnames.add(normNames(e, file));
        }
        List<int[]> pairs = greedy(pe.size(), ge.size(), (pi, gi) ->
                PyJson.pyEquals(get(pe.get(pi), "type"), get(ge.get(gi), "type"))
                        && !Collections.disjoint(pnames.get(pi), gnames.get(gi)) ? 1.0 : 0.0, 1.0);
        tally.add(pairs, pe.size(), ge);
    }

    private static List<JsonValue> ofTypes(List<JsonValue> entities, Set<String> types) {
        List<JsonValue> out = new ArrayList<>();
        for (JsonValue e : entities) {
            JsonValue ty = get(e, "type");
            if (ty != null && ty.isString() && types.contains(ty.getAsString().value())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Set<String> normNames(JsonValue e, String file) {
        Set<String> out = new HashSet<>();
        for (JsonValue n : list(e, "names")) {
            out.add(normName(nonNull(str(n, file + ": an entity name"), file + ": an entity name")));
        }
        return out;
    }

    private static String nonNull(String s, String what) {
        if (s == null) {
            throw new NewsGraphException(what + " is null");
        }
        return s;
    }

    /** score.py's {@code names_of}: all normalised names of the entity that has {@code name} among its names. */
    private static Set<String> namesOf(List<JsonValue> entities, String name, Map<String, Set<String>> cache, String file) {
        String n = normName(name);
        Set<String> cached = cache.get(n);
        if (cached != null) {
            return cached;
        }
        Set<String> found = null;
        for (JsonValue e : entities) {
            Set<String> ns = normNames(e, file);
            if (ns.contains(n)) {
                found = ns;
                break;
            }
        }
        if (found == null) {
            found = Set.of(n);
        }
        cache.put(n, found);
        return found;
    }

    private static double roleScore(JsonValue p, JsonValue g, List<JsonValue> ents, Map<String, Set<String>> cache, String file) {
        String what = file + ": a role's ";
        JsonValue pp = get(p, "person");
        String person = truthy(pp) ? str(pp, what + "person") : "";
        String gperson = nonNull(str(get(g, "person"), what + "person"), what + "person");
        if (!namesOf(ents, gperson, cache, file).contains(normName(person))) {
            return 0.0;
        }
        JsonValue go = get(g, "organization");
        JsonValue po = get(p, "organization");
        if (isNone(go) != isNone(po)) {
            return 0.0;
        }
        if (!isNone(go) && !namesOf(ents, str(go, what + "organization"), cache, file)
                .contains(normName(str(po, what + "organization")))) {
            return 0.0;
        }
        JsonValue gRole = get(g, "role");
        JsonValue pRole = get(p, "role");
        if (truthy(gRole) && !truthy(pRole)) {
            return 0.0;
        }
        if (truthy(gRole) && !singular(lastWord(str(gRole, what + "role"), file))
                .equals(singular(lastWord(str(pRole, what + "role"), file)))) {
            return 0.0;
        }
        return 1.0;
    }

    private static String lastWord(String s, String file) {
        List<String> words = PyText.split(s);
        if (words.isEmpty()) {
            throw new NewsGraphException(file + ": a role is only white space: \"" + s + "\"");
        }
        return words.get(words.size() - 1);
    }

    /** {@code c.get("spans", {}).get("content") or ([c["span"]] if "span" in c else locate(text, c["text"]))}. */
    private static long[][] contentSpans(JsonValue c, Text text, String file) {
        JsonValue content = get(get(c, "spans"), "content");
        if (truthy(content)) {
            return PyJson.spans(content, file + ": a claim's content spans");
        }
        if (has(c, "span")) {
            return new long[][] {PyJson.span(get(c, "span"), file + ": a claim's span")};
        }
        String needle = str(get(c, "text"), file + ": a claim's text");
        if (needle == null) {
            throw new NewsGraphException(file + ": a claim has no content spans, span or text");
        }
        return text.locate(needle, file);
    }

    private static double jaccard(Set<Integer> a, Set<Integer> b) {
        int inter = 0;
        Set<Integer> small = a.size() <= b.size() ? a : b;
        Set<Integer> big = small == a ? b : a;
        for (Integer i : small) {
            if (big.contains(i)) {
                inter++;
            }
        }
        int union = a.size() + b.size() - inter;
        return union != 0 ? (double) inter / union : 0.0;
    }

    private static boolean overlaps(long[][] a, long[][] b) {
        for (long[] x : a) {
            for (long[] y : b) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long[][] spansOr(JsonValue c, String kind, String file) {
        JsonValue v = get(get(c, "spans"), kind);
        return truthy(v) ? PyJson.spans(v, file + ": a claim's " + kind + " spans") : new long[0][];
    }

    private static boolean sourceOk(JsonValue gd, JsonValue g, JsonValue p, String file) {
        JsonValue gs = get(g, "source");
        JsonValue ps = get(p, "source");
        long[][] gSp = spansOr(g, "source", file);
        long[][] pSp = spansOr(p, "source", file);
        if (gSp.length > 0 && pSp.length > 0 && overlaps(gSp, pSp)) {
            return true;
        }
        if (isNone(gs)) {
            return isNone(ps);
        }
        if (isNone(ps)) {
            return false;
        }
        if (gs.isObject() && has(gs, "anonymous")) {
            if (ps.isObject() && has(ps, "anonymous")) {
                Set<String> gw = words(str(get(gs, "anonymous"), file + ": an unnamed source"));
                Set<String> pw = words(str(get(ps, "anonymous"), file + ": an unnamed source"));
                return !Collections.disjoint(gw, pw);
            }
            return false;
        }
        if (gs.isObject()) { // {"mention": ...}: only the span decides
            return false;
        }
        String label;
        if (ps.isString()) {
            label = ps.getAsString().value();
        } else if (ps.isObject()) {
            JsonValue name = get(ps, "name");
            label = name == null ? "" : nonNull(str(name, file + ": a source's name"), file + ": a source's name");
        } else {
            throw new NewsGraphException(file + ": a claim's source should be a name or an object, not " + PyJson.brief(ps));
        }
        String gname = str(gs, file + ": a claim's source");
        return namesOf(list(gd, "entities"), gname, new HashMap<>(), file).contains(normName(label));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : PyText.split(normName(nonNull(s, "an unnamed source")))) {
            out.add(singular(w));
        }
        return out;
    }

    private static boolean cueOk(JsonValue g, JsonValue p, String file) {
        long[][] gSp = spansOr(g, "cue", file);
        long[][] pSp = spansOr(p, "cue", file);
        if (gSp.length > 0 && pSp.length > 0) {
            return overlaps(gSp, pSp);
        }
        String gc = cueText(g, file);
        String pc = cueText(p, file);
        return !gc.isEmpty() && !pc.isEmpty() && (pc.contains(gc) || gc.contains(pc));
    }

    private static String cueText(JsonValue c, String file) {
        JsonValue v = get(c, "cue");
        return truthy(v) ? PyText.strip(PyText.lower(str(v, file + ": a claim's cue"))) : "";
    }

    /** Scores one (predicted, gold) pair; 0 for no match. */
    @FunctionalInterface
    interface PairScore {
        double score(int pi, int gi);
    }

    /**
     * One-to-one matches, best first: every (pred, gold) pair in generation order, sorted by score
     * descending (stable, as Python's sort is), taken while the score reaches the threshold.
     */
    static List<int[]> greedy(int nPred, int nGold, PairScore score, double threshold) {
        List<Cand> cands = new ArrayList<>(nPred * nGold);
        for (int pi = 0; pi < nPred; pi++) {
            for (int gi = 0; gi < nGold; gi++) {
                cands.add(new Cand(score.score(pi, gi), pi, gi));
            }
        }
        // primitive comparisons: Double.compare would order -0.0 before 0.0, Python does not
        cands.sort((a, b) -> a.score > b.score ? -1 : a.score < b.score ? 1 : 0);
        boolean[] usedP = new boolean[nPred];
        boolean[] usedG = new boolean[nGold];
        List<int[]> pairs = new ArrayList<>();
        for (Cand c : cands) {
            if (c.score < threshold) {
                break;
            }
            if (!usedP[c.pi] && !usedG[c.gi]) {
                usedP[c.pi] = true;
                usedG[c.gi] = true;
                pairs.add(new int[] {c.pi, c.gi});
            }
        }
        return pairs;
    }

    private record Cand(double score, int pi, int gi) { }

    /** Counts for one figure: predicted items that matched, all predicted, gold found, all gold. */
    static final class Tally {
        int tpP;
        int nP;
        int tpG;
        int nG;

        /** Items matched to an optional gold item drop out. */
        void add(List<int[]> pairs, int nPreds, List<JsonValue> golds) {
            Set<Integer> opt = new HashSet<>();
            for (int[] pg : pairs) {
                if (truthy(get(golds.get(pg[1]), "optional"))) {
                    opt.add(pg[0]);
                }
            }
            nP += nPreds - opt.size();
            for (int[] pg : pairs) {
                if (!opt.contains(pg[0])) {
                    tpP++;
                }
                if (!truthy(get(golds.get(pg[1]), "optional"))) {
                    tpG++;
                }
            }
            for (JsonValue g : golds) {
                if (!truthy(get(g, "optional"))) {
                    nG++;
                }
            }
        }

        Scores.Figure result() {
            double p = nP != 0 ? (double) tpP / nP : 0.0;
            double r = nG != 0 ? (double) tpG / nG : 0.0;
            double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            return new Scores.Figure(Scores.round4(p), Scores.round4(r), Scores.round4(f), nP, nG);
        }
    }

    /** A JSON value as a map key with Python's equality (for {@code pred_docs[file]}). */
    private record JsonKey(JsonValue v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof JsonKey k && PyJson.pyEquals(v, k.v);
        }

        @Override
        public int hashCode() {
            return isNone(v) ? 0 : v.isString() ? v.getAsString().value().hashCode() : 1;
        }
    }

    /** A document's text as score.py reads it: UTF-8, universal newlines, indexed by code point. */
    static final class Text {
        private final String string;
        private final int[] cps;

        private Text(String s) {
            this.string = s;
            this.cps = s.codePoints().toArray();
        }

        static Text of(String s) {
            return new Text(NEWLINES.matcher(s).replaceAll("\n"));
        }

        static Text read(Path file) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new NewsGraphException(file + ": cannot read the text of a gold document: " + e.getMessage(), e);
            }
            try {
                return of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                throw new NewsGraphException(file + ": not UTF-8 text", e);
            }
        }

        /** score.py's {@code char_set}: the offsets inside the spans whose character is a letter or digit. */
        Set<Integer> charSet(long[][] spans) {
            Set<Integer> out = new HashSet<>();
            for (long[] s : spans) {
                long end = Math.min(s[1], cps.length);
                for (long i = s[0]; i < end; i++) {
                    // Python indexes from the end for negative offsets
                    long at = i < 0 ? i + cps.length : i;
                    if (at < 0) {
                        throw new NewsGraphException("span [" + s[0] + ", " + s[1] + "] is out of the text");
                    }
                    if (PyText.isAlnum(cps[(int) at])) {
                        out.add((int) i);
                    }
                }
            }
            return out;
        }

        /** score.py's {@code locate}: the first occurrence of {@code needle}, in code points. */
        long[][] locate(String needle, String file) {
            int i = string.indexOf(needle);
            if (i < 0) {
                String shown = needle.codePointCount(0, needle.length()) > 60
                        ? needle.substring(0, needle.offsetByCodePoints(0, 60)) : needle;
                throw new NewsGraphException("text not found in " + file + ": \"" + shown + "\"");
            }
            int b = string.codePointCount(0, i);
            return new long[][] {{b, b + needle.codePointCount(0, needle.length())}};
        }
    }
}
