package org.newsgraph.roles;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Kinds of organisation that some roles belong to ({@code org-kinds.tsv}): a drummer plays in a
 * band, a quarterback in a team. A document introduces its band or team once ("the American heavy
 * metal band Metallica") and then names its members by role alone ("Drummer Lars Ulrich said …"),
 * so such a role with no organisation in its sentence is held in the nearest organisation before it
 * that the document introduced as that kind. Columns of the file: kind, nouns that introduce one, role
 * nouns held in one, works one makes ("album by X": "-" for none).
 */
final class OrgKinds {

    /** How far a kind noun may stand after the name in a copular lead ("X is an American rap metal band"). */
    private static final int COPULA_REACH = 6;

    /** "the band's … <head>" for each role head met, compiled once. */
    private static final Map<String, Pattern> OWNER_BEFORE = new ConcurrentHashMap<>();

    private final Map<String, String> kindOfOrgNoun = new HashMap<>();
    private final Map<String, String> kindOfRole = new HashMap<>();
    private final Map<String, String> kindOfWork = new HashMap<>();

    /** Plain forms of "be" ("X is a band") and the articles, from the shared lexicon. */
    private final Set<String> copulas;
    private final Set<String> articles;

    private OrgKinds(Lexicon shared) {
        copulas = shared.closedClass("be", "plain");
        articles = shared.closedClass("article");
    }

    static OrgKinds load(Lexicon shared) {
        OrgKinds k = new OrgKinds(shared);
        for (String[] row : RoleLexicon.rows("org-kinds.tsv", 4)) {
            String kind = row[0].strip();
            for (String n : row[1].strip().split("\\s+")) {
                k.kindOfOrgNoun.put(n, kind);
            }
            for (String r : row[2].strip().split("\\s+")) {
                k.kindOfRole.put(r, kind);
            }
            for (String w : row[3].strip().split("\\s+")) {
                if (!w.equals("-")) {
                    k.kindOfWork.put(w, kind);
                }
            }
        }
        return k;
    }

    /** The kind of organisation a role text's head word belongs to ("lead singer" → band), or null. */
    String kindOfRole(String role) {
        if (role == null) {
            return null;
        }
        String[] w = RoleLexicon.norm(role).split("\\s+");
        String kind = kindOfRole.get(RoleLexicon.singular(w[w.length - 1]));
        // "band member", "team captain": a word before the head that introduces a kind says it
        for (int i = 0; kind == null && i < w.length - 1; i++) {
            kind = kindOfOrgNoun.get(w[i]);
        }
        return kind;
    }

    /** The kind token {@code i} introduces, alone ("band") or with the word before it ("rock group"). */
    private String kindOfNoun(Sentence s, int i) {
        String w = RoleLexicon.singular(s.token(i).lower());
        String k = kindOfOrgNoun.get(w);
        if (k == null && i > 0) {
            k = kindOfOrgNoun.get(s.token(i - 1).lower() + "_" + w);
        }
        return k;
    }

    /**
     * For every organisation entity the document introduces as a kind, that kind: a kind noun right
     * before a mention ("rock band X", "the band, the X"), a copular lead after it ("X is an
     * American rap metal band"), or, for bands, "album by X".
     */
    Map<Integer, String> kindsOf(AnnotatedDocument doc) {
        Map<Integer, String> kinds = new HashMap<>();
        List<Mention> mentions = doc.mentions();
        int mi = 0;
        for (Sentence s : doc.sentences()) {
            while (mi < mentions.size() && mentions.get(mi).span().begin() < s.span().begin()) {
                mi++;
            }
            for (int j = mi; j < mentions.size() && mentions.get(j).span().begin() < s.span().end(); j++) {
                Mention m = mentions.get(j);
                if (!m.isName() || m.entity() < 0 || m.type() != EntityType.ORGANIZATION
                        || !s.span().contains(m.span()) || kinds.containsKey(m.entity())) {
                    continue;
                }
                int b = s.tokenAt(m.span().begin());
                int e = s.tokenAt(m.span().end() - 1);
                if (b < 0 || e < 0) {
                    continue;
                }
                String kind = before(s, b);
                if (kind == null) {
                    kind = copularAfter(s, e + 1);
                }
                if (kind != null) {
                    kinds.put(m.entity(), kind);
                }
            }
        }
        return kinds;
    }

    private String before(Sentence s, int b) {
        int i = b - 1;
        if (i >= 0 && articles.contains(s.token(i).lower())) {
            i--;
        }
        if (i >= 0 && s.token(i).is(",")) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        String w = s.token(i).lower();
        if (w.equals("by") && i > 0) {
            String work = s.token(i - 1).lower();
            String k = kindOfWork.get(work);
            return k != null ? k : kindOfWork.get(RoleLexicon.singular(work));
        }
        return kindOfNoun(s, i);
    }

    private String copularAfter(Sentence s, int i) {
        if (i + 1 >= s.size() || !copulas.contains(s.token(i).lower()) || !articles.contains(s.token(i + 1).lower())) {
            return null;
        }
        for (int k = i + 2; k < s.size() && k < i + 2 + COPULA_REACH; k++) {
            Token t = s.token(k);
            String kind = kindOfNoun(s, k);
            if (kind != null) {
                return kind;
            }
            if (t.isPunct() && !t.is("-") || t.pos().equals("VERB") || t.pos().equals("ADP")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The kind that a possessive names right before a role in a sentence ("the band's roadie", "the team's
     * captain"), or null: {@code sentence} and {@code evidence} are character spans of {@code text}.
     */
    String ownerKind(String text, Span sentence, Span evidence, String role) {
        String[] rw = RoleLexicon.norm(role).split("\\s+");
        Matcher m = OWNER_BEFORE.computeIfAbsent(rw[rw.length - 1], head -> Pattern.compile(
                        "(?i)\\bthe\\s+(\\p{L}+)['\u2019]s\\s+(?:[\\p{L}-]+\\s+){0,3}?" + Pattern.quote(head) + "\\b"))
                .matcher(text.substring(sentence.begin(), sentence.end()));
        while (m.find()) {
            int at = sentence.begin() + m.start();
            if (at + m.group().length() >= evidence.begin() - 1 && at <= evidence.end()) {
                String k = kindOfOrgNoun.get(RoleLexicon.singular(m.group(1).toLowerCase(Locale.ROOT)));
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }
}
