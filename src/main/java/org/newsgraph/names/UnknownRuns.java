package org.newsgraph.names;

import java.util.Locale;
import org.newsgraph.pipeline.AnnotatedDocument;

import static org.newsgraph.names.NameTokens.*;

/**
 * A name of two or more words that no typing rule could type ("unknown-run", a guess at an organisation) and that its
 * document writes only once, with no surname of it standing alone elsewhere: the document vote drops such a guess.
 * Two shapes still tell what it names, from the words alone:
 * <ul>
 *   <li>{@code plural-group}: its last word is the plural of a common English noun ("Gym Class Heroes", "Audubon
 *       Artists", "Blue Jays"): a band, team or society is named so, a person never;</li>
 *   <li>{@code name-shape}: two or three words, none a common English word nor any known name of a place or an
 *       organisation, each a capital and lower-case letters ("Khaleda Zia", "Danius Gleveckas"): a person's name
 *       from a language the gazetteers do not cover.</li>
 * </ul>
 * The common words are SCOWL's ({@code common-words.txt}).
 */
final class UnknownRuns {

    private final Gazetteers gaz;

    UnknownRuns(Gazetteers gaz) {
        this.gaz = gaz;
    }

    /** The rule that types the run, {@code plural-group} or {@code name-shape}, or null for none. */
    String rule(AnnotatedDocument doc, Candidate c) {
        int len = c.to - c.from;
        if (len < 2 || c.titleLine || shouting(c.s)) {
            return null;
        }
        String first = core(doc, c.s.token(c.from));
        String last = core(doc, c.s.token(c.to - 1));
        // (two everyday words, "Smaller Animals", "Hotel Inspectors", are a phrase more often than a name)
        if (pluralNoun(gaz, last) && !calendarWord(first) && (len >= 3 || !gaz.isCommonWord(first))) {
            return "plural-group";
        }
        if (len > 3 || !standsAlone(doc, c)) {
            return null;
        }
        for (int k = c.from; k < c.to; k++) {
            if (!nameWord(core(doc, c.s.token(k)))) {
                return null;
            }
        }
        return "name-shape";
    }

    /** The type a rule of {@link #rule} gives. */
    static EntityType typeOf(String rule) {
        return "plural-group".equals(rule) ? EntityType.ORGANIZATION : EntityType.PERSON;
    }

    /**
     * "Heroes", "Artists", "Stars", "Wolves": a common plural noun (its singular common too) that is no role, people or
     * demonym word.
     */
    static boolean pluralNoun(Gazetteers gaz, String w) {
        if (w.length() < 4 || !w.endsWith("s") || !Character.isUpperCase(w.charAt(0)) || !gaz.isCommonWord(w)) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (gaz.isDemonym(w) || gaz.isTitle(w) || gaz.isTitle(w.substring(0, w.length() - 1))) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 1);
        return gaz.isCommonWord(stem) || lower.endsWith("es") && gaz.isCommonWord(lower.substring(0, lower.length() - 2))
                || lower.endsWith("ies") && gaz.isCommonWord(lower.substring(0, lower.length() - 3) + "y")
                || lower.endsWith("ves") && (gaz.isCommonWord(lower.substring(0, lower.length() - 3) + "f")
                || gaz.isCommonWord(lower.substring(0, lower.length() - 3) + "fe"));
    }

    /**
     * Whether the run stands as a whole name: no article before it ("the Showa Kenkyukai"), and no number, hyphen or
     * particle before it or capitalised word, number or particle after it (the part of a longer name: "FK DAC 1904
     * Dunajska Streda", "Hidalgo y Costilla", "Jeronis de Soysa").
     */
    private boolean standsAlone(AnnotatedDocument doc, Candidate c) {
        if (c.from > 0) {
            String before = c.s.token(c.from - 1).text();
            String b = before.toLowerCase(Locale.ROOT);
            if (b.equals("the") || b.equals("a") || b.equals("an") || b.equals("-") || b.equals("y") || b.equals("e")
                    || gaz.isNameParticle(before) || before.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        if (c.to < c.s.size()) {
            String after = c.s.token(c.to).text();
            return after.isEmpty() || !(Character.isUpperCase(after.codePointAt(0)) || Character.isDigit(after.codePointAt(0))
                    || gaz.isNameParticle(after) || after.equals("-"));
        }
        return true;
    }

    /** A word shaped as part of a person's name and known as nothing else. */
    private boolean nameWord(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (!Character.isLetter(cp)) {
                return false;
            }
            lower |= i > 0 && Character.isLowerCase(cp);
            i += Character.charCount(cp);
        }
        return lower && !gaz.isCommonWord(w) && gaz.phrase(w) == null && !gaz.isOrgWord(w) && !gaz.isDemonym(w)
                && !gaz.isPlaceWordLast(w) && !gaz.isPlaceWordFirst(w) && !gaz.isMiscWord(w) && !gaz.isTitle(w)
                && !calendarWord(w);
    }
}
