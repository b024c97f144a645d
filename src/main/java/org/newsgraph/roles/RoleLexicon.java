package org.newsgraph.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.Lexicons;

/**
 * The word lists the role patterns rely on, read from resources next to this class: role nouns
 * (each a position or an occupation), modifiers dropped from a role's text ("prominent", "former"),
 * and verbs that state a role ("heads" → head, "founded" → founder).
 */
final class RoleLexicon {

    private static final String BASE = "/org/newsgraph/roles/";

    /** Whether a role noun names a position (holds without an organisation) or an occupation. */
    enum Kind { POSITION, OCCUPATION }

    private final Map<String, Kind> nouns = new HashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private final Map<String, String> verbs = new HashMap<>();
    private final Set<String> excluded = new HashSet<>();
    private final Set<String> verbal = new HashSet<>();
    private final Set<String> qualifiedHeads = new HashSet<>();
    private final Set<String> groupingHeads = new HashSet<>();
    private final Set<String> relational = new HashSet<>();
    private final Map<String, String> abbreviations = new HashMap<>();
    private int longestNoun = 1;

    static RoleLexicon load() {
        RoleLexicon lex = new RoleLexicon();
        for (String[] row : rows("role-nouns.tsv", 2)) {
            Kind k;
            try {
                k = Kind.valueOf(row[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException("role-nouns.tsv: unknown kind '" + row[1] + "' for " + row[0]);
            }
            String noun = norm(row[0]);
            lex.nouns.put(noun, k);
            lex.longestNoun = Math.max(lex.longestNoun, noun.split(" ").length);
        }
        for (String[] row : rows("role-abbreviations.tsv", 2)) {
            String abbr = norm(row[0]);
            String full = norm(row[1]);
            lex.abbreviations.put(abbr, full);
            lex.nouns.put(abbr, lex.nouns.getOrDefault(full, Kind.POSITION));
        }
        for (String[] row : rows("role-modifiers-dropped.txt", 1)) {
            lex.dropped.add(norm(row[0]));
        }
        for (String[] row : rows("role-modifiers-excluded.txt", 1)) {
            lex.excluded.add(norm(row[0]));
        }
        for (String[] row : rows("role-modifiers-verbal.txt", 1)) {
            lex.verbal.add(norm(row[0]));
        }
        for (String[] row : rows("org-qualified-heads.txt", 1)) {
            lex.qualifiedHeads.add(norm(row[0]));
        }
        for (String[] row : rows("org-grouping-heads.txt", 1)) {
            lex.groupingHeads.add(norm(row[0]));
        }
        for (String[] row : rows("role-nouns-relational.txt", 1)) {
            lex.relational.add(norm(row[0]));
        }
        for (String[] row : rows("role-verbs.tsv", 2)) {
            lex.verbs.put(norm(row[0]), "-".equals(row[1]) ? "" : row[1]);
        }
        return lex;
    }

    /** Whether {@code word} (lower case), between two organisation names, makes the first qualify the second. */
    /** "League", "Conference": the last word of an organisation that groups others, whose people are not its own. */
    boolean isGroupingHead(String word) {
        return groupingHeads.contains(word);
    }

    /**
     * "member", "founders": a role that is one noun stating nothing without its organisation ("city council member",
     * "board member" name theirs in their words and are not such a role).
     */
    boolean needsOrganisation(String role) {
        String r = norm(role);
        return relational.contains(r) || relational.contains(singular(r));
    }

    boolean isQualifiedHead(String word) {
        return qualifiedHeads.contains(word);
    }

    static String norm(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return t.indexOf(' ') < 0 && t.indexOf('\t') < 0 ? t : t.replaceAll("\\s+", " ");
    }

    /** The kind of the role noun phrase {@code words} (lower case, space separated), or null. */
    Kind kind(String words) {
        Kind k = nouns.get(words);
        return k != null ? k : nouns.get(undated(words));
    }

    /** "ex-director" → "director", "then-chairman" → "chairman": a dropped modifier joined to the role by a hyphen goes. */
    String undated(String word) {
        int h = word.indexOf('-');
        return h > 0 && h < word.length() - 1 && word.indexOf(' ') < 0 && isDropped(word.substring(0, h))
                ? word.substring(h + 1) : word;
    }

    /** A plural's singular by its final s ("chemists" → "chemist"; "boss" stays). */
    static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** The kind of a role text by its head ("lead singer" → occupation), or null when the head is unknown. */
    Kind kindOfText(String role) {
        String t = norm(role);
        for (int i = 0; i >= 0 && i < t.length(); i = t.indexOf(' ', i) < 0 ? -1 : t.indexOf(' ', i) + 1) {
            String tail = t.substring(i);
            Kind k = nouns.get(tail);
            if (k == null) {
                k = nouns.get(singular(tail));
            }
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** The role words an abbreviated title stands for ("gov." → "governor"), or null. */
    String expansion(String word) {
        return abbreviations.get(norm(word));
    }

    int longestNoun() {
        return longestNoun;
    }

    boolean isDropped(String word) {
        String w = norm(word);
        // "ex-" and "then-" as the tokenizer leaves them before "director", "chairman"
        return dropped.contains(w) || w.length() > 1 && w.endsWith("-") && dropped.contains(w.substring(0, w.length() - 1));
    }

    /** Words that never belong to a role phrase ("other", "most"). */
    boolean isExcluded(String word) {
        return excluded.contains(norm(word));
    }

    /** Verb forms that may qualify a role ("acting", "managing", "founding"). */
    boolean isVerbalModifier(String word) {
        return verbal.contains(norm(word));
    }

    /** The role a verb states: a role text, "" for membership without a role, null if none. */
    String verbRole(String word) {
        return verbs.get(norm(word));
    }

    /** Non-blank, non-comment lines of a resource, split on tabs (or runs of spaces for one column). */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        for (Lexicons.Line l : Lexicons.read(BASE + resource)) {
            String t = l.text().strip();
            String[] cols = columns == 1 ? new String[] {t} : t.split("\t");
            if (cols.length < columns) {
                throw new NewsGraphException(resource + ":" + l.number() + ": expected " + columns
                        + " tab-separated columns: " + t);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            out.add(cols);
        }
        return out;
    }
}
