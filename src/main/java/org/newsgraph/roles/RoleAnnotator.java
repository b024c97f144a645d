package org.newsgraph.roles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Gazetteers;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;

/**
 * Finds who holds which role where (person–role–organisation) with the surface patterns of
 * {@code patterns.txt} over tokens and resolved mentions: appositions ("X, the head of Z"), titles
 * before names ("Kremlin aide X"), possessives ("Z's foreign minister X"), relative clauses
 * ("X, who heads Z") and the copular and verbal forms of encyclopaedic leads ("X was a member of
 * Z", "X joined Z"). Persons and organisations are only ever mentions the recogniser found: a role
 * whose organisation was not recognised has none.
 */
public final class RoleAnnotator implements Annotator {

    private static final class Resources {
        static final RoleLexicon LEXICON = RoleLexicon.load();
        static final List<RolePattern> PATTERNS = RolePattern.parse(RoleLexicon.rows("patterns.txt", 1));
        static final OrgKinds KINDS = OrgKinds.load(Lexicon.standard());
        static final TenureReader TENURE = TenureReader.load();
        static final PartyAfterName PARTIES = PartyAfterName.load();
    }

    private final OrgKinds orgKinds;
    private final LeadOrganisation leadOrganisation;

    /** Over the standard lexicon. */
    public RoleAnnotator() {
        this(Lexicon.standard());
    }

    /** Over the shared word lists of {@code shared} (closed-class words) and this package's own. */
    public RoleAnnotator(Lexicon shared) {
        this.orgKinds = shared == Lexicon.standard() ? Resources.KINDS : OrgKinds.load(shared);
        this.leadOrganisation = new LeadOrganisation(shared);
    }

    private record Candidate(int person, String role, int org, Span evidence, int sentence, Tenure tenure) {
        String roleKey() {
            if (role == null) {
                return "";
            }
            String[] w = role.toLowerCase(Locale.ROOT).split("[\\s-]+");
            return RoleLexicon.singular(w[w.length - 1]);
        }
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Candidate> found = new ArrayList<>();
        int lead = leadOrganisation.lead(doc);
        List<Mention> more = new ArrayList<>(leadOrganisation.anaphors(doc, lead));
        more.addAll(OrgRepeats.find(doc));
        List<Mention> mentions = withAnaphors(doc.mentions(), more);
        int mi = 0;
        for (Sentence s : doc.sentences()) {
            while (mi < mentions.size() && mentions.get(mi).span().begin() < s.span().begin()) {
                mi++;
            }
            List<Mention> inside = new ArrayList<>();
            for (int k = mi; k < mentions.size() && mentions.get(k).span().begin() < s.span().end(); k++) {
                inside.add(mentions.get(k));
            }
            if (inside.isEmpty()) {
                continue;
            }
            find(doc, new SentenceView(s, inside, doc.text()), found);
        }
        for (int[] f : Resources.PARTIES.find(doc)) {
            Span ev = PartyAfterName.evidence(f);
            org.newsgraph.text.Sentence s = doc.sentenceAt(ev.begin());
            found.add(new Candidate(f[0], null, f[1], ev, s == null ? 0 : s.index(), Tenure.UNKNOWN));
            if (TRACE) {
                System.err.println("ROLE\tparty-after-name\t" + doc.document().id() + "\t" + doc.entity(f[0]).name() + "\tnull\t"
                        + doc.entity(f[1]).name() + "\t" + doc.text(ev));
            }
        }
        List<Candidate> placed = inLeadOrganisation(doc, lead, inKindOrganisations(doc, combinedInSentence(doc, found)));
        // "X, a member" whose organisation was not recognised: no fact
        placed.removeIf(c -> c.org < 0 && c.role != null && Resources.LEXICON.needsOrganisation(c.role));
        doc.setRoles(merge(placed));
    }

    /** The resolved mentions with the lead organisation's "It" and "its" and the unmarked repeats of organisation names among them, in text order. */
    private static List<Mention> withAnaphors(List<Mention> mentions, List<Mention> more) {
        if (more.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(m -> m.span().begin()));
        return all;
    }

    /**
     * "Joy Division was formed by guitarist Bernard Sumner": the title says the role, the clause the
     * organisation. A person's one occupation stated alone and one membership without a role in the
     * same sentence are one fact. Positions stay apart: "former senator X joined Goldman Sachs" does
     * not make X a senator at the bank.
     */
    private static List<Candidate> combinedInSentence(AnnotatedDocument doc, List<Candidate> found) {
        Map<String, List<Candidate>> roleOnly = new LinkedHashMap<>();
        Map<String, List<Candidate>> orgOnly = new LinkedHashMap<>();
        for (Candidate c : found) {
            String key = c.person + "|" + c.sentence;
            if (c.org < 0 && c.role != null && Resources.LEXICON.kindOfText(c.role) == RoleLexicon.Kind.OCCUPATION) {
                roleOnly.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            } else if (c.org >= 0 && c.role == null) {
                orgOnly.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<Candidate> out = new ArrayList<>(found);
        for (Map.Entry<String, List<Candidate>> e : roleOnly.entrySet()) {
            List<Candidate> roles = e.getValue();
            List<Candidate> orgs = orgOnly.getOrDefault(e.getKey(), List.of());
            if (orgs.isEmpty() || roles.stream().map(Candidate::roleKey).distinct().count() != 1
                    || orgs.stream().mapToInt(Candidate::org).distinct().count() != 1) {
                continue;
            }
            Candidate r = roles.stream().max((a, b) -> Integer.compare(a.role.length(), b.role.length())).get();
            Candidate o = orgs.get(0);
            Span ev = new Span(Math.min(r.evidence.begin(), o.evidence.begin()), Math.max(r.evidence.end(), o.evidence.end()));
            out.removeAll(roles);
            out.add(new Candidate(r.person, r.role, o.org, ev, r.sentence, r.tenure.with(o.tenure)));
        }
        return out;
    }

    /**
     * "the American heavy metal band Metallica … Drummer Lars Ulrich said": a band or team role with no
     * organisation in its sentence is held in the nearest band or team before it (OrgKinds).
     */
    private List<Candidate> inKindOrganisations(AnnotatedDocument doc, List<Candidate> found) {
        Map<Integer, String> kinds = null;
        Set<String> withOrg = new java.util.HashSet<>();
        for (Candidate c : found) {
            if (c.org >= 0) {
                withOrg.add(c.person + "|" + c.sentence);
            }
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            String kind = c.org < 0 ? orgKinds.kindOfRole(c.role) : null;
            if (c.org < 0 && c.role != null) {
                // "the band's roadie X", "the team's captain": the possessive says the kind, whatever the role
                String owner = orgKinds.ownerKind(doc.text(), doc.sentences().get(c.sentence).span(), c.evidence, c.role);
                kind = owner != null ? owner : kind;
            }
            if (kind == null || withOrg.contains(c.person + "|" + c.sentence)) {
                out.add(c);
                continue;
            }
            if (kinds == null) {
                kinds = orgKinds.kindsOf(doc);
            }
            int org = nearestBefore(doc, kinds, kind, c.evidence.begin());
            out.add(org < 0 ? c : new Candidate(c.person, c.role, org, c.evidence, c.sentence, c.tenure));
        }
        return out;
    }

    /**
     * "Die Haut were a German band … The only constant member was X": in an article about one organisation, a role that
     * says nothing without its organisation ("member", "founder") is held in it when its sentence names no other
     * organisation. Other roles stay as they are ("X, a lawyer" in an article about a party is no lawyer of the party).
     */
    private static List<Candidate> inLeadOrganisation(AnnotatedDocument doc, int lead, List<Candidate> found) {
        if (lead < 0) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c.org < 0 && c.role != null && Resources.LEXICON.needsOrganisation(c.role) && c.person != lead
                    && !namesOrganisation(doc, doc.sentences().get(c.sentence), lead)) {
                out.add(new Candidate(c.person, c.role, lead, c.evidence, c.sentence, c.tenure));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether {@code s} names an organisation other than {@code except}. */
    private static boolean namesOrganisation(AnnotatedDocument doc, Sentence s, int except) {
        for (Mention m : doc.mentions()) {
            if (m.span().begin() >= s.span().end()) {
                break;
            }
            if (m.span().begin() >= s.span().begin() && m.type() == EntityType.ORGANIZATION && m.entity() != except) {
                return true;
            }
        }
        return false;
    }

    private static int nearestBefore(AnnotatedDocument doc, Map<Integer, String> kinds, String kind, int offset) {
        int best = -1;
        for (Mention m : doc.mentions()) {
            if (m.span().begin() >= offset) {
                break;
            }
            if (m.entity() >= 0 && kind.equals(kinds.get(m.entity()))) {
                best = m.entity();
            }
        }
        return best;
    }

    /** {@code -Dnewsgraph.roles.trace=true}: every match on standard error, with its pattern (to count and review them). */
    private static final boolean TRACE = Boolean.getBoolean("newsgraph.roles.trace");

    private static void find(AnnotatedDocument doc, SentenceView s, List<Candidate> out) {
        // a match binds a person at or after its start: none starts after the last person mention; nor after the
        // last place a pattern's required words or organisation could still come
        int[] lastStart = new int[Resources.PATTERNS.size()];
        for (int i = 0; i < lastStart.length; i++) {
            lastStart[i] = Resources.PATTERNS.get(i).lastStart(s);
        }
        for (int start = 0; start < s.size() && start <= s.lastPersonStart(); start++) {
            for (int pi = 0; pi < lastStart.length; pi++) {
                if (start > lastStart[pi]) {
                    continue;
                }
                RolePattern p = Resources.PATTERNS.get(pi);
                for (RolePattern.Match m : p.matchAll(s, start, Resources.LEXICON)) {
                    int before = out.size();
                    add(doc, s, m, out);
                    if (TRACE) {
                        for (Candidate c : out.subList(before, out.size())) {
                            System.err.println("ROLE\t" + p.name + "\t" + doc.document().id() + "\t" + doc.entity(c.person).name() + "\t"
                                    + c.role + "\t" + (c.org < 0 ? "-" : doc.entity(c.org).name()) + "\t"
                                    + doc.text(c.evidence).replace('\n', ' '));
                        }
                    }
                }
            }
        }
    }

    private static void add(AnnotatedDocument doc, SentenceView s, RolePattern.Match m, List<Candidate> out) {
        Span evidence = s.sentence().spanOf(m.firstToken(), m.endToken());
        Tenure tenure = Resources.TENURE.read(s, m.firstToken(), m.endToken());
        for (Mention person : m.persons()) {
            add(doc, s, person, m.role(), m.orgs(), evidence, tenure, out);
        }
        for (RolePattern.Titled t : m.titled()) {
            add(doc, s, t.person(), t.role(), m.orgs(), evidence, tenure, out);
        }
    }

    private static void add(AnnotatedDocument doc, SentenceView s, Mention person, String role, List<Mention> orgs,
                            Span evidence, Tenure tenure, List<Candidate> out) {
        if (doc.entity(person.entity()).type() != EntityType.PERSON) {
            return;
        }
        if (orgs.isEmpty()) {
            out.add(new Candidate(person.entity(), role, -1, evidence, s.sentence().index(), tenure));
        }
        for (Mention named : orgs) {
            Mention org = qualified(s, named);
            if (org != null && doc.entity(org.entity()).type() == EntityType.ORGANIZATION && org.entity() != person.entity()
                    && !openingCapitalOnly(doc, s, org) && !qualifiesAnother(s, org, person)) {
                out.add(new Candidate(person.entity(), role, org.entity(), evidence, s.sentence().index(), tenure));
                Mention whole = partOf(s, org);
                if (whole != null && whole.entity() != org.entity() && whole.entity() != person.entity()
                        && doc.entity(whole.entity()).type() == EntityType.ORGANIZATION && !isGrouping(doc.entity(whole.entity()).name())) {
                    // a member of the part is one of the whole too, without the part's role ("a professor at the law
                    // faculty" is no professor of the university as a whole)
                    out.add(new Candidate(person.entity(), null, whole.entity(), evidence, s.sentence().index(), tenure));
                }
            }
        }
    }

    /**
     * "Former treasurer X", "Founding member X", "Campaign aide X": one common word, capitalised only because it
     * opens the sentence, is no organisation's name whatever the recogniser made of it (acronyms and party words are).
     */
    private static boolean openingCapitalOnly(AnnotatedDocument doc, SentenceView s, Mention org) {
        int b = s.sentence().tokenAt(org.span().begin());
        for (int k = 0; k < b; k++) {
            if (s.token(k).text().chars().anyMatch(Character::isLetterOrDigit)) {
                return false;   // not the sentence's first word (an opening quote may come before it)
            }
        }
        if (b < 0 || s.endToken(org) != b + 1) {
            return false;
        }
        String w = s.token(b).text();
        if (w.length() < 3 || w.equals(w.toUpperCase(Locale.ROOT)) || Gazetteers.get().isAffiliation(w)) {
            return false;
        }
        String lower = s.lower(b);
        RoleLexicon lex = Resources.LEXICON;
        // a word the role phrases know in lower case, or one the document itself writes in lower case elsewhere
        return lex.isDropped(lower) || lex.isVerbalModifier(lower) || lex.kind(lower) != null
                || writtenLowerCase(doc.text(), lower);
    }

    private static boolean writtenLowerCase(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He was the father of Lundby Rovers player Tom Hale": an organisation written as the title of a later
     * name ("Z player Y", "Z's chairman Y") is that person's, not the one the pattern opened with.
     */
    private static boolean qualifiesAnother(SentenceView s, Mention org, Mention person) {
        if (org.span().begin() < person.span().begin()) {
            return false;   // "Tarvex chairperson A and chief executive B": a line-up after the organisation
        }
        int e = s.endToken(org);
        if (e < s.size() && (s.matches(e, List.of("'s")) || s.matches(e, List.of("'")))) {
            e++;
        }
        for (int end : s.roleEnds(e, Resources.LEXICON, false)) {
            Mention later = s.mentionAt(end, EntityType.PERSON);
            if (later != null && later.isName() && later.entity() != person.entity()) {
                return true;
            }
        }
        return false;
    }

    /** "the Lundby Rovers of the Norden Football League" (or "of the NFL"): a club is in a league, its players are not the league's. */
    private static boolean isGrouping(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
        return Resources.LEXICON.isGroupingHead(w[w.length - 1]);
    }

    /**
     * "the Lundby Institute of Physics of the Norden Academy of Sciences", "the Center for Housing Policy at the Velmont
     * Institute": the organisation named right after "of"/"at" (the) that the first one is part of; null if none.
     */
    private static Mention partOf(SentenceView s, Mention org) {
        int e = s.endToken(org);
        if (e >= s.size() || !(s.matches(e, List.of("of")) || s.matches(e, List.of("at")))) {
            return null;
        }
        int at = s.matches(e + 1, List.of("the")) ? e + 2 : e + 1;
        Mention whole = s.mentionAt(at, EntityType.ORGANIZATION);
        return whole != null && whole.isName() ? whole : null;
    }

    /**
     * "Premier League side Tarvik Rovers": the league only qualifies the club the fact is about; null when that
     * club was not recognised as an organisation.
     */
    private static Mention qualified(SentenceView s, Mention org) {
        int e = s.endToken(org);
        if (e < s.size() && Resources.LEXICON.isQualifiedHead(s.lower(e))) {
            int at = e + 1 < s.size() && s.matches(e + 1, List.of("the")) ? e + 2 : e + 1;
            Mention next = s.mentionAt(at, EntityType.ORGANIZATION);
            if (next != null && next.isName()) {
                return next;
            }
            if (s.mentionAt(at, EntityType.PLACE) != null) {
                return null;    // "Premier League side Tarvik Rovers" with the club taken for its city
            }
        }
        return org;
    }

    /**
     * One fact per person, organisation and role head word, keeping the fullest role text; a
     * membership without a role gives way to one with a role in the same organisation, and a
     * role without an organisation to the same role with one.
     */
    private static List<RoleFact> merge(List<Candidate> found) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : found) {
            String key = c.person + "|" + c.org + "|" + c.roleKey();
            Candidate old = best.get(key);
            if (old == null) {
                best.put(key, c);
            } else if (c.role != null && c.role.length() > old.role.length()) {
                best.put(key, new Candidate(c.person, c.role, c.org, c.evidence, c.sentence, c.tenure.with(old.tenure)));
            } else {
                best.put(key, new Candidate(old.person, old.role, old.org, old.evidence, old.sentence, old.tenure.with(c.tenure)));
            }
        }
        List<RoleFact> out = new ArrayList<>();
        for (Candidate c : best.values()) {
            boolean superseded = false;
            for (Candidate d : best.values()) {
                if (d == c || d.person != c.person) {
                    continue;
                }
                if (c.role == null && d.role != null && d.org == c.org) {
                    superseded = true;
                }
                if (c.org < 0 && d.org >= 0 && c.role != null && c.roleKey().equals(d.roleKey())) {
                    superseded = true;
                }
            }
            if (!superseded) {
                out.add(new RoleFact(c.person, c.role, c.org < 0 ? OptionalInt.empty() : OptionalInt.of(c.org),
                        c.evidence, c.tenure.normalised()));
            }
        }
        return out;
    }

    @Override
    public Set<Layer> requires() {
        // pronoun subjects ("He joined the party") come from coreference
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.ENTITIES, Layer.COREFERENCE);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ROLES);
    }
}
