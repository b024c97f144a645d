package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsGraphException;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.Lexicons;

/**
 * The words that mark attributions, read from the resource files of this package (see their
 * SOURCES.md): cue verbs with their inflections, cue nouns, phrases such as "according to",
 * the head nouns of unnamed sources, source pronouns and the words skipped between a source and
 * its cue. Immutable and shared by all threads.
 */
public final class CueLexicon {

    /** How a cue verb behaves. */
    public enum VerbClass { SAY, ACT, THINK }

    /** What a cue verb takes: any complement, only a that-clause, or an addressee first ("told reporters …"). */
    public enum Frame { ANY, THAT, OBJ, AGENT }

    /** One verbal cue as token forms (lower case): "said", or "took the view". */
    public record VerbCue(List<String> words, VerbClass cls, Frame frame) {

        /** Only with a that-clause or a quote. */
        public boolean needsThat() {
            return frame == Frame.THAT;
        }
    }

    private static final String BASE = "/org/newsgraph/claims/";

    private static final CueLexicon DEFAULT = load(Lexicon.standard());

    /** First word of a verbal cue → the cues starting with it, longest first. */
    private final Map<String, List<VerbCue>> verbs;
    private final Set<String> nouns;
    private final Map<String, List<List<String>>> sourceAfter;
    private final Set<String> sourceNouns;
    private final Set<String> evidenceNouns;
    private final Map<String, Character> pronouns;
    private final Set<String> skip;
    private final Set<String> time;
    private final Set<String> leadSubordinators;
    private final Set<String> settingNouns;
    private final Map<String, Set<String>> functionWords;
    private final Map<String, Double> ruleConfidence;

    private CueLexicon(Map<String, List<VerbCue>> verbs, Set<String> nouns, Map<String, List<List<String>>> sourceAfter,
                       Set<String> sourceNouns, Set<String> evidenceNouns, Map<String, Character> pronouns,
                       Set<String> skip, Set<String> time, Set<String> leadSubordinators,
                       Set<String> settingNouns, Map<String, Set<String>> functionWords,
                       Map<String, Double> ruleConfidence) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.sourceAfter = sourceAfter;
        this.sourceNouns = sourceNouns;
        this.evidenceNouns = evidenceNouns;
        this.pronouns = pronouns;
        this.skip = skip;
        this.time = time;
        this.leadSubordinators = leadSubordinators;
        this.settingNouns = settingNouns;
        this.functionWords = functionWords;
        this.ruleConfidence = ruleConfidence;
    }


    /** The lexicon shipped with newsgraph. */
    public static CueLexicon standard() {
        return DEFAULT;
    }

    /** The cue lists of this package over the shared closed-class words of {@code shared}. */
    public static CueLexicon of(Lexicon shared) {
        return shared == Lexicon.standard() ? DEFAULT : load(shared);
    }

    /** Verbal cues whose first word is {@code lower}, longest first (empty if none). */
    public List<VerbCue> verbsStartingWith(String lower) {
        return verbs.getOrDefault(lower, List.of());
    }

    public boolean isCueNoun(String lower) {
        return nouns.contains(lower);
    }

    /** Phrases after which the source follows ("according to"), by first word, longest first. */
    public List<List<String>> sourceAfterPhrases(String lower) {
        return sourceAfter.getOrDefault(lower, List.of());
    }

    /** Whether a head noun can stand for a source ("officials", "strategist"). */
    public boolean isSourceNoun(String lower) {
        if (sourceNouns.contains(lower)) {
            return true;
        }
        String w = lower.endsWith("s") && lower.length() > 4 ? lower.substring(0, lower.length() - 1) : lower;
        if (sourceNouns.contains(w)) {
            return true;
        }
        // agent nouns: strategist, researcher, historian, consultant
        return w.length() > 5 && (w.endsWith("ist") || w.endsWith("ian") || w.endsWith("ant") || w.endsWith("er"))
                || w.length() > 6 && (w.endsWith("or") || w.endsWith("man") || w.endsWith("woman"));
    }

    /** Whether a head noun is a document or measurement that can speak for itself ("the poll", "a study"). */
    public boolean isEvidenceNoun(String lower) {
        return evidenceNouns.contains(lower);
    }

    /** The gender code of a source pronoun (M, F, N, P), or 0 when {@code lower} is none. */
    public char pronoun(String lower) {
        Character c = pronouns.get(lower);
        return c == null ? 0 : c;
    }

    public boolean isSkipWord(String lower) {
        return skip.contains(lower);
    }

    /** Words that head a time phrase ("this weekend", "on Friday"). */
    public boolean isTimeWord(String lower) {
        return time.contains(lower);
    }

    /**
     * Whether a sentence opening with {@code lower} starts with a subordinate clause ("While …,",
     * "Although …,"): an attribution inside it ends at the comma where the main clause begins.
     */
    public boolean isLeadSubordinator(String lower) {
        return leadSubordinators.contains(lower);
    }

    /** Whether a head noun names the occasion or medium of an act ("statement", "rally", "tweets"). */
    public boolean isSettingNoun(String lower) {
        return settingNouns.contains(lower);
    }

    /**
     * A group of closed-class words of the shared lexicon's closed-class.tsv ("be", "possessive", "pp-head", …).
     *
     * @throws NewsGraphException when the file has no such group
     */
    public Set<String> words(String group) {
        Set<String> w = functionWords.get(group);
        if (w == null) {
            throw new NewsGraphException("closed-class.tsv: no group '" + group + "'");
        }
        return w;
    }

    /**
     * How often the claims of a rule ("reported-speech/inverted") were right on PolNeAR train
     * (rule-confidence.tsv); a rule the table lacks gets its sieve's figure, else 0.5; NaN for null.
     */
    public double ruleConfidence(String rule) {
        if (rule == null) {
            return Double.NaN;
        }
        Double c = ruleConfidence.get(rule);
        if (c == null && rule.indexOf('/') > 0) {
            c = ruleConfidence.get(rule.substring(0, rule.indexOf('/')));
        }
        return c == null ? 0.5 : c;
    }

    private static CueLexicon load(Lexicon shared) {
        Map<String, List<VerbCue>> verbs = new HashMap<>();
        for (String[] row : rows("cue-verbs.tsv", 3)) {
            String[] words = row[0].toLowerCase(Locale.ROOT).split(" ");
            VerbClass cls = switch (row[1]) {
                case "say" -> VerbClass.SAY;
                case "act" -> VerbClass.ACT;
                case "think" -> VerbClass.THINK;
                default -> throw new NewsGraphException(BASE + "cue-verbs.tsv: unknown class '" + row[1] + "' for " + row[0]);
            };
            Frame frame = switch (row[2]) {
                case "any" -> Frame.ANY;
                case "that" -> Frame.THAT;
                case "obj" -> Frame.OBJ;
                case "agent" -> Frame.AGENT;
                default -> throw new NewsGraphException(BASE + "cue-verbs.tsv: unknown frame '" + row[2] + "' for " + row[0]);
            };
            Set<String> forms = new HashSet<>(inflect(words[0]));
            if (row.length > 3) {
                for (String f : row[3].split(",")) {
                    if (!f.isBlank()) {
                        forms.add(f.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (String f : forms) {
                List<String> w = new ArrayList<>(List.of(words));
                w.set(0, f);
                verbs.computeIfAbsent(f, k -> new ArrayList<>())
                        .add(new VerbCue(List.copyOf(w), cls, frame));
            }
        }
        verbs.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        Set<String> nouns = new HashSet<>();
        for (String[] row : rows("cue-nouns.txt", 1)) {
            nouns.add(row[0].toLowerCase(Locale.ROOT));
            nouns.add(plural(row[0].toLowerCase(Locale.ROOT)));
        }
        Map<String, List<List<String>>> after = new HashMap<>();
        for (String[] row : rows("cue-phrases.tsv", 2)) {
            if (!row[1].equals("source-after")) {
                throw new NewsGraphException(BASE + "cue-phrases.tsv: unknown kind '" + row[1] + "' for " + row[0]);
            }
            List<String> words = List.of(row[0].toLowerCase(Locale.ROOT).split(" "));
            after.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
        }
        after.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
        Set<String> sourceNouns = new HashSet<>();
        for (String[] row : rows("source-nouns.txt", 1)) {
            sourceNouns.add(row[0].toLowerCase(Locale.ROOT));
            sourceNouns.add(plural(row[0].toLowerCase(Locale.ROOT)));
        }
        Set<String> evidenceNouns = new HashSet<>();
        for (String[] row : rows("evidence-nouns.txt", 1)) {
            evidenceNouns.add(row[0].toLowerCase(Locale.ROOT));
            evidenceNouns.add(plural(row[0].toLowerCase(Locale.ROOT)));
        }
        Map<String, Character> pronouns = new HashMap<>();
        for (String[] row : rows("pronouns.tsv", 2)) {
            pronouns.put(row[0].toLowerCase(Locale.ROOT), row[1].charAt(0));
        }
        Set<String> skip = new HashSet<>();
        for (String[] row : rows("skip-words.txt", 1)) {
            skip.add(row[0].toLowerCase(Locale.ROOT));
        }
        Set<String> time = new HashSet<>();
        for (String[] row : rows("time-words.txt", 1)) {
            time.add(row[0].toLowerCase(Locale.ROOT));
        }
        Set<String> lead = new HashSet<>();
        for (String[] row : rows("lead-subordinators.txt", 1)) {
            lead.add(row[0].toLowerCase(Locale.ROOT));
        }
        Set<String> setting = new HashSet<>();
        for (String[] row : rows("setting-nouns.txt", 1)) {
            String w = row[0].toLowerCase(Locale.ROOT);
            String last = w.substring(w.lastIndexOf(' ') + 1);
            setting.add(last);
            setting.add(plural(last));
        }
        Map<String, Set<String>> function = new HashMap<>();
        for (String group : shared.closedClassGroups()) {
            function.put(group, shared.closedClass(group));
        }
        return new CueLexicon(verbs, nouns, after, sourceNouns, evidenceNouns, pronouns, skip, time, lead, setting,
                Map.copyOf(function), Map.copyOf(confidence("rule-confidence.tsv")));
    }

    /** name, found, right, confidence in [0,1] a line: the confidence by name. */
    private static Map<String, Double> confidence(String file) {
        Map<String, Double> confidence = new HashMap<>();
        for (String[] row : rows(file, 4)) {
            double c;
            try {
                c = Double.parseDouble(row[3]);
            } catch (NumberFormatException e) {
                throw new NewsGraphException(BASE + file + ": confidence '" + row[3] + "' of " + row[0] + " is no number");
            }
            if (!(c >= 0 && c <= 1)) {
                throw new NewsGraphException(BASE + file + ": confidence " + c + " of " + row[0] + " is outside [0,1]");
            }
            confidence.put(row[0], c);
        }
        return confidence;
    }

    /** Regular inflections: base, -s, -ed, -ing (with the usual spelling changes). */
    static List<String> inflect(String base) {
        List<String> out = new ArrayList<>();
        out.add(base);
        out.add(plural(base));
        if (base.endsWith("e")) {
            out.add(base + "d");
            out.add(base.substring(0, base.length() - 1) + "ing");
        } else if (base.endsWith("y") && base.length() > 2 && !isVowel(base.charAt(base.length() - 2))) {
            out.add(base.substring(0, base.length() - 1) + "ied");
            out.add(base + "ing");
        } else {
            out.add(base + "ed");
            out.add(base + "ing");
        }
        return out;
    }

    private static String plural(String w) {
        if (w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 2 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Non-comment, non-blank lines split on tabs; at least {@code min} columns. */
    private static List<String[]> rows(String name, int min) {
        List<String[]> out = new ArrayList<>();
        for (Lexicons.Line l : Lexicons.read(BASE + name)) {
            String[] cols = l.text().strip().split("\t");
            if (cols.length < min) {
                throw new NewsGraphException(BASE + name + " line " + l.number() + ": expected " + min + " columns: " + l.text());
            }
            out.add(cols);
        }
        return out;
    }
}
