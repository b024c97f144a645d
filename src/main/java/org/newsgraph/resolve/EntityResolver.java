package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Who is the same within a document. Groups name mentions into entities (a surname or a given
 * name alone joins the full name met before it, or the one full name that matches when none came
 * before; "Steve" and "Steven" are one name; an organisation's acronym joins its long form when
 * the text defines it or its initials match), gives persons a gender (titles, then given names),
 * then resolves anaphors — pronouns, "who" after a name, and definite descriptions such as
 * "the newspaper" — to the nearest compatible antecedent and adds them as
 * {@link Mention.Kind#ANAPHOR} mentions with their exact spans.
 *
 * <p>Every search is bounded by a window of sentences or mentions, so the cost grows linearly with
 * the length of the document.
 */
public final class EntityResolver implements Annotator {

    private final ResolverLexicon lex;

    /** A resolver over the standard lexicon. */
    public EntityResolver() {
        this.lex = ResolverLexicon.INSTANCE;
    }

    /** A resolver over {@code lexicon}'s shared lists (titles, initials) and this package's own. */
    public EntityResolver(Lexicon lexicon) {
        this.lex = lexicon == Lexicon.standard() ? ResolverLexicon.INSTANCE : new ResolverLexicon(lexicon);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Mention> names = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (m.isName()) {
                names.add(m);
            }
        }
        Clustering c = new Clustering(doc, names, lex);
        List<Mention> resolved = c.run();
        List<Entity> entities = c.entities();
        List<Mention> all = new ArrayList<>(resolved);
        all.addAll(new Anaphora(doc, resolved, entities, c.titlesOf(), lex).run());
        doc.setEntities(entities);
        doc.setMentions(all);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.NAMES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ENTITIES, Layer.COREFERENCE);
    }

    /** Grouping of the name mentions of one document. */
    static final class Clustering {
        private final AnnotatedDocument doc;
        private final ResolverLexicon lex;
        private final List<Mention> names;
        private final List<Cluster> clusters = new ArrayList<>();
        private final Map<String, Cluster> byKey = new HashMap<>();
        private final Map<String, Cluster> byFirstLast = new HashMap<>();
        private final Map<String, List<Cluster>> bySurname = new HashMap<>();
        private final Map<String, List<Cluster>> byGiven = new HashMap<>();
        /** cluster of each name mention (index into names), null while not assigned. */
        private final Cluster[] of;
        private final EntityType[] typeOf;
        private List<Entity> entities;
        private Map<Integer, Set<String>> titlesByEntity;

        Clustering(AnnotatedDocument doc, List<Mention> names, ResolverLexicon lex) {
            this.doc = doc;
            this.names = names;
            this.lex = lex;
            this.of = new Cluster[names.size()];
            this.typeOf = new EntityType[names.size()];
            this.titleGender = new char[names.size()];
        }

        static final class Cluster {
            EntityType type;
            final List<Integer> members = new ArrayList<>();
            final TreeSet<Integer> begins = new TreeSet<>();
            List<String> full = List.of();   // words of the longest name form
            Cluster into;                    // set when merged into another cluster
            int males, females;              // members with a male / female title beside them

            Cluster(EntityType type) {
                this.type = type;
            }

            Cluster root() {
                Cluster c = this;
                while (c.into != null) {
                    c = c.into;
                }
                return c;
            }
        }

        List<Mention> run() {
            // pass 1: names of two words or more, and every name that is not a person's single word
            List<Integer> singles = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Mention m = names.get(i);
                typeOf[i] = m.type();
                List<String> w = NameVariants.words(m.type(), m.text());
                if (w.size() == 1 && m.type() != EntityType.PLACE) {
                    singles.add(i);
                    continue;
                }
                Cluster c = findMulti(m.type(), w, m.text());
                assign(i, c == null ? create(m.type(), keyOf(m.type(), m.text())) : c, w);
            }
            // pass 2, in text order: a single word joins a full name (surname, then given name)
            for (int i : singles) {
                Mention m = names.get(i);
                String word = ResolverLexicon.normal(NameVariants.words(m.type(), m.text()).get(0));
                char g = titleGenderBefore(m);
                Cluster bare = byKey.get(m.type() + "|" + keyOf(m.type(), m.text()));
                // a surname met alone that could not join a full name ("Mr. Obama" with only "Michelle Obama" in the
                // text; "Cruz" with "Rafael Cruz" and "Heidi Cruz") is a person of its own: a later "President Obama"
                // or "Senator Cruz" is that person, not the nearest namesake
                Cluster c = bare != null && bare.root().full.size() < 2 && bare.root().type == EntityType.PERSON
                        && compatible(bare.root(), g) && hasBearer(bySurname.get(word), g)
                        ? bare.root() : pick(bySurname.get(word), m.span().begin(), g);
                if (c == null && !bySurname.containsKey(word)
                        && (m.type() == EntityType.PERSON || lex.isGivenName(word))) {
                    c = pick(byGiven.get(lex.canonicalGiven(word)), m.span().begin(), g);
                }
                if (c != null) {
                    typeOf[i] = EntityType.PERSON;
                    assign(i, c, List.of(word));
                } else {
                    String k = keyOf(m.type(), m.text());
                    Cluster same = byKey.get(m.type() + "|" + k);
                    assign(i, same == null ? create(m.type(), k) : same, List.of(word));
                }
            }
            mergeAcronyms();
            mergeOrgForms();
            List<Mention> out = new ArrayList<>(names.size());
            build(out);
            return out;
        }

        private String keyOf(EntityType type, String text) {
            if (type == EntityType.ORGANIZATION) {
                String alias = lex.orgAlias.get(ResolverLexicon.normal(text));
                if (alias != null) {
                    return NameVariants.key(type, alias);
                }
            }
            return NameVariants.key(type, text);
        }

        private Cluster findMulti(EntityType type, List<String> w, String text) {
            Cluster c = byKey.get(type + "|" + keyOf(type, text));
            if (c != null || type != EntityType.PERSON) {
                return c == null ? null : c.root();
            }
            c = byFirstLast.get(firstLast(w));
            if (c != null) {
                return c.root();
            }
            // "Gregorio Pacheco" (a headline) then "Gregorio Pacheco Leyes": the full name goes on from the one met before;
            // the shorter name after the longer may be another person's ("Aung San", father of "Aung San Suu Kyi")
            for (Cluster x : byGiven.getOrDefault(lex.canonicalGiven(ResolverLexicon.normal(w.get(0))), List.of())) {
                Cluster r = x.root();
                if (r.type == EntityType.PERSON && r.full.size() >= 2 && r.full.size() < w.size() && startsWith(w, r.full)) {
                    return r;
                }
            }
            // "von der Leyen" after "Ursula von der Leyen": a proper suffix that is not a given name
            if (!lex.isGivenName(w.get(0))) {
                for (Cluster x : bySurname.getOrDefault(ResolverLexicon.normal(w.get(w.size() - 1)), List.of())) {
                    Cluster r = x.root();
                    if (r.full.size() > w.size() && endsWith(r.full, w)) {
                        return r;
                    }
                }
            }
            return null;
        }

        private static boolean startsWith(List<String> full, List<String> head) {
            for (int i = 0; i < head.size(); i++) {
                if (!ResolverLexicon.normal(full.get(i)).equals(ResolverLexicon.normal(head.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean endsWith(List<String> full, List<String> tail) {
            int off = full.size() - tail.size();
            for (int i = 0; i < tail.size(); i++) {
                if (!ResolverLexicon.normal(full.get(off + i)).equals(ResolverLexicon.normal(tail.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        private String firstLast(List<String> w) {
            return lex.canonicalGiven(ResolverLexicon.normal(w.get(0))) + "|" + ResolverLexicon.normal(w.get(w.size() - 1));
        }

        private Cluster create(EntityType type, String key) {
            Cluster c = new Cluster(type);
            clusters.add(c);
            byKey.putIfAbsent(type + "|" + key, c);
            return c;
        }

        private void assign(int i, Cluster c, List<String> words) {
            c = c.root();
            of[i] = c;
            c.members.add(i);
            countGender(c, i);
            c.begins.add(names.get(i).span().begin());
            if (words.size() > c.full.size()) {
                c.full = List.copyOf(words);
            }
            if (c.type == EntityType.PERSON && words.size() >= 2) {
                byFirstLast.putIfAbsent(firstLast(words), c);
                String sur = ResolverLexicon.normal(words.get(words.size() - 1));
                List<Cluster> s = bySurname.computeIfAbsent(sur, k -> new ArrayList<>());
                if (!s.contains(c)) {
                    s.add(c);
                }
                List<Cluster> gv = byGiven.computeIfAbsent(lex.canonicalGiven(ResolverLexicon.normal(words.get(0))),
                        k -> new ArrayList<>());
                if (!gv.contains(c)) {
                    gv.add(c);
                }
            }
        }

        private boolean compatible(Cluster r, char gender) {
            char cg = genderOf(r);
            return gender == 'U' || gender == 0 || cg == 'U' || cg == gender;
        }

        /** Whether some person of a compatible gender bears the surname. */
        private boolean hasBearer(List<Cluster> candidates, char gender) {
            for (Cluster x : candidates == null ? List.<Cluster>of() : candidates) {
                if (compatible(x.root(), gender)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The candidate mentioned last before {@code pos}; when none was mentioned before, the only
         * candidate. Candidates of the other gender (when both are known) are left out.
         */
        private Cluster pick(List<Cluster> candidates, int pos, char gender) {
            if (candidates == null || candidates.isEmpty()) {
                return null;
            }
            Cluster best = null;
            int bestPos = -1;
            Set<Cluster> distinct = new LinkedHashSet<>();
            for (Cluster x : candidates) {
                Cluster r = x.root();
                if (!compatible(r, gender)) {
                    continue;
                }
                distinct.add(r);
                Integer before = r.begins.lower(pos);
                if (before != null && before > bestPos) {
                    best = r;
                    bestPos = before;
                }
            }
            if (best == null && distinct.size() == 1) {
                best = distinct.iterator().next();
            }
            return best;
        }

        private static final Cluster NONE = new Cluster(EntityType.ORGANIZATION);

        /** Merges an acronym's cluster into its long form's: defined in brackets, or exact initials. */
        private void mergeAcronyms() {
            Map<String, Cluster> longForms = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Mention m = names.get(i);
                String acr = acronym(m.text());
                if (acr == null || typeOf[i] == EntityType.PERSON) {
                    continue;
                }
                Cluster a = of[i].root();
                // "North Atlantic Treaty Organization (NATO)"
                if (i > 0 && of[i - 1].root() != a && typeOf[i - 1] != EntityType.PERSON) {
                    Mention prev = names.get(i - 1);
                    String between = doc.text().substring(prev.span().end(), m.span().begin());
                    if (between.matches("\\s*\\(\\s*") && initialsMatch(prev.text(), acr, true)) {
                        merge(a, of[i - 1].root());
                        continue;
                    }
                }
                // one scan of the clusters per distinct acronym, so a long document stays linear
                Cluster only = longForms.computeIfAbsent(acr, x -> {
                    Cluster found = null;
                    int count = 0;
                    for (Cluster c : clusters) {
                        if (c.into == null && c.type != EntityType.PERSON && c.full.size() >= 2
                                && initialsMatch(String.join(" ", c.full), x, false)) {
                            found = c;
                            count++;
                        }
                    }
                    return count == 1 ? found : NONE;
                });
                if (only != NONE && only.root() != a) {
                    merge(a, only);
                }
            }
        }

        /**
         * Merges an organisation's shorter form into the one longer form of the document that it opens or closes:
         * "House of Commons" into "House of Commons of Canada" (an "of" part follows a name of two words or more),
         * "Congress" into "Indian National Congress" (a lone organisation word that ends it). Nothing is merged when two
         * longer forms would fit. ("US Airways" and "US Airways Group Inc." stay apart: CoNLL's gold counts a company's
         * name with and without its legal form as two entities.)
         */
        private void mergeOrgForms() {
            List<Cluster> orgs = new ArrayList<>();
            for (Cluster c : clusters) {
                if (c.into == null && c.type == EntityType.ORGANIZATION && !c.full.isEmpty()) {
                    orgs.add(c);
                }
            }
            for (Cluster shortForm : orgs) {
                List<String> w = shortForm.full;
                Cluster only = null;
                int count = 0;
                for (Cluster longForm : orgs) {
                    if (longForm.into == null && longForm != shortForm && longForm.full.size() > w.size()
                            && longerForm(longForm.full, w)) {
                        only = longForm;
                        count++;
                    }
                }
                if (count == 1 && shortForm.into == null) {
                    merge(shortForm, only);
                }
            }
        }

        private boolean longerForm(List<String> full, List<String> w) {
            if (startsWith(full, w)) {
                String next = ResolverLexicon.normal(full.get(w.size()));
                return w.size() >= 2 && (next.equals("of") || next.equals("for"));
            }
            return w.size() == 1 && lex.orgWordKinds.containsKey(ResolverLexicon.fold(w.get(0))) && endsWith(full, w)
                    && !full.contains("of");
        }

        private static String acronym(String text) {
            String t = NameVariants.stripPossessive(text.strip()).replace(".", "");
            if (t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                return t;
            }
            return null;
        }

        /** Whether the initials of a name's capitalised words spell the acronym. */
        private boolean initialsMatch(String name, String acr, boolean loose) {
            StringBuilder strict = new StringBuilder();
            StringBuilder all = new StringBuilder();
            for (String w : name.split("[\\s-]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                char c0 = Character.toUpperCase(w.charAt(0));
                all.append(c0);
                if (!lex.initialsSkipWords.contains(w.toLowerCase(Locale.ROOT))) {
                    strict.append(c0);
                }
            }
            String a = acr.toUpperCase(Locale.ROOT);
            if (strict.toString().equals(a) || all.toString().equals(a)) {
                return true;
            }
            // defined in brackets: the acronym's letters start the name's words in order ("Nato" kinds)
            return loose && a.length() >= 2 && strict.length() >= a.length()
                    && strict.toString().startsWith(a.substring(0, 1)) && subsequence(a, strict.toString());
        }

        private static boolean subsequence(String a, String s) {
            int j = 0;
            for (int i = 0; i < s.length() && j < a.length(); i++) {
                if (s.charAt(i) == a.charAt(j)) {
                    j++;
                }
            }
            return j == a.length();
        }

        private void merge(Cluster from, Cluster to) {
            from = from.root();
            to = to.root();
            if (from == to) {
                return;
            }
            for (int i : from.members) {
                to.members.add(i);
                to.begins.add(names.get(i).span().begin());
                of[i] = to;
                typeOf[i] = to.type;
            }
            if (from.full.size() > to.full.size()) {
                to.full = from.full;
            }
            to.males += from.males;
            to.females += from.females;
            from.males = 0;
            from.females = 0;
            from.members.clear();
            from.into = to;
        }

        // ---- gender and titles -------------------------------------------------------------

        private final Map<Cluster, Character> genderCache = new HashMap<>();

        /** The gender told by titles beside each name mention, computed once ('N' for none); 0 until asked. */
        private final char[] titleGender;

        private char titleGenderOf(int i) {
            if (titleGender[i] == 0) {
                char g = titleGenderBefore(names.get(i));
                if (g == 0) {
                    g = titleGenderAfter(names.get(i));
                }
                titleGender[i] = g == 0 ? 'N' : g;
            }
            return titleGender[i];
        }

        /** Counts the title gender of member {@code i} in {@code c} (kept as members come, not recounted per question). */
        private void countGender(Cluster c, int i) {
            char g = titleGenderOf(i);
            if (g == 'M') {
                c.males++;
            } else if (g == 'F') {
                c.females++;
            }
        }

        /** Gender of a cluster as known so far: titles beside its mentions, then its given name. */
        private char genderOf(Cluster c) {
            int m = c.males, f = c.females;
            if (m > f) {
                return 'M';
            }
            if (f > m) {
                return 'F';
            }
            if (c.full.size() >= 2) {
                return lex.givenGender(c.full.get(0));
            }
            return 'U';
        }

        /** Gender told by titles in the mention itself or just before it ("Mrs. Smith", "spokeswoman X"); 0 if none. */
        char titleGenderBefore(Mention m) {
            for (String w : m.text().split("\\s+")) {
                if (!lex.isTitle(w)) {
                    break;
                }
                char g = lex.titleGender(w);
                if (g == 'M' || g == 'F') {
                    return g;
                }
            }
            Sentence s = doc.sentenceAt(m.span().begin());
            if (s == null) {
                return 0;
            }
            int t = s.tokenAt(m.span().begin());
            // "spokeswoman Maria Zakharova", "the company's spokeswoman, Kim Lee,"
            if (t >= 2 && s.token(t - 1).text().equals(",") && lex.isTitle(s.token(t - 2).text())) {
                t--;
            }
            for (int k = t - 1; k >= 0 && k >= t - 2; k--) {
                Token tok = s.token(k);
                if (!lex.isTitle(tok.text())) {
                    break;
                }
                char g = lex.titleGender(tok.text());
                if (g == 'M' || g == 'F') {
                    return g;
                }
            }
            return 0;
        }

        /** Gender told by an apposition after the name: "Zakharova, the ministry's spokeswoman,"; 0 if none. */
        char titleGenderAfter(Mention m) {
            String title = appositionTitle(m, true);
            return title == null ? 0 : lex.titleGender(title);
        }

        /** The first title word of an apposition after the mention ("X, the company's spokeswoman"), or null. */
        private String appositionTitle(Mention m, boolean gendered) {
            Sentence s = doc.sentenceAt(m.span().begin());
            if (s == null) {
                return null;
            }
            int t = s.tokenAt(m.span().end() - 1);
            if (t < 0 || t + 2 >= s.size() || !s.token(t + 1).text().equals(",")) {
                return null;
            }
            String first = s.token(t + 2).lower();
            if (!first.equals("the") && !first.equals("a") && !first.equals("an")) {
                return null;
            }
            for (int k = t + 3; k < s.size() && k <= t + 7; k++) {
                Token tok = s.token(k);
                if (tok.isPunct() || tok.is("who") || tok.is("which")) {
                    break;
                }
                if (lex.isTitle(tok.text()) || lex.anaphors.containsKey(tok.lower())) {
                    char g = lex.titleGender(tok.text());
                    if (!gendered || g == 'M' || g == 'F') {
                        return lex.titleWord(tok.text());
                    }
                }
            }
            return null;
        }

        /** Title words met beside each entity's mentions ("President X", "X, the company's spokeswoman"). */
        Map<Integer, Set<String>> titlesOf() {
            return titlesByEntity;
        }

        /**
     * The words that describe a person beside one of its mentions, lower case, titles spelt out:
     * title words inside the mention, up to three nouns and adjectives just before it ("Republican
     * presidential nominee Donald Trump"), and the words of an apposition after it ("Lavrov, the
     * Russian foreign minister,").
     */
    private Set<String> titlesBeside(Mention m) {
        Set<String> out = new HashSet<>();
        for (String w : m.text().split("\\s+")) {
            if (!lex.isTitle(w)) {
                break;
            }
            out.add(lex.titleWord(w));
        }
        Sentence s = doc.sentenceAt(m.span().begin());
        if (s == null) {
            return out;
        }
        int t = s.tokenAt(m.span().begin());
        for (int k = t - 1; k >= 0 && k >= t - 3; k--) {
            Token tok = s.token(k);
            if (tok.isPunct() || !(tok.isProperNoun() || "NOUN".equals(tok.pos()) || "ADJ".equals(tok.pos()))) {
                break;
            }
            out.add(lex.titleWord(tok.text()));
        }
        int e = s.tokenAt(m.span().end() - 1);
        if (e >= 0 && e + 2 < s.size() && s.token(e + 1).text().equals(",")
                && s.token(e + 2).text().matches("(?i)the|a|an")) {
            for (int k = e + 3; k < s.size() && k <= e + 8; k++) {
                Token tok = s.token(k);
                if (tok.isPunct() || tok.is("who") || tok.is("which") || tok.is("of") || tok.is("for")) {
                    break;
                }
                out.add(lex.titleWord(tok.text()));
            }
        }
        return out;
    }

    // ---- entities ----------------------------------------------------------------------

        private void build(List<Mention> out) {
            List<Cluster> live = new ArrayList<>();
            for (Cluster c : clusters) {
                if (c.into == null && !c.members.isEmpty()) {
                    c.members.sort(Comparator.comparing(i -> names.get(i).span()));
                    live.add(c);
                }
            }
            live.sort(Comparator.comparing(c -> names.get(c.members.get(0)).span()));
            entities = new ArrayList<>(live.size());
            titlesByEntity = new HashMap<>();
            Map<Cluster, Integer> ids = new HashMap<>();
            for (Cluster c : live) {
                int id = entities.size();
                ids.put(c, id);
                String best = null;
                int bestWords = -1;
                Set<String> variants = new LinkedHashSet<>();
                Set<String> titles = new HashSet<>();
                for (int i : c.members) {
                    Mention m = names.get(i);
                    String clean = cleanName(c.type, m.text());
                    variants.add(clean);
                    int n = NameVariants.words(c.type, m.text()).size();
                    if (n > bestWords || (n == bestWords && clean.length() > best.length())) {
                        best = clean;
                        bestWords = n;
                    }
                    if (c.type == EntityType.PERSON) {
                        titles.addAll(titlesBeside(m));
                    }
                }
                titlesByEntity.put(id, titles);
                char gender = c.type == EntityType.PERSON ? genderOf(c) : 'U';
                entities.add(new Entity(id, c.type, best, variants, gender));
            }
            for (int i = 0; i < names.size(); i++) {
                Mention m = names.get(i);
                Cluster c = of[i].root();
                out.add(new Mention(m.span(), m.text(), c.type, m.kind(), ids.get(c)));
            }
        }

        List<Entity> entities() {
            return entities;
        }

        private static final java.util.regex.Pattern SPACED_HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L}) - (?=\\p{Lu})");

        /** The surface form without possessive, leading titles (persons) or a leading "the". */
        private String cleanName(EntityType type, String text) {
            String s = NameVariants.stripPossessive(text.strip().replace('\u2019', '\''));
            String[] w = s.split("\\s+");
            int from = 0;
            if (type == EntityType.PERSON) {
                while (from < w.length - 1 && lex.isTitle(w[from])) {
                    from++;
                }
            } else if (w.length > 1 && w[0].equalsIgnoreCase("the")) {
                from = 1;
            }
            w[w.length - 1] = NameVariants.dropFinalStop(w[w.length - 1]);
            String name = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
            // "Jean - Claude Varnier" in text tokenised with spaced hyphens: the person is "Jean-Claude Varnier"
            return type == EntityType.PERSON ? SPACED_HYPHEN.matcher(name).replaceAll("-") : name;
        }
    }
}
