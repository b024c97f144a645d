package org.newsgraph.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;

import static org.newsgraph.names.NameTokens.*;

/**
 * The typing rules: what a capitalised run that the scanner found names. They are tried in order and the first
 * whose test holds decides: a type and an evidence strength, no name at all, no type (the document may tell), or
 * "type the run from a later token on" (a leading word that is not part of the name).
 */
final class TypingRules {

    /** A run being typed, with what every rule asks of it. */
    record Run(AnnotatedDocument doc, Sentence s, int from, int to, boolean titled, boolean titleLine, String text,
               String first, String last, int len, Gazetteers.Kind known, boolean ampersand, boolean digits) {
        String word(int k) {
            return core(doc, s.token(k));
        }
    }

    /** What a rule decides: a type (null: none yet) and strength, or no name ({@code drop}), or restart at a token. */
    record Verdict(EntityType type, double strength, boolean drop, int restart) {
    }

    /** One named rule: a test on the run and what it decides when the test holds. */
    record Rule(String name, Predicate<Run> test, java.util.function.Function<Run, Verdict> verdict) {
    }

    private static Verdict is(EntityType type, double strength) {
        return new Verdict(type, strength, false, -1);
    }

    private static final Verdict DROP = new Verdict(null, 0, true, -1), UNTYPED = is(null, 0);

    private final NameEvidence ev;
    private final Gazetteers gaz;
    private final List<Rule> rules;

    TypingRules(NameEvidence ev) {
        this.ev = ev;
        this.gaz = ev.gaz;
        this.rules = rules();
    }

    /** The rules, in the order they are tried. */
    List<Rule> list() {
        return rules;
    }

    private List<Rule> rules() {
        EntityType per = EntityType.PERSON, org = EntityType.ORGANIZATION, loc = EntityType.PLACE;
        return List.of(
            new Rule("title-or-lone-word", r -> r.known == null && (gaz.isTitle(r.text) || r.len == 1
                    && (calendarWord(r.first) || gaz.isOrgWord(r.first) || gaz.isAffiliation(r.first) || gaz.isPostNominal(r.first))), r -> DROP),
            // "a major General Assembly vote", "the Queen City": a title before an organisation, place or event word names no person
            // ("the WWE Pro", "an album named Nothing": a lone everyday word after a title is no name of a person)
            new Rule("titled-person", r -> r.titled && !gaz.isOrgWord(r.last) && !gaz.isPlaceWordLast(r.last) && !gaz.isMiscWord(r.last)
                    && !(r.len == 1 && gaz.isCommonWord(r.first) && !gaz.isSurname(r.first) && !gaz.isGivenName(r.first))
                    && r.known != Gazetteers.Kind.ORGANIZATION && r.known != Gazetteers.Kind.OUTLET, r -> is(per, Candidate.TITLED)),
            new Rule("known-phrase", r -> r.known != null,
                    r -> is(r.known == Gazetteers.Kind.PLACE ? loc : org, Candidate.KNOWN)),
            new Rule("ampersand-org", Run::ampersand, r -> is(org, Candidate.ORG_WORD)),
            // "Smart Museum of Art", "Jackson Memorial Hospital": a building open to the public is a place
            new Rule("building", r -> r.len >= 2 && gaz.isBuildingWord(head(r)), r -> is(loc, Candidate.ORG_WORD)),
            new Rule("org-word", r -> gaz.isOrgWord(r.last) && (r.len >= 2 || propn(r.s.token(r.from))) || ev.orgOf(r.doc, r.s, r.from, r.to)
                    || ev.roleNounThenName(r.doc, r.s, r.from, r.to), r -> is(org, Candidate.ORG_WORD)),
            // "PricewaterhouseCoopers", "VenCatalyst": a capital inside a word is a brand's, not a person's
            new Rule("camel-case-brand", r -> r.len == 1 && camelCase(r.first) && !shouting(r.s) && !tagOrHandle(r.doc, r.s.token(r.from)),
                    r -> is(org, Candidate.ACRONYM)),
            // (not initials, "C.S", "A.D.", nor a word written in capitals, "NOTICE", "KENYA", nor an acronym of a thing or a
            // measure, "USB", "GDP", "GMT": the acronyms of misc-words.txt)
            new Rule("acronym-org", r -> r.len == 1 && acronym(r.first) && !shouting(r.s) && !initials(r.first)
                    && !wordInCapitals(r.first) && !gaz.isMiscWord(r.first), r -> is(org, Candidate.ACRONYM)),
            new Rule("place-word", r -> r.len >= 2 && (gaz.isPlaceWordLast(r.last) || gaz.isPlaceWordFirst(r.first))
                    && !(gaz.isGivenName(r.first) && !gaz.isAmbiguousGivenName(r.first) && gaz.isSurname(r.last) && r.len == 2),
                    r -> is(loc, Candidate.ORG_WORD)),
            new Rule("foreign-article", r -> r.len >= 2 && gaz.isNameArticle(r.first), r -> is(org, 0.1)),
            new Rule("event-or-work", r -> r.len >= 2 && gaz.isMiscWord(r.last) && !(r.len == 2 && gaz.isGivenName(r.first)
                    && gaz.isSurname(r.last) && !gaz.isAmbiguousGivenName(r.first)), r -> DROP),
            // "Loyola University Chicago", "Club Atlético Tigre": an organisation word inside, no person's name
            new Rule("inner-org-word", r -> r.len >= 2 && ev.innerOrgWord(r.doc, r.s, r.from, r.to), r -> is(org, Candidate.CONTEXT)),
            // "Speaker of the House Newt Gingrich": an organisation word before a given name is not part of the name
            new Rule("org-word-before-person", r -> r.len >= 3 && (gaz.isOrgWord(r.first) || gaz.isOrgOfWord(r.first))
                    && (ev.givenNameOnly(r.word(r.from + 1)) && !gaz.isAmbiguousGivenName(r.word(r.from + 1))
                    || r.len == 3 && gaz.isSurname(r.last) && ev.surnameShaped(r.last) && gaz.phrase(r.word(r.from + 1)) == null
                    && !gaz.isOrgWord(r.word(r.from + 1))), r -> new Verdict(null, 0, false, r.from + 1)),
            // "FK Teleoptik", "SC Freiburg", "Dinamo Bucharest": a word that opens club and company names outranks a given name
            new Rule("org-word-first", r -> r.len >= 2 && gaz.isOrgFirstWord(r.first), r -> is(org, Candidate.ORG_WORD)),
            // "Sparta Prague", "Vitesse Arnhem", "Hansa Rostock": a word that is no given name or surname, then a known place
            // that is no surname, names a club or a company's arm ("Elia Kazan", "Wang Donghai", "Anna Berlin" stay persons)
            new Rule("name-then-place", r -> r.len == 2 && !r.digits && gaz.phrase(r.last) == Gazetteers.Kind.PLACE
                    && !gaz.isSurname(r.last) && !gaz.isGivenName(r.first) && !gaz.isSurname(r.first) && !gaz.isNewsSurname(r.first)
                    && r.first.chars().allMatch(Character::isLetter)
                    && gaz.phrase(r.first) == null && !gaz.isDemonym(r.first) && !COMPASS.contains(r.first)
                    && !gaz.isPlaceWordFirst(r.first) && !gaz.isTitle(r.first) && !calendarWord(r.first) && !r.titleLine,
                    r -> is(org, Candidate.CONTEXT)),
            // "Carolina Hawks", "Grey Wolves": a name that ends in the plural of an everyday noun that is no surname is a
            // team's, a band's or a people's, whatever its first word
            new Rule("plural-group-name", r -> r.len >= 2 && !r.digits && UnknownRuns.pluralNoun(gaz, r.last) && !gaz.isSurname(r.last)
                    && !gaz.isNewsSurname(r.last) && !gaz.isGivenName(r.last) && !r.titleLine && !shouting(r.s), r -> is(org, Candidate.CONTEXT)),
            new Rule("given-name-first", r -> r.len >= 2 && r.len - ev.particles(r.s, r.from, r.to) <= (ev.particles(r.s, r.from, r.to) > 0 ? 5 : 4)
                    && !r.digits && gaz.isGivenName(r.first) && !gaz.isDemonym(r.first) && (!gaz.isAmbiguousGivenName(r.first)
                    || gaz.isSurname(r.last) || r.from > 0 && propn(r.s.token(r.from)) && !r.titleLine), r -> is(per, Candidate.GIVEN)),
            // "J. Smith", "M. de Villiers": an initial before a capitalised word is a person's first name
            new Rule("initial-surname", r -> r.len >= 2 && r.len <= 4 && !r.digits && r.first.matches("\\p{Lu}\\.")
                    && !gaz.isOrgWord(r.last) && !gaz.isPlaceWordLast(r.last) && gaz.phrase(r.last) == null && ev.surnameShaped(r.last),
                    r -> is(per, Candidate.GIVEN)),
            new Rule("inner-given-name", r -> r.len >= 2 && !gaz.isGivenName(r.first) && ev.innerGivenName(r.doc, r.s, r.from, r.to) > r.from,
                    r -> new Verdict(null, 0, false, ev.innerGivenName(r.doc, r.s, r.from, r.to))),
            // ("Rising Sun", "District Judge", "Battle Royal": an everyday word before one that is also a surname names no person)
            // ("Air Brazil", "Glenroy North", "East Fife": a country or a compass word is no surname in a name)
            new Rule("surname-last", r -> r.len >= 2 && r.len <= 4 && !r.digits && gaz.isSurname(r.last) && !gaz.isOrgWord(r.first)
                    && !(gaz.isCommonWord(r.first) && gaz.isCommonWord(r.last)) && !gaz.isCountry(r.last)
                    && !COMPASS.contains(r.last) && !COMPASS.contains(r.first),
                    r -> is(per, Candidate.SURNAME)),
            new Rule("lone-demonym", r -> r.len == 1 && gaz.isDemonym(r.first), r -> DROP),
            // ("played in Major League Soccer": a name with an organisation word inside is no place)
            new Rule("in-place", r -> placeContext(r.s, r.from) && !innerOrgWordAny(r), r -> is(loc, Candidate.CONTEXT)),
            // "the Vikings", "the Swingles", "the Mets": "the" and a plural name, no more, is a team's or a band's
            new Rule("the-plural-group", r -> r.len == 1 && r.from > 0 && r.s.token(r.from - 1).is("the") && pluralName(r.first)
                    && !(r.to < r.s.size() && (r.s.token(r.to).is("of") || capitalised(r.s.token(r.to)))) && !shouting(r.s),
                    r -> is(org, Candidate.CONTEXT)),
            // "the House", "Battle of X": a determiner before or "of" after a single word is no person
            new Rule("determiner-or-of", r -> r.len == 1 && (r.from > 0 && (r.s.token(r.from - 1).is("the") || r.s.token(r.from - 1).is("a")
                    || r.s.token(r.from - 1).is("an")) || r.to < r.s.size() && r.s.token(r.to).is("of")), r -> UNTYPED),
            new Rule("digits", Run::digits, r -> UNTYPED),
            // ("from Day 1", "Game 7": a word before a number names a day or an item, not a person)
            // (a census surname that is an everyday word, "World", "Day", "Nations", is a person only where the document
            // names that person in full, which the document vote sees)
            new Rule("lone-surname", r -> r.len == 1 && r.from > 0 && !r.titleLine && propn(r.s.token(r.from)) && gaz.isSurname(r.first)
                    && !gaz.isCommonWord(r.first)
                    && !(r.to < r.s.size() && r.s.token(r.to).text().matches("\\d+")), r -> is(per, Candidate.WEAK)),
            new Rule("lone-given-name", r -> r.len == 1 && gaz.isGivenName(r.first) && !gaz.isAmbiguousGivenName(r.first) && r.from > 0,
                    r -> is(per, Candidate.WEAK)),
            // the everyday-word surnames that lone-surname leaves: no type, but a list of persons may make one a person
            new Rule("common-word-surname", r -> r.len == 1 && r.from > 0 && !r.titleLine && propn(r.s.token(r.from)) && gaz.isSurname(r.first),
                    r -> UNTYPED),
            new Rule("inner-given-name-2", r -> r.len >= 2 && ev.innerGivenName(r.doc, r.s, r.from, r.to) > r.from,
                    r -> new Verdict(null, 0, false, ev.innerGivenName(r.doc, r.s, r.from, r.to))),
            // "Eivind Bolle (13 October 1923 – 10 June 2012) was …": a name with dates of life is a person's
            new Rule("life-span-aside", r -> r.len >= 2 && r.len <= 4 && !r.digits && lifeAside(r.s, r.to), r -> is(per, Candidate.GIVEN)),
            // "Terje Halleland (Progress Party)", "Jeff Flake (R-Ariz.)": a party in brackets after a name is a person's
            new Rule("party-aside", r -> r.len >= 2 && r.len <= 3 && ev.partyAside(r.doc, r.s, r.to) && ev.surnameShaped(r.last),
                    r -> is(per, Candidate.GIVEN)),
            new Rule("saying-verb", r -> r.len >= 2 && r.len <= 3 && ev.sayingNear(r.s, r.from, r.to) && ev.surnameShaped(r.last),
                    r -> is(per, Candidate.SURNAME)),
            new Rule("unknown-run", r -> r.len >= 2 && r.len <= 5, r -> is(org, Candidate.UNKNOWN)));
        // none: kept as an unknown single word, the document may tell who it is
    }

    /**
     * A capitalised plural that names no place, people, event or office ("Vikings", not "Netherlands", "Americans",
     * "Olympics", "Ministers").
     */
    private boolean pluralName(String w) {
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || !Character.isUpperCase(w.charAt(0))
                || !Character.isLowerCase(w.charAt(w.length() - 2))) {
            return false;
        }
        String one = w.substring(0, w.length() - 1);
        return !gaz.isDemonym(w) && !gaz.isDemonym(one) && gaz.phrase(w) == null && !gaz.isMiscWord(w) && !gaz.isTitle(one)
                && !gaz.isTitle(w) && !calendarWord(w) && !gaz.isOrgWord(w);
    }

    /** Whether a word inside the run (not its first or last) is an organisation word, whatever else it is. */
    private boolean innerOrgWordAny(Run r) {
        for (int k = r.from + 1; k < r.to - 1; k++) {
            if (gaz.isOrgWord(r.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dotted letters, two, or three with no closing full stop: a person's initials or an abbreviation cut at its last
     * full stop ("C.S", "A.D.", "U.S", "C.S.L"); not "I.R.S.", an agency written the newspaper's way.
     */
    private static boolean initials(String w) {
        long letters = w.chars().filter(Character::isLetter).count();
        return w.indexOf('.') > 0 && (letters <= 2 || letters == 3 && !w.endsWith("."));
    }

    /**
     * A word of four letters or more in capitals that is an everyday word, a known place or a given name ("NOTICE",
     * "REVIEW", "KENYA", "PARIS"): a word written in capitals, not an acronym.
     */
    private boolean wordInCapitals(String w) {
        if (w.length() < 4 || w.indexOf('.') >= 0 || w.indexOf('&') >= 0) {
            return false;
        }
        String title = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
        return gaz.isCommonWord(w) || gaz.phrase(title) == Gazetteers.Kind.PLACE || gaz.isGivenName(w);
    }

    /** The head word of a run: the word before its first "of" ("Museum of Modern Art"), else its last. */
    private static String head(Run r) {
        for (int k = r.from + 1; k < r.to - 1; k++) {
            if (r.s.token(k).is("of")) {
                return r.word(k - 1);
            }
        }
        return r.last;
    }

    void typeRun(AnnotatedDocument doc, Sentence s, int from, int to, boolean titled, boolean titleLine,
                 List<Candidate> out) {
        // a particle opens no name ("de Silva" cut from a longer one is typed as "Silva")
        while (from < to && !capitalised(s.token(from)) && gaz.isNameParticle(s.token(from).text())) {
            from++;
        }
        if (from >= to) {
            return;
        }
        // "John D. Rockefeller III": the name is typed without its regnal number, which then joins a person's name
        if (to - from >= 2 && romanNumeral(s.token(to - 1).text())) {
            List<Candidate> inner = new ArrayList<>();
            typeRun(doc, s, from, to - 1, titled, titleLine, inner);
            for (Candidate c : inner) {
                boolean ends = c.to == to - 1 && c.type == EntityType.PERSON;
                out.add(!ends ? c : new Candidate(s, c.from, to, spanOf(s, c.from, to), surface(doc, s, c.from, to), c.type,
                        c.strength, c.titleLine, c.known, c.rule));
            }
            return;
        }
        String text = surface(doc, s, from, to);
        boolean ampersand = false;
        for (int k = from + 1; k < to - 1; k++) {
            ampersand |= s.token(k).text().equals("&");
        }
        boolean digits = false;
        for (int k = 0; k < text.length(); k++) {
            digits |= Character.isDigit(text.charAt(k));
        }
        Run run = new Run(doc, s, from, to, titled, titleLine, text, core(doc, s.token(from)), core(doc, s.token(to - 1)),
                to - from, gaz.phrase(text), ampersand, digits);
        Verdict v = UNTYPED;
        String name = "untyped";
        for (Rule rule : rules) {
            if (rule.test().test(run)) {
                v = rule.verdict().apply(run);
                name = rule.name();
                break;
            }
        }
        if (v.drop()) {
            if (out instanceof CandidateList list) {
                list.dropped.add(spanOf(s, from, to));
            }
            return;
        }
        if (v.restart() >= 0) {
            typeRun(doc, s, v.restart(), to, titled, titleLine, out);
            return;
        }
        out.add(new Candidate(s, from, to, spanOf(s, from, to), text, v.type(), v.strength(), titleLine, run.known() != null, name));
    }
}
