package org.newsgraph.names;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A place name as a sports team: in a sports report (at least {@link #MIN_WORDS} words of {@code sports-words.txt}),
 * a town, county or region written as a name in a sentence about a match ("Leicester beat Chelsea") or before a
 * score ("Barnsley 2 Wolves 1") is the club named after it, an organisation; a country stays a place (news names
 * national teams by their country), and so does a place after "in", "at", "from", "near" (a venue).
 */
final class SportsTeams {

    static final int MIN_WORDS = 3;
    private static final Set<String> VENUE_WORDS = Set.of("in", "at", "from", "near", "to", "of");

    private final Gazetteers gaz;
    private final Set<String> words;

    SportsTeams(Gazetteers gaz, Set<String> words) {
        this.gaz = gaz;
        this.words = words;
    }

    /** Retypes the place candidates of a sports report that name teams; returns whether the document is one. */
    boolean retype(AnnotatedDocument doc, List<Candidate> cands) {
        int n = 0;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (words.contains(t.lower())) {
                    n++;
                }
            }
        }
        if (n < MIN_WORDS) {
            return false;
        }
        List<Candidate> inLonger = new java.util.ArrayList<>();
        for (Candidate c : cands) {
            if ("dateline".equals(c.rule) || c.type != EntityType.PLACE && c.type != null || gaz.isCountry(c.text) || gaz.isCountry(NameModelFeatures.titleCase(c.text))) {
                continue;
            }
            // a place by the gazetteers, or by the rules or the model ("Falkirk", "Ross County")
            boolean place = c.type == EntityType.PLACE || gaz.phrase(c.text) == Gazetteers.Kind.PLACE
                    || gaz.phrase(NameModelFeatures.titleCase(c.text)) == Gazetteers.Kind.PLACE;
            if (!place || c.from > 0 && VENUE_WORDS.contains(c.s.token(c.from - 1).lower()) && !fixture(c.s)
                    || "building".equals(c.rule) || bornBefore(c) || based(c)) {
                continue;
            }
            if (partOfLonger(c)) {
                inLonger.add(c);
                continue;
            }
            if (aboutMatch(c.s) || fixture(c.s) || c.to < c.s.size() && c.s.token(c.to).text().matches("\\d+([-\u2013/]\\d+)?")) {
                c.type = EntityType.ORGANIZATION;
                c.strength = Candidate.TITLED;
                c.rule = "sports-team";
            }
        }
        cands.removeAll(inLonger);
        return true;
    }

    /**
     * A place right before a capitalised word (no possessive between) is part of a longer name the scanner cut short
     * ("Africa Cup of Nations", "Chicago White Sox", "Boston Red Sox"): in a sports report it is neither the team nor
     * a place, and is dropped.
     */
    private static boolean partOfLonger(Candidate c) {
        if (c.to >= c.s.size() || NameTokens.possessive(c.s.token(c.to - 1)) || NameTokens.shouting(c.s)) {
            return false;
        }
        String next = c.s.token(c.to).text();
        return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
    }

    /** "an Izmir-based club": a place before "-based" says where. */
    private static boolean based(Candidate c) {
        return c.to + 1 < c.s.size() && c.s.token(c.to).text().equals("-") && c.s.token(c.to + 1).is("based")
                || c.to < c.s.size() && c.s.token(c.to).is("-based");
    }

    /** A place a few words after "born" ("born 5 August 1997, Durg, …") is a birthplace. */
    private static boolean bornBefore(Candidate c) {
        for (int k = Math.max(0, c.from - 8); k < c.from; k++) {
            if (c.s.token(k).is("born")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of a fixtures list, "HOUSTON AT PITTSBURGH", "Essex v Kent": two names around "at" or "v" and nothing
     * else (the away side, then the home side).
     */
    private static boolean fixture(Sentence s) {
        for (int k = 1; k < s.size() - 1; k++) {
            String w = s.token(k).lower();
            if (w.equals("at") && NameTokens.shouting(s) || w.equals("v") || w.equals("vs") || w.equals("vs.")) {
                for (int j = 0; j < s.size(); j++) {
                    String t = s.token(j).text();
                    if (j != k && !t.isEmpty() && !Character.isUpperCase(t.codePointAt(0)) && !t.equals(".")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean aboutMatch(Sentence s) {
        for (Token t : s.tokens()) {
            if (words.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    static Set<String> load() {
        return org.newsgraph.nlp.Lexicons.lines("/org/newsgraph/names/sports-words.txt").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
