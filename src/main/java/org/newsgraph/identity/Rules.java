package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.names.EntityType;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.NameVariants;

/**
 * Decides which of the extractor's entities are one, over the whole corpus. Candidates come from
 * blocks (same Wikidata item, same given name and surname, same surname, same acronym, a party
 * word), never from all pairs, so the work grows with the number of entities. In order:
 * <ol>
 * <li>a Wikidata item from {@code link} joins the entities that carry it, and two different items
 *     keep two entities apart whatever the other rules say;</li>
 * <li>full names with one given name and surname join when their middle names or initials agree
 *     (a missing one agrees with any; "George W." and "George H. W." do not, and a "George Bush"
 *     then stays apart from both);</li>
 * <li>an organisation's acronym joins its expansion when the corpus defines it ("the Federal
 *     Bureau of Investigation (FBI)") or the shipped organisation list names it, and there is
 *     one expansion;</li>
 * <li>a party word ("Republican", "GOP") is the party;</li>
 * <li>a surname alone joins the one full name that bears it, per document: the bearers of a
 *     compatible gender and title, then the document's other names, then a bearer holding nine
 *     in ten of the surname's mentions. Otherwise it stays, and the pair is reported.</li>
 * </ol>
 */
final class Rules {

    private final Map<String, Entry> entries;
    private final Map<String, Set<String>> docEntities;
    private final Map<List<String>, Map<String, Integer>> docAnchors;
    private final Map<String, String> qids;
    private final Map<String, String> partyWords;

    final UnionFind groups = new UnionFind();
    private final Map<String, String> rootQid = new HashMap<>();
    final Map<String, Decision> global = new LinkedHashMap<>();
    final Map<String, Map<String, Decision>> perDoc = new HashMap<>();
    private final Map<List<String>, Integer> unmergedCounts = new TreeMap<>(Comparator.comparing(Object::toString));
    final Map<String, String> labelHints = new HashMap<>();
    private final Map<String, Map<String, Integer>> cooc = new HashMap<>();
    private final Map<String, Set<String>> rootDocs = new HashMap<>();
    /** Small words left out of a name's initials (the lexicon's list). */
    private final Set<String> initialsSkipWords;

    Rules(Map<String, Entry> entries, Map<String, Set<String>> docEntities, Map<List<String>, Map<String, Integer>> docAnchors,
            Map<String, String> qids, Map<String, String> partyWords, Set<String> initialsSkipWords) {
        this.entries = entries;
        this.initialsSkipWords = initialsSkipWords;
        this.docEntities = docEntities;
        this.docAnchors = docAnchors;
        this.qids = qids;
        this.partyWords = partyWords;
    }

    void run() {
        wikidata();
        fullNames();
        partyWords();
        acronyms();
        containedNames();
        surnames();
    }

    /** Where the extractor's entity {@code orig} of document {@code doc} belongs. */
    String resolve(String doc, String orig) {
        Map<String, Decision> d = perDoc.get(doc);
        Decision x = d == null ? null : d.get(orig);
        return groups.find(x == null ? orig : x.into());
    }

    List<Unmerged> unmerged() {
        List<Unmerged> out = new ArrayList<>();
        unmergedCounts.forEach((k, n) -> out.add(new Unmerged(k.get(0), label(k.get(0)), k.get(1), label(k.get(1)),
                k.get(2) + (n > 1 ? " (" + n + " documents)" : ""))));
        return out;
    }

    private String label(String iri) {
        Entry e = entries.get(iri);
        return e != null ? e.label() : labelHints.getOrDefault(iri, iri);
    }

    private void unmerged(String a, String b, String reason) {
        unmergedCounts.merge(List.of(a, b, reason), 1, Integer::sum);
    }

    private boolean union(String from, String to, String rule, String evidence, double confidence) {
        String a = groups.find(from);
        String b = groups.find(to);
        if (a.equals(b)) {
            return false;
        }
        String qa = rootQid.get(a);
        String qb = rootQid.get(b);
        if (qa != null && qb != null && !qa.equals(qb)) {
            unmerged(from, to, rule + " rule overruled: linked to different Wikidata items " + qa + ", " + qb);
            return false;
        }
        groups.into(a, b);
        if (qb == null && qa != null) {
            rootQid.put(b, qa);
        }
        global.put(from, new Decision(from, to, rule, evidence, confidence, null));
        return true;
    }

    // ---- 1. Wikidata items ----------------------------------------------------------------

    private void wikidata() {
        Map<String, List<Entry>> byItem = new TreeMap<>();
        for (Entry e : entries.values()) {
            String q = qids.get(e.iri);
            if (q != null) {
                rootQid.put(e.iri, q);
                byItem.computeIfAbsent(e.type + "|" + q, k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<Entry>> g : byItem.entrySet()) {
            List<Entry> list = g.getValue();
            Entry rep = biggest(list);
            String q = g.getKey().substring(g.getKey().indexOf('|') + 1);
            for (Entry e : list) {
                if (e != rep) {
                    union(e.iri, rep.iri, "wikidata", "both linked to " + q, 1.0);
                }
            }
        }
    }

    private static Entry biggest(List<Entry> list) {
        return list.stream().max(Comparator.<Entry>comparingInt(e -> e.mentions).thenComparing(e -> e.iri,
                Comparator.reverseOrder())).orElseThrow();
    }

    // ---- 2. full names: middle names and initials ------------------------------------------

    private void fullNames() {
        Map<String, List<Entry>> blocks = new TreeMap<>();
        for (Entry e : entries.values()) {
            Entry.PersonName p = e.personName();
            if (p != null) {
                blocks.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> block : blocks.values()) {
            if (block.size() < 2) {
                continue;
            }
            List<Entry> withMiddle = block.stream().filter(e -> !e.personName().middles().isEmpty()).toList();
            String conflict = null;
            for (int i = 0; i < withMiddle.size() && conflict == null; i++) {
                for (int j = i + 1; j < withMiddle.size(); j++) {
                    if (!compatibleMiddles(withMiddle.get(i).personName().middles(), withMiddle.get(j).personName().middles())) {
                        conflict = withMiddle.get(i).label() + " and " + withMiddle.get(j).label();
                        unmerged(withMiddle.get(i).iri, withMiddle.get(j).iri, "different middle names or initials");
                        break;
                    }
                }
            }
            if (conflict != null) {
                for (Entry e : block) {
                    if (e.personName().middles().isEmpty()) {
                        for (Entry m : withMiddle) {
                            unmerged(e.iri, m.iri, "no middle name: could be " + conflict);
                        }
                    }
                }
                continue;
            }
            Entry rep = biggest(block);
            for (Entry e : block) {
                if (e != rep) {
                    boolean same = e.personName().middles().size() == rep.personName().middles().size();
                    union(e.iri, rep.iri, "full-name", same
                            ? "same given name, middle name or initial and surname (" + e.label() + ", " + rep.label() + ")"
                            : "same given name and surname, a middle name or initial written in one only ("
                                    + e.label() + ", " + rep.label() + ")", same ? 0.95 : 0.9);
                }
            }
        }
    }

    /** Same number of middle words, each the same or an initial of the other ("Rodham" and "R."). */
    static boolean compatibleMiddles(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean ok = x.equals(y) || (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // ---- 3. party words -------------------------------------------------------------------

    private void partyWords() {
        partyWords.forEach((word, party) -> {
            String w = Iris.entity(EntityType.ORGANIZATION, word);
            if (!entries.containsKey(w)) {
                return;
            }
            String p = Iris.entity(EntityType.ORGANIZATION, party);
            labelHints.put(p, party);
            union(w, p, "party-word", "'" + word + "' names the " + party + " (an affiliation word, not an organisation of its own)", 0.9);
        });
    }

    // ---- 4. acronyms ----------------------------------------------------------------------

    private void acronyms() {
        Map<String, Map<String, Integer>> defined = new HashMap<>();   // acronym → defining entity → documents
        for (Entry e : entries.values()) {
            if (e.type != EntityType.ORGANIZATION || e.isSingleWord() && Labels.isAcronym(e.label())) {
                continue;
            }
            String full = e.label();
            for (String f : e.forms.keySet()) {
                if (Labels.isAcronym(f) && initials(full).equals(acr(f))) {
                    defined.computeIfAbsent(acr(f), k -> new HashMap<>()).merge(e.iri, e.docs.size(), Integer::sum);
                }
            }
        }
        Map<String, String> listed = listedAcronyms();
        for (Entry a : entries.values()) {
            if (a.type != EntityType.ORGANIZATION || !a.isSingleWord() || !Labels.isAcronym(a.label())
                    || !groups.find(a.iri).equals(a.iri)) {
                continue;
            }
            String acr = acr(a.label());
            Map<String, String> roots = new TreeMap<>();   // root → evidence
            Map<String, Double> conf = new HashMap<>();
            defined.getOrDefault(acr, Map.of()).forEach((iri, docs) -> {
                if (!iri.equals(a.iri)) {
                    roots.putIfAbsent(groups.find(iri), "defined as '" + entries.get(iri).label() + "' in the corpus (" + docs
                            + (docs == 1 ? " document)" : " documents)"));
                    conf.putIfAbsent(groups.find(iri), 0.95);
                }
            });
            String main = listed.get(acr.toLowerCase(Locale.ROOT));
            if (main != null) {
                String m = Iris.entity(EntityType.ORGANIZATION, main);
                if (entries.containsKey(m) && !m.equals(a.iri)) {
                    roots.putIfAbsent(groups.find(m), "listed as '" + entries.get(m).label() + "' in the shipped organisation data");
                    conf.putIfAbsent(groups.find(m), 0.9);
                }
            }
            if (roots.size() == 1) {
                String r = roots.keySet().iterator().next();
                union(a.iri, r, "acronym", roots.get(r), conf.get(r));
            } else if (roots.size() > 1) {
                for (String r : roots.keySet()) {
                    unmerged(a.iri, r, "acronym with several expansions in the corpus");
                }
            }
        }
    }

    /**
     * Acronym aliases of the shipped organisation list, lower case, to their main name; an acronym
     * that spells another alias of its line ("RNC": "Republican National Committee" under
     * "Republican Party") names that body, not the main one, and is left out.
     */
    private Map<String, String> listedAcronyms() {
        Map<String, List<String>> byMain = new HashMap<>();
        NameVariants.organisationAliases().forEach((alias, main) -> byMain.computeIfAbsent(main, k -> new ArrayList<>()).add(alias));
        Map<String, String> out = new HashMap<>();
        byMain.forEach((main, aliases) -> {
            for (String a : aliases) {
                if (a.contains(" ") || a.length() < 2 || a.length() > 6) {
                    continue;
                }
                String up = a.toUpperCase(Locale.ROOT);
                boolean other = aliases.stream().anyMatch(b -> b.contains(" ") && initials(b).equals(up));
                if (initials(main).equals(up) || !other) {
                    out.put(a, main);
                }
            }
        });
        return out;
    }

    /** Initials of a name's words, function words left out, upper case: "Federal Bureau of Investigation" gives FBI. */
    String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !initialsSkipWords.contains(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    private static String acr(String form) {
        return form.replace(".", "").strip().toUpperCase(Locale.ROOT);
    }

    /** A word that can end a full name: not initials run together ("HW"). */
    private static boolean surnameLike(String w) {
        return w.length() >= 3 || w.length() == 2 && w.chars().anyMatch(ch -> "aeiouy".indexOf(ch) >= 0);
    }

    // ---- 5. surnames alone ------------------------------------------------------------------

    private void surnames() {
        Map<String, List<Entry>> bySurname = new HashMap<>();
        for (Entry e : entries.values()) {
            Entry.PersonName p = e.personName();
            if (p != null && (NameVariants.isGivenName(p.first()) || p.first().length() == 1)) {
                bySurname.computeIfAbsent(p.last(), k -> new ArrayList<>()).add(e);
            }
        }
        bySurname.values().forEach(list -> list.forEach(
                e -> rootDocs.computeIfAbsent(groups.find(e.iri), r -> new TreeSet<>()).addAll(e.docs)));
        for (Entry s : entries.values()) {
            if (s.type != EntityType.PERSON || !groups.find(s.iri).equals(s.iri)) {
                continue;
            }
            String word = surnameWord(s, bySurname);
            if (word == null) {
                continue;
            }
            Map<String, Candidate> cands = new TreeMap<>();
            for (Entry b : bySurname.get(word)) {
                if (!b.iri.equals(s.iri)) {
                    cands.computeIfAbsent(groups.find(b.iri), Candidate::new).add(b);
                }
            }
            String sq = rootQid.get(s.iri);
            if (sq != null) {
                cands.values().removeIf(c -> rootQid.get(c.root) != null && !sq.equals(rootQid.get(c.root)));
            }
            // a namesake named a couple of times does not compete with a bearer named hundreds of times
            int total = cands.values().stream().mapToInt(c -> c.mentions).sum();
            cands.values().removeIf(c -> c.mentions < 0.03 * total);
            if (cands.isEmpty()) {
                continue;
            }
            for (String doc : s.docs) {
                surnameInDocument(s, word, doc, cands);
            }
        }
    }

    /**
     * The surname an entity stands for: its one word, or, for a "name" whose first word is no given
     * name ("Obama White House", "Party Against Rubio": headline words taken in), the one word of it
     * that is some full name's surname.
     */
    private static String surnameWord(Entry s, Map<String, List<Entry>> bySurname) {
        List<String> t = s.tokens();
        if (t.size() == 1) {
            return bySurname.containsKey(t.get(0)) ? t.get(0) : null;
        }
        if (t.isEmpty() || NameVariants.isGivenName(t.get(0)) || t.get(0).length() == 1) {
            return null;
        }
        Set<String> found = new TreeSet<>();
        for (String w : t) {
            if (bySurname.containsKey(w)) {
                found.add(w);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    // ---- 4b. a full name with headline words around it -----------------------------------

    /**
     * "Paul Ryan Joins Growing List", "Real Donald Trump": a person whose words hold the words of one
     * full name named three times as often, the other words being no given names, initials,
     * titles or suffixes, and the full name ending in a surname, not in initials ("George HW" does
     * not take "George HW Bush"), is that person.
     */
    private void containedNames() {
        Map<String, Entry> full = new HashMap<>();
        for (Entry e : entries.values()) {
            Entry.PersonName p = e.personName();
            if (p != null && NameVariants.isGivenName(p.first())) {
                full.merge(String.join(" ", e.tokens()), e, (a, b) -> a.mentions >= b.mentions ? a : b);
            }
        }
        for (Entry n : entries.values()) {
            List<String> t = n.tokens();
            if (n.type != EntityType.PERSON || t.size() < 3 || !groups.find(n.iri).equals(n.iri)) {
                continue;
            }
            Map<String, Entry> found = new TreeMap<>();
            for (int i = 0; i < t.size(); i++) {
                for (int j = i + 2; j <= t.size(); j++) {
                    if (j - i == t.size()) {
                        continue;
                    }
                    Entry g = full.get(String.join(" ", t.subList(i, j)));
                    if (g == null || g.mentions < 3 * n.mentions || groups.find(g.iri).equals(n.iri) || !surnameLike(g.personName().last())) {
                        continue;
                    }
                    boolean plain = true;
                    for (int k = 0; k < t.size(); k++) {
                        String w = t.get(k);
                        if ((k < i || k >= j) && (NameVariants.isGivenName(w) || w.length() == 1
                                || Entry.SUFFIXES.contains(w) || NameVariants.isTitle(w))) {
                            plain = false;
                        }
                    }
                    if (plain) {
                        found.put(groups.find(g.iri), g);
                    }
                }
            }
            if (found.size() == 1) {
                Entry g = found.values().iterator().next();
                union(n.iri, g.iri, "contains-name", "'" + n.label() + "' is '" + g.label()
                        + "' with other words taken into the name (a headline's)", 0.7);
            }
        }
    }

    /** A full-name group that bears a surname, summed over its members. */
    private final class Candidate {
        final String root;
        int mentions;
        final Map<String, Integer> titles = new HashMap<>();
        Entry biggest;

        Candidate(String root) {
            this.root = root;
        }

        void add(Entry e) {
            mentions += e.mentions;
            e.titles.forEach((t, n) -> titles.merge(t, n, Integer::sum));
            if (biggest == null || e.mentions > biggest.mentions) {
                biggest = e;
            }
        }

        char gender() {
            return biggest.gender();
        }

        String label() {
            return Rules.this.label(root);
        }
    }

    private void surnameInDocument(Entry s, String surname, String doc, Map<String, Candidate> cands) {
        Set<String> here = docEntities.getOrDefault(doc, Set.of());
        Map<String, Candidate> present = new TreeMap<>();
        for (String o : here) {
            Candidate c = cands.get(groups.find(o));
            if (c != null && !o.equals(s.iri)) {
                present.put(c.root, c);
            }
        }
        Map<String, Integer> anchors = docAnchors.getOrDefault(List.of(doc, s.iri), Map.of());
        int male = 0;
        int female = 0;
        Set<String> roles = new TreeSet<>();
        for (Map.Entry<String, Integer> a : anchors.entrySet()) {
            for (String t : Entry.titlesOf(a.getKey())) {
                char g = NameVariants.titleGender(t);
                if (g == 'M') {
                    male += a.getValue();
                } else if (g == 'F') {
                    female += a.getValue();
                } else {
                    roles.add(NameVariants.titleWord(t));
                }
            }
        }
        char gender = male > 0 && female == 0 ? 'M' : female > 0 && male == 0 ? 'F' : 'U';
        List<Candidate> c = filter(present.isEmpty() ? cands.values() : present.values(), gender, roles);
        String word = "'" + surname + "'";
        if (!present.isEmpty()) {
            // the extractor kept the surname apart from the document's own full names: the one compatible (it came first, in a
            // headline); two of them (Hillary and Bill Clinton in one article) is doubt, whatever the corpus says
            if (c.size() == 1) {
                Candidate d = c.get(0);
                decide(doc, s, d.root, "surname-in-document", "the only full name of the document with the surname " + word
                        + (present.size() > 1 ? " and a matching gender and title: " : ": ") + d.label(), 0.75);
            } else {
                for (Candidate x : present.values()) {
                    unmerged(s.iri, x.root, "kept apart by the extractor in a document that names both");
                }
            }
            return;
        }
        if (c.isEmpty()) {
            return;
        }
        if (c.size() == 1) {
            Candidate x = c.get(0);
            boolean only = cands.size() == 1;
            decide(doc, s, x.root, "surname", only
                    ? "the only full name with the surname " + word + " in the corpus: " + x.label()
                    : "the only full name with the surname " + word + " of a matching " + (roles.isEmpty() ? "gender" : "title ("
                            + String.join(", ", roles) + ")") + ": " + x.label(), only ? 0.9 : 0.8);
            return;
        }
        // naive Bayes over the document's other names: prior the bearers' share of the mentions, likelihood
        // how often each name shares a document with the bearer (Dirichlet-smoothed); names no bearer meets are left out
        double[] score = new double[c.size()];
        int[] support = new int[c.size()];
        Set<String> roots = new HashSet<>();
        c.forEach(x -> roots.add(x.root));
        int total = c.stream().mapToInt(x -> x.mentions).sum();
        List<Map<String, Integer>> co = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            co.add(cooccurrences(c.get(i).root));
            score[i] = Math.log(c.get(i).mentions / (double) total);
        }
        double n = docEntities.size();
        int used = 0;
        for (String o : here) {
            Entry oe = entries.get(o);
            if (o.equals(s.iri) || oe == null || roots.contains(groups.find(o))) {
                continue;
            }
            boolean seen = false;
            for (Map<String, Integer> m : co) {
                seen |= m.containsKey(o);
            }
            if (!seen) {
                continue;
            }
            used++;
            double po = oe.docs.size() / n;
            for (int i = 0; i < c.size(); i++) {
                int k = co.get(i).getOrDefault(o, 0);
                if (k > 0) {
                    support[i]++;
                }
                score[i] += Math.log((k + MU * po) / (rootDocs.get(c.get(i).root).size() + MU));
            }
        }
        double max = java.util.Arrays.stream(score).max().orElse(0);
        double z = 0;
        for (double x : score) {
            z += Math.exp(x - max);
        }
        int best = 0;
        for (int i = 1; i < c.size(); i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        double posterior = Math.exp(score[best] - max) / z;
        Candidate b = c.get(best);
        if (posterior >= 0.9) {
            if (used == 0) {
                decide(doc, s, b.root, "surname-dominant", String.format(Locale.ROOT,
                        "%s holds %.0f%% of the mentions of the full names with the surname %s", b.label(),
                        100.0 * b.mentions / total, word), 0.85 * posterior);
            } else {
                decide(doc, s, b.root, "surname-context", String.format(Locale.ROOT,
                        "%s is %.0f%% likely among %d bearers of the surname %s, given %d other names of the document (%d seen with it)",
                        b.label(), 100 * posterior, c.size(), word, used, support[best]), 0.9 * posterior);
            }
            return;
        }
        for (Candidate x : c) {
            unmerged(s.iri, x.root, String.format(Locale.ROOT, "surname shared by %d full names and the document does not tell which "
                    + "(the likeliest, %s, at %.0f%%)", c.size(), b.label(), 100 * posterior));
        }
    }

    /** Weight of the corpus-wide share of a name in the smoothed likelihood of the context rule. */
    private static final double MU = 2.0;

    /** The candidates of a compatible gender; of those, the ones that carry one of the title words, when some do. */
    private static List<Candidate> filter(java.util.Collection<Candidate> cands, char gender, Set<String> roles) {
        List<Candidate> c = new ArrayList<>();
        for (Candidate x : cands) {
            char g = x.gender();
            if (gender == 'U' || g == 'U' || g == gender) {
                c.add(x);
            }
        }
        if (!roles.isEmpty()) {
            List<Candidate> titled = c.stream().filter(x -> roles.stream().anyMatch(x.titles::containsKey)).toList();
            if (!titled.isEmpty()) {
                c = titled;
            }
        }
        return c;
    }

    private void decide(String doc, Entry s, String into, String rule, String evidence, double confidence) {
        perDoc.computeIfAbsent(doc, d -> new HashMap<>()).put(s.iri, new Decision(s.iri, into, rule, evidence, confidence, doc));
    }

    /** For a candidate group: the other entities of its documents, with the number of documents they share. */
    private Map<String, Integer> cooccurrences(String root) {
        return cooc.computeIfAbsent(root, r -> {
            Set<String> docs = rootDocs.getOrDefault(r, Set.of());
            Map<String, Integer> out = new HashMap<>();
            for (String d : docs) {
                for (String o : docEntities.getOrDefault(d, Set.of())) {
                    out.merge(o, 1, Integer::sum);
                }
            }
            return out;
        });
    }
}
