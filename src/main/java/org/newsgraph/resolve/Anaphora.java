package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Resolves the anaphors of one document (pronouns, "who" after a name, definite descriptions) to
 * the nearest compatible earlier mention, conservatively: an anaphor with no compatible antecedent
 * in its window gets no mention at all. Antecedents are looked for among the names and the
 * anaphors already resolved, within a few sentences and at most {@link #MAX_LOOKBACK} mentions back.
 */
final class Anaphora {

    /** Sentences before the pronoun's own in which an antecedent may be. */
    static final int PRONOUN_WINDOW = 2;
    static final int PERSON_DESCRIPTION_WINDOW = 3;
    static final int ORG_DESCRIPTION_WINDOW = 6;
    /** Sentences back in which a title seen beside a name ("President X") still makes X "the president". */
    static final int TITLE_WINDOW = 25;
    static final int MAX_LOOKBACK = 80;

    private final AnnotatedDocument doc;
    private final List<Mention> names;
    private final List<Entity> entities;
    private final Map<Integer, Set<String>> titles;
    private final ResolverLexicon lex;
    /** Resolved mentions (names, then anaphors as they are resolved) in text order, with sentence index. */
    private final List<Mention> history = new ArrayList<>();
    private final List<Integer> historySentence = new ArrayList<>();
    private final List<Set<String>> orgKinds = new ArrayList<>();
    /** The person a biographical lead is about ("X (born 1950) is a ...", "X was a ..."), or -1. */
    private final int leadSubject;

    Anaphora(AnnotatedDocument doc, List<Mention> names, List<Entity> entities,
             Map<Integer, Set<String>> titles, ResolverLexicon lex) {
        this.doc = doc;
        this.names = names;
        this.entities = entities;
        this.titles = titles;
        this.lex = lex;
        for (Entity e : entities) {
            Set<String> k = new HashSet<>();
            if (e.type() == EntityType.ORGANIZATION) {
                k.addAll(lex.orgKinds(e.name()));
                for (String v : e.variants()) {
                    k.addAll(lex.orgKinds(v));
                }
            }
            orgKinds.add(k);
        }
        this.leadSubject = leadSubject();
    }

    /** Sentences from the start in which a biographical lead's subject is looked for (a title line may come first). */
    static final int LEAD_SENTENCES = 2;

    /**
     * The person named as the subject of a copular opening ("X (1905 – 1971) was a U.S. Representative", "X is an
     * American actor"): in such encyclopaedic or biographical text a sentence-initial "he"/"she" is that person far
     * more often than the nearest name. -1 when the opening is not of that shape.
     */
    private int leadSubject() {
        List<Sentence> ss = doc.sentences();
        for (Mention m : names) {
            Sentence s = doc.sentenceAt(m.span().begin());
            if (s == null || s.index() >= LEAD_SENTENCES) {
                break;
            }
            if (m.entity() < 0 || entities.get(m.entity()).type() != EntityType.PERSON) {
                continue;
            }
            int after = -1;
            for (int k = 0; k < s.size(); k++) {
                if (s.token(k).begin() >= m.span().end()) {
                    after = k;
                    break;
                }
            }
            if (after < 0) {
                continue;
            }
            Token nx = s.token(after);
            if (nx.is("(") || nx.is("is") || nx.is("was")) {
                return m.entity();
            }
        }
        return -1;
    }

    List<Mention> run() {
        List<Mention> out = new ArrayList<>();
        int next = 0;   // next name mention not yet in the history
        for (Sentence s : doc.sentences()) {
            for (int ti = 0; ti < s.size(); ti++) {
                Token t = s.token(ti);
                while (next < names.size() && names.get(next).span().begin() < t.begin()) {
                    push(names.get(next++));
                }
                if (next < names.size() && names.get(next).span().overlaps(t.span())) {
                    continue;   // inside a name
                }
                if (insideName(t.span(), next)) {
                    continue;
                }
                ResolverLexicon.Anaphor a = lex.anaphors.get(t.lower());
                if (a == null) {
                    continue;
                }
                Mention m = switch (a.cls()) {
                    case PRONOUN -> a.type() == EntityType.PERSON ? personPronoun(s, ti, a) : orgPronoun(s, ti);
                    case RELATIVE -> relative(s, ti);
                    case DESCRIPTION -> description(s, ti, a);
                };
                if (m != null) {
                    out.add(m);
                    push(m);
                }
            }
        }
        return out;
    }

    private boolean insideName(Span sp, int next) {
        return next > 0 && names.get(next - 1).span().overlaps(sp);
    }

    private void push(Mention m) {
        if (m.entity() < 0) {
            return;
        }
        history.add(m);
        Sentence s = doc.sentenceAt(m.span().begin());
        historySentence.add(s == null ? -1 : s.index());
    }

    private Mention anaphor(Span span, int entity) {
        return new Mention(span, doc.text(span), entities.get(entity).type(), Mention.Kind.ANAPHOR, entity);
    }

    private static boolean isPronounTag(Token t) {
        return "PRON".equals(t.pos()) || "DET".equals(t.pos());
    }

    // ---- he / she ------------------------------------------------------------------------

    private Mention personPronoun(Sentence s, int ti, ResolverLexicon.Anaphor a) {
        Token t = s.token(ti);
        if (!isPronounTag(t)) {
            return null;
        }
        char g = a.gender();
        boolean initialSubject = (t.is("he") || t.is("she")) && onlyPunctBefore(s, ti);
        int lo = s.index() - PRONOUN_WINDOW;
        // candidates whose entity has the pronoun's gender, nearest first
        int strong = -1;
        int strongSubject = -1;
        int subjectSentence = -1;
        Set<Integer> weak = new HashSet<>();
        int weakNearest = -1;
        for (int h = history.size() - 1, n = 0; h >= 0 && n < MAX_LOOKBACK; h--, n++) {
            int hs = historySentence.get(h);
            if (hs < lo) {
                break;
            }
            Mention m = history.get(h);
            Entity e = entities.get(m.entity());
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            if (e.gender() == g) {
                if (strong < 0) {
                    strong = m.entity();
                }
                // the first compatible mention of the nearest earlier sentence that has one: its subject
                if (initialSubject && hs < s.index() && (subjectSentence < 0 || hs == subjectSentence)) {
                    subjectSentence = hs;
                    strongSubject = m.entity();
                }
            } else if (e.gender() == 'U') {
                weak.add(m.entity());
                if (weakNearest < 0) {
                    weakNearest = m.entity();
                }
            }
        }
        int pick = -1;
        // a lead subject of unknown gender ("Hélé Béji (born 1948) is a writer") takes either pronoun
        char leadGender = leadSubject >= 0 ? entities.get(leadSubject).gender() : 'U';
        // not only sentence-initial: "In 1904 he obtained …", with no person of that gender before it in the sentence
        boolean clauseSubject = (t.is("he") || t.is("she")) && noPersonBefore(s, ti);
        if (clauseSubject && leadSubject >= 0 && (leadGender == g || leadGender == 'U')
                && !sameSentenceCandidate(s, g)) {
            pick = leadSubject;
        } else if ((t.is("he") || t.is("she")) && leadSubject >= 0 && (leadGender == g || leadGender == 'U')
                && opensWithLeadSubject(s)) {
            // "Brandt studied under A and B, after which he joined …": the sentence is about its
            // subject, the article's subject, not the names in its objects
            pick = leadSubject;
        } else if (strong >= 0) {
            pick = initialSubject && strongSubject >= 0 && !sameSentenceCandidate(s, g) ? strongSubject : strong;
        } else if (weak.size() == 1) {
            pick = weakNearest;
        }
        return pick < 0 ? null : anaphor(t.span(), pick);
    }

    /** Whether the sentence's first person mention is the lead subject, standing as its first word. */
    private boolean opensWithLeadSubject(Sentence s) {
        Mention first = null;
        for (int h = history.size() - 1; h >= 0 && historySentence.get(h) == s.index(); h--) {
            if (entities.get(history.get(h).entity()).type() == EntityType.PERSON) {
                first = history.get(h);
            }
        }
        return first != null && first.entity() == leadSubject && first.span().begin() == s.token(0).begin();
    }

    /** Whether a person of gender g is mentioned earlier in the same sentence (then nearest wins). */
    private boolean sameSentenceCandidate(Sentence s, char g) {
        for (int h = history.size() - 1; h >= 0; h--) {
            if (historySentence.get(h) != s.index()) {
                return false;
            }
            Entity e = entities.get(history.get(h).entity());
            if (e.type() == EntityType.PERSON && e.gender() == g) {
                return true;
            }
        }
        return false;
    }

    /** Whether no person (name or resolved anaphor) is mentioned before token {@code ti} in its sentence. */
    private boolean noPersonBefore(Sentence s, int ti) {
        for (int h = history.size() - 1; h >= 0 && historySentence.get(h) == s.index(); h--) {
            Mention m = history.get(h);
            if (m.span().begin() < s.token(ti).begin() && entities.get(m.entity()).type() == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPunctBefore(Sentence s, int ti) {
        for (int k = 0; k < ti; k++) {
            if (!s.token(k).isPunct()) {
                return false;
            }
        }
        return true;
    }

    // ---- they / them / their: an organisation, only when nothing else competes -------------

    private Mention orgPronoun(Sentence s, int ti) {
        Token t = s.token(ti);
        if (!isPronounTag(t)) {
            return null;
        }
        int lo = s.index() - 1;
        Mention nearest = null;
        for (int h = history.size() - 1, n = 0; h >= 0 && n < MAX_LOOKBACK; h--, n++) {
            if (historySentence.get(h) < lo) {
                break;
            }
            Mention m = history.get(h);
            Entity e = entities.get(m.entity());
            if (e.type() == EntityType.PERSON) {
                return null;       // a person in the window: "they" may be a group of people
            }
            if (nearest == null) {
                nearest = m;
            }
        }
        if (nearest == null || entities.get(nearest.entity()).type() != EntityType.ORGANIZATION) {
            return null;
        }
        if (pluralNounBetween(nearest.span().end(), t.begin())) {
            return null;
        }
        return anaphor(t.span(), nearest.entity());
    }

    /** Whether a plural common noun ("officials", "analysts") lies between two offsets. */
    private boolean pluralNounBetween(int from, int to) {
        Sentence s = doc.sentenceAt(from);
        while (s != null && s.span().begin() < to) {
            for (Token k : s.tokens()) {
                if (k.begin() >= from && k.end() <= to && "NOUN".equals(k.pos())) {
                    String w = k.lower();
                    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                            && !w.endsWith("is")) {
                        return true;
                    }
                }
            }
            int next = s.index() + 1;
            s = next < doc.sentences().size() ? doc.sentences().get(next) : null;
        }
        return false;
    }

    // ---- "Smith, who said ...", "Clinton -- who ..." ----

    private Mention relative(Sentence s, int ti) {
        if (ti < 2 || !s.token(ti - 1).text().matches(",|\\u2014|\\u2013|--?")) {
            return null;
        }
        Token before = s.token(ti - 2);
        if (history.isEmpty()) {
            return null;
        }
        Mention last = history.get(history.size() - 1);
        if (last.span().end() != before.end() && !(before.text().matches("'s?|\u2019s?")
                && last.span().end() == before.begin())) {
            return null;
        }
        // "Politifact, who ..." is sloppy but common; a place never answers to "who"
        if (entities.get(last.entity()).type() == EntityType.PLACE || last.span().end() < s.span().begin()) {
            return null;
        }
        return anaphor(s.token(ti).span(), last.entity());
    }

    // ---- "the newspaper", "the former minister" ------------------------------------------

    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    private Mention description(Sentence s, int ti, ResolverLexicon.Anaphor a) {
        Token head = s.token(ti);
        if (!"NOUN".equals(head.pos()) && !"PROPN".equals(head.pos())) {
            return null;
        }
        // the head must end the noun phrase: "the company executives" is about executives
        if (ti + 1 < s.size()) {
            Token after = s.token(ti + 1);
            if ("NOUN".equals(after.pos()) || after.isProperNoun() || after.is("of")) {
                return null;
            }
        }
        // "the" + at most three modifiers ("the former", "the New York", "the Republican presidential") + head
        int k = ti - 1;
        int mods = 0;
        while (k >= 0 && mods < 3 && !s.token(k).is("the")) {
            Token x = s.token(k);
            boolean possessive = x.text().matches("'s|\u2019s");
            if (!possessive && !MODIFIER_TAGS.contains(x.pos())) {
                return null;
            }
            if (x.isProperNoun() && a.type() != EntityType.PERSON) {
                return null;   // "the Trump campaign" names its own organisation: not the nearest campaign
            }
            mods++;
            k--;
        }
        if (k < 0 || !s.token(k).is("the")) {
            return null;
        }
        for (int j = k + 1; j < ti; j++) {
            if (s.token(j).text().matches("'s|\u2019s")) {
                return null;   // "the ministry's spokeswoman": the phrase is about the ministry's person, keep it simple
            }
        }
        Set<String> modifiers = new HashSet<>();
        for (int j = k + 1; j < ti; j++) {
            Token x = s.token(j);
            if (a.type() != EntityType.PERSON && "NOUN".equals(x.pos())) {
                return null;   // "the banking committee", "the appeals court": a different body
            }
            if (!lex.neutralModifiers.contains(x.lower())) {
                modifiers.add(lex.titleWord(x.text()));
            }
        }
        Span span = new Span(s.token(k).begin(), head.end());
        int limit = descriptionLimit(s, k);
        int e = a.type() == EntityType.PERSON ? personFor(s, a, head.lower(), modifiers, limit)
                : orgFor(s, a, limit);
        return e < 0 ? null : anaphor(span, e);
    }

    /**
     * How many of the latest history entries a description may not take as antecedent: those of its
     * own sentence ("The president said the official…" are two people), except a name right before
     * it in apposition ("Maria Zakharova, the spokeswoman,").
     */
    private int descriptionLimit(Sentence s, int theIndex) {
        int skip = 0;
        for (int h = history.size() - 1; h >= 0 && historySentence.get(h) == s.index(); h--) {
            skip++;
        }
        if (skip > 0 && theIndex >= 2 && s.token(theIndex - 1).text().equals(",")
                && history.get(history.size() - 1).span().end() == s.token(theIndex - 2).end()) {
            return 0;
        }
        return skip;
    }

    /**
     * A person for a description: the latest one seen with its head word and every telling modifier
     * beside a name ("the Republican nominee" after "Republican nominee Donald Trump"); failing that,
     * for a bare head that names no office, the nearest person of compatible gender.
     */
    private int personFor(Sentence s, ResolverLexicon.Anaphor a, String head, Set<String> modifiers, int skip) {
        char g = a.gender();
        int nearest = -1;
        int titled = -1;
        for (int h = history.size() - 1 - skip, n = 0; h >= 0 && n < MAX_LOOKBACK; h--, n++) {
            int hs = historySentence.get(h);
            if (hs < s.index() - TITLE_WINDOW) {
                break;
            }
            Mention m = history.get(h);
            Entity e = entities.get(m.entity());
            if (e.type() != EntityType.PERSON || (g != 'U' && e.gender() != 'U' && e.gender() != g)) {
                continue;
            }
            Set<String> seen = titles.getOrDefault(m.entity(), Set.of());
            if (titled < 0 && seen.contains(head) && seen.containsAll(modifiers)) {
                titled = m.entity();
            }
            if (nearest < 0 && hs >= s.index() - PERSON_DESCRIPTION_WINDOW) {
                nearest = m.entity();
            }
        }
        return titled >= 0 || a.office() || !modifiers.isEmpty() ? titled : nearest;
    }

    private int orgFor(Sentence s, ResolverLexicon.Anaphor a, int skip) {
        String kind = a.constraint();
        for (int h = history.size() - 1 - skip, n = 0; h >= 0 && n < MAX_LOOKBACK; h--, n++) {
            if (historySentence.get(h) < s.index() - ORG_DESCRIPTION_WINDOW) {
                break;
            }
            Mention m = history.get(h);
            Entity e = entities.get(m.entity());
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            if (kind.equals("any") || orgKinds.get(m.entity()).contains(kind)) {
                return m.entity();
            }
        }
        return -1;
    }
}
