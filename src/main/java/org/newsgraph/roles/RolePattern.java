package org.newsgraph.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsGraphException;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.text.Token;

/**
 * One surface pattern for a person–role–organisation statement, parsed from {@code patterns.txt}:
 * a sequence of elements matched against a sentence's tokens and mentions. See the resource
 * folder's README.md for the notation.
 */
final class RolePattern {

    /** What a successful match binds. */
    record Match(List<Mention> persons, List<Mention> orgs, String role, RoleLexicon.Kind kind,
                 int firstToken, int endToken, List<Titled> titled) { }

    /** A later name of a titled line-up with its own title: "Eskom chairperson A and chief executive B". */
    record Titled(Mention person, String role) { }

    private static final Set<String> COORDINATORS = Set.of(",", "and", "or", "&");

    private sealed interface Elem permits Lit, Slot, Gap, Pos { }

    /** One of several token sequences (lower case). */
    private record Lit(List<List<String>> alts, boolean optional) implements Elem { }

    private enum SlotKind { PER, PERS, ORG, ORGS, ROLE, NROLE, VROLE, POSS, PAREN, NOTPER, OWNER }

    private record Slot(SlotKind kind, boolean optional) implements Elem { }

    /**
     * Up to {@code max} tokens that are not punctuation ending a clause and not a person ({@code ~N});
     * nor an organisation either ({@code *N}); or only modifier words: adjectives, nouns, numbers,
     * places ({@code +N}, "the right-wing political organisation Z").
     */
    private record Gap(int max, boolean noOrg, boolean modifiers) implements Elem { }

    /** Tokens with a UD tag: {@code min} to {@code max} of them. */
    private record Pos(String tag, int min, int max) implements Elem { }

    private static final int MAX_MATCHES = 16;
    /** How many organisations, each after ", the", make a list that need not be closed by "and". */
    private static final int UNCLOSED_LIST = 3;
    /** The articles, from the shared lexicon. */
    private static final Set<String> ARTICLES = Lexicon.standard().closedClass("article");
    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "?", "!", "\"", "\u201c", "\u201d");
    private static final List<List<String>> COORD = List.of(List.of("and"), List.of(","), List.of(",", "and"),
            List.of("and", "the"), List.of(",", "the"), List.of(",", "and", "the"), List.of("and", "of"),
            List.of("and", "of", "the"));

    final String name;
    private final List<Elem> elems;
    private final String fixedRole;     // from "=> role=…"; "" means: state no role
    private final boolean positionOnly; // an occupation alone does not make a role here
    private final boolean title;        // a role before names: a singular one is the first name's only
    private final boolean endsWithPerson; // a possessive on the last name does not undo the match
    private final boolean apposition;   // a singular role after a coordination of names is the last name's
    private final boolean subject;      // the person slot is the clause's subject though the pattern opens before it
    private final boolean singular;     // "one of the founders": the role is one founder's

    private RolePattern(String name, List<Elem> elems, String fixedRole, boolean positionOnly, boolean title,
                        boolean subject, boolean apposition, boolean singular) {
        this.singular = singular;
        this.name = name;
        this.elems = elems;
        this.fixedRole = fixedRole;
        this.positionOnly = positionOnly;
        this.title = title;
        this.endsWithPerson = !elems.isEmpty() && elems.get(elems.size() - 1) instanceof Slot last
                && (last.kind == SlotKind.PER || last.kind == SlotKind.PERS);
        this.subject = subject;
        this.apposition = apposition;
        this.firsts = new String[elems.size()][];
        for (int i = 0; i < firsts.length; i++) {
            if (elems.get(i) instanceof Lit lit && !lit.optional) {
                List<String> words = new ArrayList<>();
                for (List<String> alt : lit.alts) {
                    if (!words.contains(alt.get(0))) {
                        words.add(alt.get(0));
                    }
                }
                firsts[i] = FIRSTS.computeIfAbsent(words, w -> w.toArray(new String[0]));
            }
        }
    }

    /**
     * The first words of each required literal's alternatives (null for other elements), one array for each distinct
     * list of words, so that the patterns of one word class share it (and {@link SentenceView#lastIndexOfAny} looks
     * it up once per sentence).
     */
    private final String[][] firsts;
    private static final Map<List<String>, String[]> FIRSTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Patterns and word classes from the lines of {@code patterns.txt}. */
    static List<RolePattern> parse(List<String[]> lines) {
        Map<String, List<List<String>>> classes = new HashMap<>();
        List<RolePattern> out = new ArrayList<>();
        for (String[] row : lines) {
            String line = row[0];
            if (line.startsWith("define ")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new NewsGraphException("patterns.txt: define without '=': " + line);
                }
                String cls = line.substring(7, eq).strip();
                List<List<String>> alts = new ArrayList<>();
                for (String alt : line.substring(eq + 1).split("\\|")) {
                    alts.add(List.of(RoleLexicon.norm(alt).split(" ")));
                }
                classes.put(cls, alts);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new NewsGraphException("patterns.txt: expected 'name: elements': " + line);
            }
            String name = line.substring(0, colon).strip();
            String body = line.substring(colon + 1);
            String opts = "";
            int arrow = body.indexOf("=>");
            if (arrow >= 0) {
                opts = body.substring(arrow + 2);
                body = body.substring(0, arrow);
            }
            List<Elem> elems = new ArrayList<>();
            for (String tok : body.strip().split("\\s+")) {
                elems.add(element(tok, classes, name));
            }
            String role = null;
            boolean positionOnly = false;
            boolean title = false;
            boolean subject = false;
            boolean apposition = false;
            boolean singular = false;
            for (String o : opts.strip().split("\\s+")) {
                if (o.isEmpty()) {
                    continue;
                }
                if (o.startsWith("role=")) {
                    role = o.equals("role=none") ? "" : o.substring(5).replace('_', ' ');
                } else if (o.equals("position-only")) {
                    positionOnly = true;
                } else if (o.equals("title")) {
                    title = true;
                } else if (o.equals("subject")) {
                    subject = true;
                } else if (o.equals("apposition")) {
                    apposition = true;
                } else if (o.equals("singular")) {
                    singular = true;
                } else {
                    throw new NewsGraphException("patterns.txt: pattern " + name + ": unknown option " + o);
                }
            }
            out.add(new RolePattern(name, List.copyOf(elems), role, positionOnly, title, subject, apposition, singular));
        }
        return out;
    }

    private static Elem element(String tok, Map<String, List<List<String>>> classes, String pattern) {
        boolean opt = tok.length() > 1 && tok.endsWith("?");
        String t = opt ? tok.substring(0, tok.length() - 1) : tok;
        if ((t.startsWith("~") || t.startsWith("*") || t.startsWith("+")) && t.length() > 1
                && Character.isDigit(t.charAt(1))) {
            return new Gap(Integer.parseInt(t.substring(1)), !t.startsWith("~"), t.startsWith("+"));
        }
        if (t.startsWith("{") && (t.endsWith("}") || t.endsWith("}*"))) {
            boolean star = t.endsWith("*");
            String tag = t.substring(1, t.indexOf('}'));
            return new Pos(tag, opt || star ? 0 : 1, star ? 4 : 1);
        }
        if (classes.containsKey(t)) {
            return new Lit(classes.get(t), opt);
        }
        for (SlotKind k : SlotKind.values()) {
            if (k.name().equals(t)) {
                return new Slot(k, opt);
            }
        }
        if (!t.equals(t.toLowerCase(Locale.ROOT))) {
            throw new NewsGraphException("patterns.txt: pattern " + pattern + ": unknown element " + tok);
        }
        List<List<String>> alts = new ArrayList<>();
        for (String alt : t.split("\\|")) {
            alts.add(List.of(alt.split("_")));
        }
        return new Lit(alts, opt);
    }

    private record State(List<Mention> persons, List<Mention> orgs, String role, RoleLexicon.Kind kind,
                         boolean poss) {
        State withPoss(boolean p) {
            return new State(persons, orgs, role, kind, p);
        }
    }

    /** Every way this pattern matches from token {@code start} (a bounded number). */
    List<Match> matchAll(SentenceView s, int start, RoleLexicon lex) {
        if (!mayStartAt(s, start)) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        match(s, lex, 0, start, new State(List.of(), List.of(), null, null, false), found, start);
        return found;
    }

    /**
     * The last token a match may start at in {@code s} (-1: none): each required word element must find one of its
     * first words at or after the start, a required organisation slot an organisation mention; what it needs of
     * persons the caller knows ({@link SentenceView#lastPersonStart()}).
     */
    int lastStart(SentenceView s) {
        int last = s.size() - 1;
        for (int i = 0; i < elems.size(); i++) {
            Elem e = elems.get(i);
            if (e instanceof Lit lit && !lit.optional) {
                last = Math.min(last, s.lastIndexOfAny(firsts[i]));
            } else if (e instanceof Slot sl && !sl.optional && (sl.kind == SlotKind.ORG || sl.kind == SlotKind.ORGS)) {
                last = Math.min(last, s.lastOrgStart());
            }
        }
        return last;
    }

    /** A quick test on the first element, which most starts fail. */
    private boolean mayStartAt(SentenceView s, int ti) {
        Elem first = elems.get(0);
        if (first instanceof Slot sl && !sl.optional) {
            return switch (sl.kind) {
                case PER, PERS -> s.mentionAt(ti, EntityType.PERSON) != null;
                case ORG, ORGS -> s.mentionAt(ti, EntityType.ORGANIZATION) != null;
                default -> true;
            };
        }
        if (first instanceof Lit lit && !lit.optional) {
            for (List<String> alt : lit.alts) {
                if (s.matches(ti, alt)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private void accept(SentenceView s, State st, int start, int end, List<Match> found, RoleLexicon lex) {
        String role = fixedRole != null ? (fixedRole.isEmpty() ? null : fixedRole) : st.role;
        if (singular && role != null) {
            int sp = role.lastIndexOf(' ') + 1;
            role = role.substring(0, sp) + RoleLexicon.singular(role.substring(sp));
        }
        if (st.persons.isEmpty() || (role == null && st.orgs.isEmpty())) {
            return;
        }
        if (positionOnly && st.orgs.isEmpty() && st.kind == RoleLexicon.Kind.OCCUPATION) {
            return;
        }
        List<Mention> persons = st.persons;
        List<Titled> titled = List.of();
        if (title && role != null) {
            // "President Obama and Clinton": the title is Obama's; "candidates A and B": both's
            boolean plural = pluralRole(role, lex);
            if (plural && persons.size() < 2) {
                return;
            }
            if (!plural) {
                titled = st.orgs.isEmpty() ? List.of() : ownTitles(s, persons.subList(1, persons.size()), lex);
                persons = persons.subList(0, 1);
            }
        }
        if (apposition && role != null && persons.size() > 1 && !pluralRole(role, lex)) {
            // "Biden and Colin Powell, the former secretary of state": the apposition is Powell's
            persons = persons.subList(persons.size() - 1, persons.size());
        }
        found.add(new Match(persons, st.orgs, role, st.kind, start, end, titled));
    }

    private static boolean pluralRole(String role, RoleLexicon lex) {
        String last = role.substring(role.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && lex.kind(last) == null;
    }

    /** The names of a line-up written with their own title, each with it ("… and chief executive B"). */
    private static List<Titled> ownTitles(SentenceView s, List<Mention> names, RoleLexicon lex) {
        List<Titled> out = new ArrayList<>();
        for (Mention m : names) {
            int b = s.sentence().tokenAt(m.span().begin());
            int from = b;
            while (from > 0 && !COORDINATORS.contains(s.lower(from - 1))) {
                from--;
            }
            if (from < b) {
                out.add(new Titled(m, s.roleText(from, b, lex)));
            }
        }
        return out;
    }

    /**
     * Matches elements from {@code ei} at token {@code ti}, adding every complete match to
     * {@code found}; returns -1, or a non-negative value once enough matches are found.
     */
    private int match(SentenceView s, RoleLexicon lex, int ei, int ti, State st, List<Match> found, int start) {
        if (found.size() >= MAX_MATCHES) {
            return 0;
        }
        if (ei == elems.size()) {
            // a possessive left dangling: "Russia's" is not "Russia"; but "President Biden's approval" still
            // says who is president
            if (!st.poss || endsWithPerson) {
                accept(s, st, start, ti, found, lex);
            }
            return -1;
        }
        Elem e = elems.get(ei);
        if (e instanceof Slot sl && sl.kind == SlotKind.POSS) {
            if (st.poss) {
                return match(s, lex, ei + 1, ti, st.withPoss(false), found, start);
            }
            if (ti < s.size() && POSSESSIVES.contains(s.lower(ti))) {
                return match(s, lex, ei + 1, ti + 1, st, found, start);
            }
            return sl.optional ? match(s, lex, ei + 1, ti, st, found, start) : -1;
        }
        if (e instanceof Slot sl && sl.kind == SlotKind.NOTPER) {
            return st.poss || (ti < s.size() && s.isPerson(ti)) ? -1 : match(s, lex, ei + 1, ti, st, found, start);
        }
        if (st.poss) {
            return -1;
        }
        if (e instanceof Slot sl && sl.kind == SlotKind.OWNER) {
            // a possessive word before a role: "the campaign's press secretary", "its chairman"
            if (ti < s.size() && s.isPossessiveWord(ti)) {
                int r = match(s, lex, ei + 1, ti + 1, st, found, start);
                if (r >= 0) {
                    return r;
                }
            }
            return sl.optional ? match(s, lex, ei + 1, ti, st, found, start) : -1;
        }
        if (e instanceof Slot sl && sl.kind == SlotKind.PAREN) {
            // an aside in brackets, as after a name: "X (born 1955) was ..."
            if (ti < s.size() && "(".equals(s.lower(ti))) {
                for (int k = ti + 1; k < Math.min(s.size(), ti + 25); k++) {
                    if (")".equals(s.lower(k))) {
                        int r = match(s, lex, ei + 1, k + 1, st, found, start);
                        if (r >= 0) {
                            return r;
                        }
                        break;
                    }
                }
            }
            // or an apposition between commas: "Chiluba, a trade union leader, won … as the candidate of Y"
            int close = appositionEnd(s, ti);
            if (close > 0) {
                int r = match(s, lex, ei + 1, close, st, found, start);
                if (r >= 0) {
                    return r;
                }
            }
            return match(s, lex, ei + 1, ti, st, found, start);
        }
        if (e instanceof Lit lit) {
            for (List<String> alt : lit.alts) {
                if (s.matches(ti, alt)) {
                    int r = match(s, lex, ei + 1, ti + alt.size(), st, found, start);
                    if (r >= 0) {
                        return r;
                    }
                }
            }
            return lit.optional ? match(s, lex, ei + 1, ti, st, found, start) : -1;
        }
        if (e instanceof Gap g) {
            for (int n = 0; n <= g.max && ti + n <= s.size(); n++) {
                if (n > 0) {
                    int k = ti + n - 1;
                    if (CLAUSE_ENDS.contains(s.lower(k)) || s.isPerson(k) || (g.noOrg && s.isOrganisation(k))
                            || (g.modifiers && !s.isModifierGapWord(k))) {
                        break;
                    }
                }
                int r = match(s, lex, ei + 1, ti + n, st, found, start);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (e instanceof Pos p) {
            int n = 0;
            while (n < p.max && ti + n < s.size() && p.tag.equals(s.token(ti + n).pos()) && !s.inMention(ti + n)) {
                n++;
            }
            for (; n >= p.min; n--) {
                int r = match(s, lex, ei + 1, ti + n, st, found, start);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        Slot sl = (Slot) e;
        switch (sl.kind) {
            case PER, ORG, PERS, ORGS -> {
                EntityType type = sl.kind == SlotKind.PER || sl.kind == SlotKind.PERS
                        ? EntityType.PERSON : EntityType.ORGANIZATION;
                boolean list = sl.kind == SlotKind.PERS || sl.kind == SlotKind.ORGS;
                List<List<Object>> options = mentionLists(s, lex, ti, type, list,
                        ei == 0 || subject && type == EntityType.PERSON);
                for (List<Object> opt : options) {
                    @SuppressWarnings("unchecked")
                    List<Mention> ms = (List<Mention>) opt.get(0);
                    int next = (Integer) opt.get(1);
                    boolean poss = s.possessiveAfter(ms.get(ms.size() - 1));
                    State ns = type == EntityType.PERSON
                            ? new State(concat(st.persons, ms), st.orgs, st.role, st.kind, poss)
                            : new State(st.persons, concat(st.orgs, ms), st.role, st.kind, poss);
                    int r = match(s, lex, ei + 1, next, ns, found, start);
                    if (r >= 0) {
                        return r;
                    }
                }
                return sl.optional ? match(s, lex, ei + 1, ti, st, found, start) : -1;
            }
            case ROLE, NROLE -> {
                boolean any = sl.kind == SlotKind.NROLE;
                // the longest role phrase only: "Head Coach", never also "Head"
                for (int end : s.roleEnds(ti, lex, any).stream().limit(1).toList()) {
                    // "X was local Republican leaders' first choice", "the senator's aide": a role noun that owns
                    // what follows is not the person's role
                    if (end < s.size() && POSSESSIVES.contains(s.lower(end))) {
                        continue;
                    }
                    // and, when the pattern starts with it, reaching as far left as it can
                    if (ei == 0 && ti > 0 && s.roleEnds(ti - 1, lex, any).contains(end)) {
                        continue;
                    }
                    String text = s.roleText(ti, end, lex);
                    RoleLexicon.Kind k = s.roleKind(ti, end, lex);
                    int r = match(s, lex, ei + 1, end, new State(st.persons, st.orgs, text, k, false), found, start);
                    if (r >= 0) {
                        return r;
                    }
                }
                return sl.optional ? match(s, lex, ei + 1, ti, st, found, start) : -1;
            }
            case VROLE -> {
                if (ti < s.size() && !s.inMention(ti)) {
                    String role = lex.verbRole(s.lower(ti));
                    if (role != null) {
                        State ns = new State(st.persons, st.orgs, role.isEmpty() ? null : role,
                                RoleLexicon.Kind.POSITION, false);
                        int r = match(s, lex, ei + 1, ti + 1, ns, found, start);
                        if (r >= 0) {
                            return r;
                        }
                    }
                }
                return sl.optional ? match(s, lex, ei + 1, ti, st, found, start) : -1;
            }
            default -> throw new IllegalStateException(sl.kind.toString());
        }
    }

    /** Mentions of {@code type} starting at {@code ti}: one, or (for lists) a coordination, longest first. */
    private static List<List<Object>> mentionLists(SentenceView s, RoleLexicon lex, int ti, EntityType type,
                                                   boolean list, boolean subject) {
        List<List<Object>> out = new ArrayList<>();
        boolean orgList = list && type == EntityType.ORGANIZATION;
        Mention m = s.mentionAt(ti, type);
        if (m == null && orgList) {
            // "visiting professor at Lundby (2007), Velmont University (2009) and …": a list of institutions may name
            // some that the recogniser took for places; the list goes on, and only its organisations are facts
            m = s.mentionAt(ti, EntityType.PLACE);
            if (m == null || !m.isName()) {
                return out;
            }
        }
        if (m == null || (!m.isName() && !subject && !SentenceView.isOrgDescription(m))) {
            return out;     // a pronoun stands for a person only as the subject the pattern opens with
        }
        List<Mention> ms = new ArrayList<>(List.of(m));
        int next = s.endToken(m);
        if (m.type() == type) {
            out.add(List.of(List.copyOf(ms), next));
        }
        // a coordination of names, closed by "and": "A and B", "A, B and C" (never "A, B"); of organisations
        // also three or more each after ", the" whose list goes on with what is no name ("the A, the B, the C, the …")
        boolean eachWithThe = true;
        while (list && m.isName() && !s.possessiveAfter(ms.get(ms.size() - 1))) {
            Mention more = null;
            int after = -1;
            boolean closed = false;
            // "Lundby (2011), Norden (2012) and Tarvik (2013)": an aside in brackets after a member does not end the list
            int aside = asideEnd(s, next);
            for (List<String> c : COORD) {
                if (s.matches(aside, c)) {
                    next = aside;
                    int at = next + c.size();
                    // "Nakano, Kazami and others": a list of people closed by "and others"
                    if (type == EntityType.PERSON && c.get(c.size() - 1).equals("and") && s.matches(at, List.of("others"))) {
                        after = at + 1;
                        closed = true;
                        break;
                    }
                    // a line-up names each person with a title: "guitarist A and bassist B"
                    if (type == EntityType.PERSON && s.mentionAt(at, type) == null) {
                        List<Integer> ends = s.roleEnds(at, lex, false);
                        if (!ends.isEmpty()) {
                            at = ends.get(0);
                        }
                    }
                    // "the Belgian parliament and the political party Vlaams Belang": a classifier before a later member
                    if (type == EntityType.ORGANIZATION && c.contains("the") && s.mentionAt(at, type) == null) {
                        at = afterClassifier(s, at);
                    }
                    Mention cand = s.mentionAt(at, type);
                    if (cand == null && orgList) {
                        cand = s.mentionAt(at, EntityType.PLACE);
                    }
                    if (cand != null && cand.isName()) {
                        more = cand;
                        after = s.endToken(cand);
                        closed = c.contains("and");
                        break;
                    }
                }
            }
            if (more == null && closed) {
                next = after;
                addOfType(out, ms, type, next);
                break;
            }
            if (more == null) {
                if (type == EntityType.ORGANIZATION && eachWithThe && ms.size() >= UNCLOSED_LIST) {
                    addOfType(out, ms, type, next);
                }
                break;
            }
            eachWithThe &= s.matches(aside, List.of(",", "the"));
            ms.add(more);
            next = after;
            if (closed) {
                addOfType(out, ms, type, next);
                break;
            }
        }
        return out;
    }

    /**
     * A coordination as its mentions of {@code type}, longest first. The places of a list of institutions are left out,
     * and a list with places in it counts only with three members or more: "Iraq and Afghanistan Veterans" is more
     * likely one name the recogniser split than two members.
     */
    private static void addOfType(List<List<Object>> out, List<Mention> ms, EntityType type, int next) {
        List<Mention> of = ms.stream().filter(x -> x.type() == type).toList();
        if (!of.isEmpty() && (of.size() == ms.size() || ms.size() >= UNCLOSED_LIST)) {
            out.add(0, List.of(of, next));
        }
    }

    /**
     * The token after ", a trade union leader," or ", 45," at {@code ti}: a short noun phrase between commas with no
     * verb and no person in it; -1 if there is none.
     */
    private static int appositionEnd(SentenceView s, int ti) {
        if (ti + 2 >= s.size() || !",".equals(s.lower(ti))) {
            return -1;
        }
        Token first = s.token(ti + 1);
        if (!ARTICLES.contains(s.lower(ti + 1)) && !"NUM".equals(first.pos())) {
            return -1;
        }
        for (int k = ti + 2; k < s.size() && k <= ti + 12; k++) {
            String w = s.lower(k);
            if (",".equals(w)) {
                return k + 1 < s.size() ? k + 1 : -1;
            }
            String pos = s.token(k).pos();
            if (s.isPerson(k) || pos.startsWith("VERB") || pos.startsWith("AUX") || "PRON".equals(pos)
                    || CLAUSE_ENDS.contains(w) || "(".equals(w) || "and".equals(w) || "or".equals(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** Past up to three lower-case nouns and adjectives ("political party") to the name they classify, or {@code ti}. */
    private static int afterClassifier(SentenceView s, int ti) {
        for (int k = ti; k < s.size() && k < ti + 3; k++) {
            Token t = s.token(k);
            if (s.inMention(k) || t.isCapitalised() || !(t.pos().startsWith("NOUN") || t.pos().startsWith("ADJ"))) {
                return ti;
            }
            if (s.mentionAt(k + 1, EntityType.ORGANIZATION) != null) {
                return k + 1;
            }
        }
        return ti;
    }

    /** The token after a short bracketed aside starting at {@code ti} (no name inside), or {@code ti}. */
    private static int asideEnd(SentenceView s, int ti) {
        if (ti >= s.size() || !s.matches(ti, List.of("("))) {
            return ti;
        }
        for (int k = ti + 1; k < s.size() && k <= ti + 10; k++) {
            if (s.matches(k, List.of(")"))) {
                return k + 1;
            }
            if (s.inMention(k) || s.matches(k, List.of("("))) {
                return ti;
            }
        }
        return ti;
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
