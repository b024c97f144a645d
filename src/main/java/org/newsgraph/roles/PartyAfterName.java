package org.newsgraph.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Span;

/**
 * "Sen. Ann Roe (R-Texas)", "Rep. Al Fox (D)", "Ann Roe (Democrat)", "Sen. Ann Roe, R-Texas,": a party written in brackets (or between commas) right after a
 * person's name ({@code party-letters.tsv}). It becomes a membership of the party only when the document names that
 * party as an organisation (no entity is made up here). One look after each person mention: linear.
 */
final class PartyAfterName {

    private static final Pattern BRACKET = Pattern.compile("\\A\\s?\\(\\s?([A-Z][A-Za-z]*)\\s?(?:[-\u2013,]\\s?[A-Z][A-Za-z. ]{1,20})?\\)");
    /** "Sen. Ann Roe, R-Texas, said": the wire style, between commas; the state is needed here (", D," is no party). */
    private static final Pattern COMMAS = Pattern.compile("\\A,\\s([A-Z][A-Za-z]*)[-\u2013][A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*)?(?=[,;)]|\\.|\\s|\\z)");

    private final Map<String, List<String>> parties;

    private PartyAfterName(Map<String, List<String>> parties) {
        this.parties = parties;
    }

    static PartyAfterName load() {
        Map<String, List<String>> m = new HashMap<>();
        for (String[] row : RoleLexicon.rows("party-letters.tsv", 2)) {
            List<String> names = new ArrayList<>();
            for (String n : row[1].split("\\|")) {
                names.add(n.strip().toLowerCase(Locale.ROOT));
            }
            m.put(row[0], List.copyOf(names));
        }
        return new PartyAfterName(m);
    }

    /** (person entity, party entity, evidence) for each name with its party in brackets. */
    List<int[]> find(AnnotatedDocument doc) {
        List<int[]> out = new ArrayList<>();
        Map<String, Integer> orgs = null;
        String text = doc.text();
        for (Mention m : doc.mentions()) {
            if (m.type() != EntityType.PERSON || !m.isName() || m.entity() < 0) {
                continue;
            }
            int end = m.span().end();
            if (end >= text.length() || (text.charAt(end) != '(' && text.charAt(end) != ' ' && text.charAt(end) != ',')) {
                continue;
            }
            Matcher x = (text.charAt(end) == ',' ? COMMAS : BRACKET).matcher(text).region(end, Math.min(text.length(), end + 32));
            if (!x.lookingAt() || !parties.containsKey(x.group(1))) {
                continue;
            }
            if (orgs == null) {
                orgs = new HashMap<>();
                for (Entity e : doc.entities()) {
                    if (e.type() == EntityType.ORGANIZATION) {
                        orgs.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.id());
                    }
                }
            }
            for (String name : parties.get(x.group(1))) {
                Integer party = orgs.get(name);
                if (party != null) {
                    out.add(new int[] {m.entity(), party, m.span().begin(), x.end()});
                    break;
                }
            }
        }
        return out;
    }

    static Span evidence(int[] f) {
        return new Span(f[2], f[3]);
    }
}
