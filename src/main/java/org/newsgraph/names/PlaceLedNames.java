package org.newsgraph.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;

import static org.newsgraph.names.NameTokens.*;

/**
 * Names that open with a known place ("Miami Sound Machine", "Florida Championship Wrestling", "Chicago White Sox"):
 * the scanner takes the place as a name of its own and the words after it as an unknown run; a run that no rule could
 * type, written right after a known place with nothing between them, is the rest of one organisation's name, as
 * clubs, bands, newspapers and companies are named after their town or state (rule {@code place-led-org}). A country
 * is left alone (charts and national bodies: "UK Singles Chart"), and so is a place with a possessive ending
 * ("Miami's Sound Machine") or one followed by a run a rule typed (a person's name, an organisation word, a title:
 * "Paris Hilton", "Moscow Mayor Sergei Sobyanin"). Likewise an organisation's name right before a known town that is
 * no country is one club's or company's name ("Red Bull Salzburg", "Red Star Belgrade"; rule {@code org-then-town}),
 * unless it ends in an acronym ("the OSCE Chechnya mission"). And a company's name goes on over a comma and its legal
 * form ("PSA Airlines, Inc."; rule {@code legal-form}, column {@code legal} of org-words.txt).
 */
final class PlaceLedNames {

    void join(AnnotatedDocument doc, List<Candidate> cands) {
        // candidates by where they start: sentence (by identity) and first token
        Map<Sentence, Map<Integer, Candidate>> byStart = new IdentityHashMap<>();
        for (Candidate c : cands) {
            if (!c.titleLine) {
                byStart.computeIfAbsent(c.s, k -> new HashMap<>()).put(c.from, c);
            }
        }
        List<Candidate[]> pairs = new ArrayList<>();
        for (Candidate a : cands) {
            Candidate b = a.titleLine || possessive(a.s.token(a.to - 1)) ? null : byStart.get(a.s).get(a.to);
            if (b == null) {
                continue;
            }
            boolean placeFirst = a.type == EntityType.PLACE && a.known && !Gazetteers.get().isCountry(a.text)
                    && b.type == EntityType.ORGANIZATION && "unknown-run".equals(b.rule);
            // "Red Bull Salzburg", "Red Star Belgrade": an organisation's name, then its town, is a club's name
            boolean townAfter = a.type == EntityType.ORGANIZATION && !acronym(a.s.token(a.to - 1).text())
                    && b.type == EntityType.PLACE && b.known && b.to - b.from == 1 && !Gazetteers.get().isCountry(b.text);
            if (placeFirst || townAfter) {
                pairs.add(new Candidate[] {a, b});
            }
        }
        legalForms(doc, cands);
        for (Candidate[] p : pairs) {
            Candidate a = p[0], b = p[1];
            if (!cands.contains(a) || !cands.contains(b)) {
                continue;
            }
            cands.remove(a);
            cands.remove(b);
            cands.add(new Candidate(a.s, a.from, b.to, spanOf(a.s, a.from, b.to), surface(doc, a.s, a.from, b.to),
                    EntityType.ORGANIZATION, Candidate.CONTEXT, false, false, a.type == EntityType.PLACE ? "place-led-org" : "org-then-town"));
        }
    }

    /** "PSA Airlines, Inc.": a company's name goes on over a comma and its legal form (rule {@code legal-form}). */
    private static void legalForms(AnnotatedDocument doc, List<Candidate> cands) {
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            Sentence s = c.s;
            if (c.type == EntityType.ORGANIZATION && !c.titleLine && c.to + 1 < s.size() && s.token(c.to).text().equals(",")
                    && Gazetteers.get().isLegalForm(s.token(c.to + 1).text())) {
                cands.set(i, new Candidate(s, c.from, c.to + 2, spanOf(s, c.from, c.to + 2), surface(doc, s, c.from, c.to + 2),
                        EntityType.ORGANIZATION, Math.max(c.strength, Candidate.ORG_WORD), false, c.known, "legal-form"));
            }
        }
    }
}
