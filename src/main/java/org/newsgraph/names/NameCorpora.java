package org.newsgraph.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.newsgraph.NewsGraphException;

/**
 * The open training sets of {@code ../shared/data} and how each one's tags are read as PER, ORG and
 * LOC (everything else is no name):
 * <ul>
 * <li><b>Universal NER</b> English-EWT train and English-PUD ({@code *.iob2}: index, token, IOB2 tag; {@code #
 * newdoc} between documents): PER, ORG, LOC as they are; OTH and stray tags are no name.
 * <li><b>WikiGold</b> ({@code wikigold.conll.txt}: token and IOB1 tag a line, {@code -DOCSTART-} between articles):
 * I-PER, I-ORG, I-LOC (B- only where two names touch); I-MISC is no name.
 * <li><b>Broad Twitter Corpus</b> ({@code btc/*.conll}: token TAB IOB2 tag, one tweet a block and a document):
 * B-/I- PER, ORG, LOC; a lone "@" tagged PER (the handle's sign) is left out of the name.
 * <li><b>re3d</b> ({@code re3d/conll/<source>/*.conll}: token TAB IOB2 tag, one file a document): Person, Organisation,
 * Location become PER, ORG, LOC; Nationality, Temporal, Weapon, MilitaryPlatform, Quantity, Money, DocumentReference
 * are no name. re3d's spans take in articles, titles and common nouns ("the Kurdish YPG", "Defense Secretary Ash
 * Carter", "U.S. forces"); as news sets mark names, leading words in lower case, titles and nationality words and
 * trailing words in lower case or punctuation are cut off, and what is left must start with a capital.
 * </ul>
 */
public final class NameCorpora {

    private NameCorpora() {
    }

    /** One sentence: its tokens and its names (token spans typed PER, ORG or LOC). */
    public record Sent(String[] words, Span[] names) {
    }

    /** One document: its sentences in order, and the set it comes from. */
    public record Doc(String set, List<Sent> sentences) {
    }

    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    /** Every set found under {@code dataDir} (missing ones are skipped), as documents. */
    public static List<Doc> all(Path dataDir) {
        List<Doc> out = new ArrayList<>();
        Path ewt = dataDir.resolve("uner-en-ewt/en_ewt-ud-train.iob2");
        if (Files.isRegularFile(ewt)) {
            out.addAll(iob2(ewt, "uner-ewt"));
        }
        Path pud = dataDir.resolve("uner-en-pud/en_pud-ud-test.iob2");
        if (Files.isRegularFile(pud)) {
            out.addAll(iob2(pud, "uner-pud"));
        }
        Path wg = dataDir.resolve("wikigold/wikigold.conll.txt");
        if (Files.isRegularFile(wg)) {
            out.addAll(wikigold(wg));
        }
        for (Path p : files(dataDir.resolve("btc"), ".conll")) {
            out.addAll(btc(p));
        }
        for (Path p : files(dataDir.resolve("re3d/conll"), ".conll")) {
            out.add(re3d(p));
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new NewsGraphException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException("Cannot read the training file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Universal NER IOB2 (token in column 2, tag in column 3). */
    public static List<Doc> iob2(Path file, String set) {
        List<Doc> docs = new ArrayList<>();
        List<Sent> cur = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines(file)) {
            lineNo++;
            String line = raw.strip();
            if (line.startsWith("#")) {
                if (line.startsWith("# newdoc") && !cur.isEmpty()) {
                    docs.add(new Doc(set, cur));
                    cur = new ArrayList<>();
                }
                continue;
            }
            if (line.isEmpty()) {
                flush(words, tags, cur, false);
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new NewsGraphException("IOB2 line " + lineNo + " of " + file + " has fewer than 3 columns: " + raw);
            }
            words.add(cols[1]);
            tags.add(cols[2]);
        }
        flush(words, tags, cur, false);
        if (!cur.isEmpty()) {
            docs.add(new Doc(set, cur));
        }
        return docs;
    }

    /** WikiGold: "token TAG" lines, IOB1, {@code -DOCSTART-} between articles. */
    public static List<Doc> wikigold(Path file) {
        List<Doc> docs = new ArrayList<>();
        List<Sent> cur = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        for (String raw : lines(file)) {
            String line = raw.strip();
            if (line.startsWith("-DOCSTART-")) {
                flush(words, tags, cur, true);
                if (!cur.isEmpty()) {
                    docs.add(new Doc("wikigold", cur));
                    cur = new ArrayList<>();
                }
                continue;
            }
            if (line.isEmpty()) {
                flush(words, tags, cur, true);
                continue;
            }
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                continue;
            }
            words.add(line.substring(0, sp));
            tags.add(line.substring(sp + 1));
        }
        flush(words, tags, cur, true);
        if (!cur.isEmpty()) {
            docs.add(new Doc("wikigold", cur));
        }
        return docs;
    }

    /** Broad Twitter Corpus: token TAB tag, one tweet a block; each tweet is its own document. */
    public static List<Doc> btc(Path file) {
        List<Doc> docs = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        String set = "btc-" + file.getFileName().toString().replace(".conll", "");
        List<String> all = new ArrayList<>(lines(file));
        all.add("");
        for (String raw : all) {
            String line = raw.strip();
            if (line.isEmpty()) {
                List<Sent> one = new ArrayList<>();
                // "@" tagged as part of a handle: the sign is no part of the name
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).equals("@")) {
                        tags.set(i, "O");
                        if (i + 1 < tags.size() && tags.get(i + 1).startsWith("I-")) {
                            tags.set(i + 1, "B-" + tags.get(i + 1).substring(2));
                        }
                    }
                }
                flush(words, tags, one, false);
                if (!one.isEmpty()) {
                    docs.add(new Doc(set, one));
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            words.add(cols[0]);
            tags.add(cols[1]);
        }
        return docs;
    }

    /** re3d: token TAB tag, one file a document; tags mapped and spans trimmed as the class comment says. */
    public static Doc re3d(Path file) {
        List<Sent> sents = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        List<String> all = new ArrayList<>(lines(file));
        all.add("");
        for (String raw : all) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!words.isEmpty()) {
                    for (int i = 0; i < tags.size(); i++) {
                        tags.set(i, re3dTag(tags.get(i)));
                    }
                    List<Sent> one = new ArrayList<>();
                    flush(words, tags, one, false);
                    for (Sent s : one) {
                        sents.add(trimmed(s));
                    }
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            words.add(cols[0]);
            tags.add(cols[1]);
        }
        return new Doc("re3d-" + file.getParent().getFileName(), sents);
    }

    private static String re3dTag(String t) {
        if (t.length() < 3) {
            return "O";
        }
        String type = switch (t.substring(2)) {
            case "Person" -> "PER";
            case "Organisation" -> "ORG";
            case "Location" -> "LOC";
            default -> null;
        };
        return type == null ? "O" : t.substring(0, 2) + type;
    }

    /** re3d spans cut to the name: no leading lower-case, title or nationality words, no trailing lower case. */
    private static Sent trimmed(Sent s) {
        Gazetteers g = Gazetteers.get();
        List<Span> out = new ArrayList<>();
        String[] w = s.words();
        for (Span n : s.names()) {
            int b = n.getStart(), e = n.getEnd();
            while (b < e && (!NameModelFeatures.capitalised(w[b]) || g.isTitle(w[b]) || g.isDemonym(w[b]) && b + 1 < e)) {
                b++;
            }
            while (e > b && (!NameModelFeatures.capitalised(w[e - 1]) && !Character.isDigit(w[e - 1].codePointAt(0))
                    || g.isTitle(w[e - 1]))) {
                e--;
            }
            if (e > b) {
                out.add(new Span(b, e, n.getType()));
            }
        }
        return new Sent(w, out.toArray(new Span[0]));
    }

    /** Turns the collected tokens and tags into a sentence (IOB1 when {@code iob1}: I- opens a name too). */
    private static void flush(List<String> words, List<String> tags, List<Sent> out, boolean iob1) {
        if (words.isEmpty()) {
            return;
        }
        String[] w = words.toArray(new String[0]);
        List<Span> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= w.length; i++) {
            String t = i < w.length ? tags.get(i) : "O";
            String ty = t.length() > 2 && (t.startsWith("B-") || t.startsWith("I-")) ? t.substring(2).toUpperCase(Locale.ROOT) : null;
            if (ty != null && !TYPES.contains(ty)) {
                ty = null;
            }
            boolean continues = ty != null && t.startsWith("I-") && ty.equals(type);
            if (start >= 0 && !continues) {
                names.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (ty != null && !continues && (iob1 || t.startsWith("B-") || t.startsWith("I-"))) {
                start = i;
                type = ty;
            }
        }
        out.add(new Sent(w, names.toArray(new Span[0])));
        words.clear();
        tags.clear();
    }
}
