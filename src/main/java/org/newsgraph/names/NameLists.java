package org.newsgraph.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

import static org.newsgraph.names.NameTokens.*;

/**
 * Coordinated lists of names ("loaned him to Vitesse Arnhem, Everton, AFC Bournemouth and Malaga", "Apple, Nettwerk
 * and Sony"): the items of a list joined by commas and a last "and" or "or" name things of one kind. When one item is
 * an organisation on firm evidence (a gazetteer, an organisation word, an organisation context), an item the rules
 * only guessed (a lone surname or given name, an unknown run, no type at all) is an organisation too (rule
 * {@code org-list}); when one is a person's full name on firm evidence, such an item of two or more words, or a lone
 * surname, is a person (rule {@code person-list}; a list with firm items of both kinds is left alone); items typed on
 * their own evidence (a full person's name, a known place) keep their type.
 * But a list right after an organisation's "of" part is still that name ("School of Painting, Sculpture and
 * Architecture", "Ministry of Labour, Health and Welfare"): one word each, a comma after the first, no known name
 * among them or right before them, nothing capitalised after the last; the organisation is then read to its end
 * (rule {@code org-of-list}).
 */
final class NameLists {

    private final NameEvidence ev;

    NameLists(NameEvidence ev) {
        this.ev = ev;
    }

    /** The most tokens a bracketed aside after an item may hold ("Harvard (2011)", "NYU (2013 and 2015)"). */
    private static final int ASIDE = 8;

    void retype(AnnotatedDocument doc, List<Candidate> cands) {
        List<Candidate> longer = new ArrayList<>();
        for (Candidate c : cands) {
            int end = c.type == EntityType.ORGANIZATION && !c.titleLine && ev.orgOf(doc, c.s, c.from, c.to) ? ofListEnd(doc, c) : -1;
            if (end > 0) {
                longer.add(new Candidate(c.s, c.from, end, spanOf(c.s, c.from, end), surface(doc, c.s, c.from, end),
                        EntityType.ORGANIZATION, c.strength, false, c.known, "org-of-list"));
            }
        }
        for (Candidate l : longer) {
            cands.removeIf(o -> o.s == l.s && o.from < l.to && l.from < o.to);
            cands.add(l);
        }
        Map<Sentence, List<Candidate>> bySentence = new IdentityHashMap<>();
        for (Candidate c : cands) {
            if (!c.titleLine) {
                bySentence.computeIfAbsent(c.s, x -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> inSentence : bySentence.values()) {
            if (inSentence.size() < 2) {
                continue;
            }
            inSentence.sort(Comparator.comparingInt(c -> c.from));
            int start = 0;
            for (int k = 1; k <= inSentence.size(); k++) {
                int sep = k < inSentence.size() ? separator(inSentence.get(k - 1), inSentence.get(k)) : NONE;
                if (sep == NONE) {
                    retypeList(inSentence.subList(start, k));
                    start = k;
                } else if (sep == LAST) {
                    retypeList(inSentence.subList(start, k + 1));
                    start = k + 1;
                    k++;
                }
            }
        }
    }

    /** The end of a list of single words that goes on with an organisation's "of" part, or -1. */
    private int ofListEnd(AnnotatedDocument doc, Candidate c) {
        Sentence s = c.s;
        int n = s.size();
        int k = c.to;
        // a list, with a comma ("Tenants Union of Ohio and Kellerman" are two names), after no known place
        if (k + 1 >= n || !s.token(k).is(",") || ev.placeBefore(doc, s, k)) {
            return -1;
        }
        boolean last = false;
        while (k + 1 < n && !last) {
            if (s.token(k).is(",") && (s.token(k + 1).is("and") || s.token(k + 1).is("or"))) {
                k++;
            }
            Token sep = s.token(k);
            last = sep.is("and") || sep.is("or");
            if (!(last || sep.is(",")) || k + 1 >= n) {
                return -1;
            }
            Token w = s.token(k + 1);
            String word = core(doc, w);
            if (!capitalised(w) || possessive(w) || "NUM".equals(w.pos()) || ev.gaz.phrase(word) != null
                    || ev.gaz.isGivenName(word) && !ev.gaz.isAmbiguousGivenName(word) || ev.gaz.isOrgWord(word)
                    || ev.gaz.isDemonym(word)) {
                return -1;
            }
            k += 2;
        }
        return last && (k >= n || !capitalised(s.token(k))) ? k : -1;
    }

    private static final int NONE = 0, COMMA = 1, LAST = 2;

    /** What joins two candidates: a comma, a last "and"/"or" (with or without a comma), or nothing of a list. */
    private static int separator(Candidate a, Candidate b) {
        Sentence s = a.s;
        int k = a.to;
        if (k < s.size() && s.token(k).is("(")) {
            int close = -1;
            for (int j = k + 1; j < s.size() && j <= k + ASIDE && close < 0; j++) {
                if (s.token(j).is(")")) {
                    close = j;
                } else if (capitalised(s.token(j))) {
                    return NONE;
                }
            }
            if (close < 0) {
                return NONE;
            }
            k = close + 1;
        }
        int gap = b.from - k;
        if (gap == 1 && s.token(k).is(",")) {
            return COMMA;
        }
        if (gap == 1 && (s.token(k).is("and") || s.token(k).is("or"))
                || gap == 2 && s.token(k).is(",") && (s.token(k + 1).is("and") || s.token(k + 1).is("or"))) {
            return LAST;
        }
        return NONE;
    }

    /**
     * A list closed by "and"/"or": its guessed items take the type of its firm ones when those are all of one kind, organisations
     * (a gazetteer, an organisation word, a context) or persons (a full name typed on a given name or a title).
     */
    private static void retypeList(List<Candidate> items) {
        if (items.size() < 2 || separator(items.get(items.size() - 2), items.get(items.size() - 1)) != LAST) {
            return;
        }
        // two names with ", and" between them are two clauses' ("reported from X, and Y and Z from …"), no list
        Candidate a = items.get(0), b = items.get(1);
        if (items.size() == 2 && b.from - a.to >= 2 && a.s.token(b.from - 2).is(",")) {
            return;
        }
        boolean org = false, person = false;
        for (Candidate c : items) {
            org |= c.type == EntityType.ORGANIZATION && c.strength >= Candidate.ORG_WORD;
            person |= c.type == EntityType.PERSON && c.strength >= Candidate.GIVEN && c.to - c.from >= 2;
        }
        if (org == person) {
            return;
        }
        for (Candidate c : items) {
            // (a lone word is a person's only when a surname already made it one, "Lear, Magna and …" may be companies;
            // or when it is a surname that is also an everyday word, "Davenport", which the typing rules leave untyped)
            boolean guessed = c.type == null || c.strength <= Candidate.WEAK;
            if (!c.known && c.type != EntityType.PLACE && guessed
                    && (org || c.type == EntityType.PERSON || c.to - c.from >= 2 || "common-word-surname".equals(c.rule))) {
                c.type = org ? EntityType.ORGANIZATION : EntityType.PERSON;
                c.strength = Candidate.CONTEXT;
                c.rule = org ? "org-list" : "person-list";
            }
        }
    }
}
