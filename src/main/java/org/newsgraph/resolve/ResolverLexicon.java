package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.NewsGraphException;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.names.EntityType;

/**
 * The word lists coreference and name identity read, loaded once from resource files under
 * {@code org/newsgraph/resolve/}, the shared {@link Lexicon} (titles, initials) and, when present,
 * the name recogniser's lists under {@code org/newsgraph/names/}. Immutable after loading, so safe
 * to share between threads.
 */
final class ResolverLexicon {

    /** How an anaphor is resolved. */
    enum AnaphorClass { PRONOUN, DESCRIPTION, RELATIVE }

    /** One entry of anaphors.tsv. */
    record Anaphor(String form, AnaphorClass cls, EntityType type, String constraint, boolean office) {
        char gender() {
            return type == EntityType.PERSON ? constraint.charAt(0) : 'U';
        }
    }

    private static final String OWN = "/org/newsgraph/resolve/";
    private static final String NAMES = "/org/newsgraph/names/";

    /** The resolver's lists over the standard lexicon, shared by every resolver (loading is the slow part). */
    static final ResolverLexicon INSTANCE = new ResolverLexicon(Lexicon.standard());

    /** Small words left out when initials are compared with an acronym. */
    final Set<String> initialsSkipWords;

    /** variant given name → canonical given name (lower case, accents folded). */
    final Map<String, String> givenCanonical = new HashMap<>();
    /** canonical given names whose group folds into the key but not into the label (third column "key-only"). */
    final Set<String> keyOnly = new HashSet<>();
    /** given name → gender M/F/U. */
    final Map<String, Character> givenGender = new HashMap<>();
    /** title or honorific (lower case, no final full stop) → gender. */
    final Map<String, Character> titleGender = new HashMap<>();
    /** abbreviated title → full word ("sen" → "senator"). */
    final Map<String, String> titleFull = new HashMap<>();
    final Map<String, Anaphor> anaphors = new HashMap<>();
    /** Modifiers that do not narrow a description down ("the former president", "the top official"). */
    final Set<String> neutralModifiers = new HashSet<>();
    /** word of an organisation's name → kinds. */
    final Map<String, Set<String>> orgWordKinds = new HashMap<>();
    /** normalised full organisation name → kinds (from the recogniser's lists). */
    final Map<String, Set<String>> orgNameKinds = new HashMap<>();
    /** normalised alias → normalised main name of the same organisation (recogniser's list). */
    final Map<String, String> orgAlias = new HashMap<>();

    ResolverLexicon(Lexicon shared) {
        initialsSkipWords = shared.initialsSkipWords();
        read(OWN + "given-name-variants.tsv", true, cols -> {
            String canon = fold(cols[0]);
            givenCanonical.put(canon, canon);
            if (cols.length > 2 && cols[2].strip().equals("key-only")) {
                keyOnly.add(canon);
            } else if (cols.length > 2 && !cols[2].isBlank()) {
                throw new IllegalArgumentException("third column must be empty or key-only: " + cols[2]);
            }
            for (String v : cols[1].trim().split("\\s+")) {
                String prev = givenCanonical.put(fold(v), canon);
                if (prev != null && !prev.equals(canon)) {
                    throw new NewsGraphException(OWN + "given-name-variants.tsv: '" + v + "' is in two groups ("
                            + prev + ", " + canon + ")");
                }
            }
        });
        read(NAMES + "given-names.tsv", false, cols -> {
            if (cols.length >= 2 && !cols[1].isEmpty()) {
                givenGender.put(fold(cols[0]), Character.toUpperCase(cols[1].charAt(0)));
            }
        });
        // one row a title or descriptor; the first row of a word gives its gender
        for (Lexicon.Title t : shared.titles()) {
            titleGender.putIfAbsent(titleKey(t.form()), Character.toUpperCase(t.gender()));
            if (t.full() != null) {
                titleFull.put(titleKey(t.form()), t.full());
            }
        }
        read(OWN + "anaphors.tsv", true, cols -> anaphors.put(cols[0].toLowerCase(Locale.ROOT), new Anaphor(
                cols[0].toLowerCase(Locale.ROOT), AnaphorClass.valueOf(cols[1].toUpperCase(Locale.ROOT)),
                EntityType.valueOf(cols[2]), cols[3], cols.length > 4 && cols[4].equals("office"))));
        read(OWN + "neutral-modifiers.txt", true, cols -> neutralModifiers.add(fold(cols[0])));
        read(OWN + "org-kinds.tsv", true,
                cols -> orgWordKinds.computeIfAbsent(fold(cols[0]), k -> new HashSet<>()).add(cols[1]));
        read(NAMES + "news-outlets.tsv", false,
                cols -> orgNameKinds.computeIfAbsent(normal(cols[0]), k -> new HashSet<>()).add("outlet"));
        read(NAMES + "organisations.tsv", false, cols -> {
            if (cols.length < 2) {
                return;
            }
            String main = normal(cols[0]);
            String kind = switch (cols[1]) {
                case "media" -> "outlet";
                case "party-members" -> "party";
                case "government" -> "state";     // any state body (FBI, army): not "the government"
                case "international" -> "international";
                default -> cols[1];
            };
            orgNameKinds.computeIfAbsent(main, k -> new HashSet<>()).add(kind);
            if (cols.length >= 3) {
                for (String a : cols[2].split("\\|")) {
                    if (!a.isBlank() && !normal(a).equals(main)) {
                        orgAlias.putIfAbsent(normal(a), main);
                        orgNameKinds.computeIfAbsent(normal(a), k -> new HashSet<>()).add(kind);
                    }
                }
            }
        });
    }

    /**
     * The patterns of fold and normal, compiled once (String.replaceAll compiles its pattern on every call); in a
     * holder, as the lexicon's own INSTANCE, made while the class initialises, folds already.
     */
    private static final class Patterns {
        static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
        static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("'s$");
        static final java.util.regex.Pattern INITIAL_DOT = java.util.regex.Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");
        static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    }

    /** Lower case, accents dropped. */
    static String fold(String s) {
        String n = Patterns.MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return n.toLowerCase(Locale.ROOT).strip();
    }

    /** Folded, punctuation to single spaces, a leading "the" dropped: for comparing organisation names. */
    static String normal(String s) {
        String n = Patterns.POSSESSIVE_END.matcher(fold(s).replace('\u2019', '\'')).replaceAll("");
        n = Patterns.NON_WORD.matcher(Patterns.INITIAL_DOT.matcher(n).replaceAll("")).replaceAll(" ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    static String titleKey(String s) {
        String k = fold(s);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    /** A title word as the head of a description would name it: lower case, abbreviations spelt out. */
    String titleWord(String word) {
        String k = titleKey(word);
        return titleFull.getOrDefault(k, k);
    }

    /** Gender of a title word, or 0 when it is none. */
    char titleGender(String word) {
        Character g = titleGender.get(titleKey(word));
        return g == null ? 0 : g;
    }

    boolean isTitle(String word) {
        return titleGender.containsKey(titleKey(word));
    }

    /** The canonical form of a given name (lower case), or the folded name itself. */
    String canonicalGiven(String given) {
        String f = fold(given);
        return givenCanonical.getOrDefault(f, f);
    }

    char givenGender(String given) {
        Character g = givenGender.get(fold(given));
        return g == null ? 'U' : g;
    }

    boolean isGivenName(String word) {
        return givenGender.containsKey(fold(word)) || givenCanonical.containsKey(fold(word));
    }

    /** Kinds of an organisation from its name: listed names first, then its words. */
    Set<String> orgKinds(String name) {
        Set<String> out = new HashSet<>();
        String n = normal(name);
        Set<String> listed = orgNameKinds.get(n);
        if (listed != null) {
            out.addAll(listed);
        }
        for (String w : n.split(" ")) {
            Set<String> k = orgWordKinds.get(w);
            if (k != null) {
                out.addAll(k);
            }
        }
        return out;
    }

    private static void read(String resource, boolean required, Consumer<String[]> line) {
        if (!required && !Lexicons.exists(resource)) {
            return;
        }
        List<String> bad = new ArrayList<>();
        for (Lexicons.Line l : Lexicons.read(resource)) {
            try {
                line.accept(l.text().split("\t", -1));
            } catch (RuntimeException e) {
                bad.add(l.number() + ": " + e.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            throw new NewsGraphException(resource + ": bad lines " + bad);
        }
    }
}
