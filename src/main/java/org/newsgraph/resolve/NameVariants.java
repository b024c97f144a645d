package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.names.EntityType;

/**
 * Identity of names across documents: the normalised key two mentions share when they name the
 * same entity, and the canonical label written for it.
 *
 * <p>For persons the key ignores titles ("Mr.", "President"), a possessive, case and accents, and folds nickname and transliteration variants of the given name (Steve/Steven,
 * Yury/Yuri, Sergey/Sergei) through the shipped list {@code given-name-variants.tsv}. The surname
 * is never folded: "John Smith" and "Mary Smith" have different keys.
 */
public final class NameVariants {

    private NameVariants() {
    }

    private static final java.util.regex.Pattern DOTTED_ACRONYM = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,}");

    /**
     * The words of a name as an entity's identity sees them, in their original case: possessive
     * and a leading "the" dropped, a final full stop dropped; for persons leading titles dropped too.
     */
    public static List<String> words(EntityType type, String name) {
        String s = stripPossessive(name.strip().replace('\u2019', '\''));
        List<String> w = new ArrayList<>(Arrays.asList(s.split("\\s+")));
        w.removeIf(String::isEmpty);
        if (!w.isEmpty()) {
            w.set(w.size() - 1, dropFinalStop(w.get(w.size() - 1)));
        }
        if (type != EntityType.PERSON) {
            if (w.size() > 1 && w.get(0).equalsIgnoreCase("the")) {
                w.remove(0);
            }
            return w;
        }
        ResolverLexicon lex = ResolverLexicon.INSTANCE;
        while (w.size() > 1 && lex.isTitle(w.get(0))) {
            w.remove(0);
        }
        // middle initials are kept: "George W. Bush" and "George Bush" are two people; within one
        // document EntityResolver still joins "Donald J. Trump" and "Donald Trump" (same first and last word)
        return w;
    }

    /** A normalised key: same for every variant of one entity's name (see the class comment). */
    public static String key(EntityType type, String name) {
        List<String> w = words(type, name);
        // an acronym written with full stops is the same name without them ("U.S.", "US"); the label keeps its stops
        w.replaceAll(t -> DOTTED_ACRONYM.matcher(t).matches() ? t.replace(".", "") : t);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            String t = ResolverLexicon.normal(w.get(i));
            if (t.isEmpty()) {
                continue;
            }
            if (type == EntityType.PERSON && i == 0 && w.size() >= 2) {
                t = ResolverLexicon.INSTANCE.canonicalGiven(t);
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t);
        }
        String k = b.toString();
        return k.isEmpty() ? ResolverLexicon.normal(name) : k;
    }

    /**
     * The label written as {@code rdfs:label}: the same for every variant that shares a key, in
     * every document (the given name's canonical variant: "Steve Witkoff" gives "Steven Witkoff").
     */
    public static String canonical(EntityType type, String name) {
        List<String> w = new ArrayList<>(words(type, name));
        if (w.isEmpty()) {
            return name.strip();
        }
        // a name set in capitals (a dateline "WASHINGTON —", a shouted byline) is labelled as a name is
        // written; short all-capital place names are acronyms and stay ("USA", "UAE")
        boolean upper = type != EntityType.ORGANIZATION
                && w.stream().allMatch(t -> t.equals(t.toUpperCase(Locale.ROOT)))
                && String.join("", w).codePoints().filter(Character::isLetter).count() > 4;
        if (upper) {
            w.replaceAll(NameVariants::titleCase);
        }
        if (type == EntityType.PERSON) {
            if (w.size() >= 2) {
                String given = w.get(0);
                String canon = ResolverLexicon.INSTANCE.canonicalGiven(ResolverLexicon.normal(given));
                if (!canon.equals(ResolverLexicon.normal(given)) && !ResolverLexicon.INSTANCE.keyOnly.contains(canon)) {
                    w.set(0, titleCase(canon));
                }
            }
        }
        return String.join(" ", w);
    }

    /**
     * The name with its given name in the group's full form ("Steve Witkoff" gives "Steven Witkoff"),
     * also for the groups whose label keeps the written form: written as a skos:altLabel, so that
     * every document names the form the entity is known by across documents.
     */
    public static String fullForm(EntityType type, String name) {
        List<String> w = new ArrayList<>(words(type, name));
        if (type != EntityType.PERSON || w.size() < 2) {
            return canonical(type, name);
        }
        String canon = ResolverLexicon.INSTANCE.canonicalGiven(ResolverLexicon.normal(w.get(0)));
        if (canon.equals(ResolverLexicon.normal(w.get(0)))) {
            return canonical(type, name);
        }
        List<String> c = new ArrayList<>(Arrays.asList(canonical(type, name).split(" ")));
        c.set(0, titleCase(canon));
        return String.join(" ", c);
    }

    /** Whether two given names are the same name (equal, or variants of one another). */
    public static boolean sameGivenName(String a, String b) {
        ResolverLexicon lex = ResolverLexicon.INSTANCE;
        return lex.canonicalGiven(ResolverLexicon.normal(a)).equals(lex.canonicalGiven(ResolverLexicon.normal(b)));
    }

    /** Whether a word is a known given name (any case, accents folded). */
    public static boolean isGivenName(String word) {
        return ResolverLexicon.INSTANCE.isGivenName(word);
    }

    /** The gender of a given name: 'M', 'F' or 'U' (unknown or either). */
    public static char givenGender(String word) {
        return ResolverLexicon.INSTANCE.givenGender(word);
    }

    /** Whether a word is a title or honorific ("Mr.", "Sen.", "President"). */
    public static boolean isTitle(String word) {
        return ResolverLexicon.INSTANCE.isTitle(word);
    }

    /** The gender a title tells ('M', 'F', 'U'), 0 when the word is no title. */
    public static char titleGender(String word) {
        return ResolverLexicon.INSTANCE.titleGender(word);
    }

    /** A title word spelt out, lower case ("Sen." gives "senator"). */
    public static String titleWord(String word) {
        return ResolverLexicon.INSTANCE.titleWord(word);
    }

    /** The shipped organisation list's aliases: normalised alias to normalised main name ("fbi" to "federal bureau of investigation"). */
    public static java.util.Map<String, String> organisationAliases() {
        return java.util.Collections.unmodifiableMap(ResolverLexicon.INSTANCE.orgAlias);
    }

    /** Folded, punctuation to single spaces, a leading "the" dropped: how organisation names are compared. */
    public static String normal(String s) {
        return ResolverLexicon.normal(s);
    }

    static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("'S")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("corp", "bros", "assn", "dept", "univ",
            "intl", "govt");

    /** "Ushakov." at the end of a sentence loses its full stop; "Inc.", "Jr." and "U.S." keep theirs. */
    static String dropFinalStop(String word) {
        if (word.length() >= 5 && word.endsWith(".") && word.indexOf('.') == word.length() - 1
                && !ABBREVIATIONS.contains(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String titleCase(String t) {
        if (t.isEmpty()) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        boolean start = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == ' ' || c == '\'';
        }
        return b.toString();
    }
}
