package org.newsgraph.names;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.pipeline.AnnotatedDocument;

import static org.newsgraph.names.NameTokens.*;

/**
 * Names that open with a known place ("Miami Sound Machine", "Florida Championship Wrestling", "Chicago White Sox"):
 * the scanner takes the place as a name of its own and the words after it as an unknown run; a run that no rule could
 * type, written right after a known place with nothing between them, is the rest of one organisation's name, as
 * clubs, bands, newspapers and companies are named after their town or state (rule {@code place-led-org}). A country
 * is left alone (charts and national bodies: "UK Singles Chart"), and so is a place with a possessive ending
 * ("Miami's Sound Machine") or one followed by a run a rule typed (a person's name, an organisation word, a title:
 * "Paris Hilton", "Moscow Mayor Sergei Sobyanin").
 */
final class PlaceLedNames {

    void join(AnnotatedDocument doc, List<Candidate> cands) {
        List<Candidate[]> pairs = new ArrayList<>();
        for (Candidate place : cands) {
            if (place.type != EntityType.PLACE || !place.known || place.titleLine || possessive(place.s.token(place.to - 1))
                    || Gazetteers.get().isCountry(place.text)) {
                continue;
            }
            for (Candidate rest : cands) {
                if (rest.s == place.s && rest.from == place.to && rest.type == EntityType.ORGANIZATION
                        && "unknown-run".equals(rest.rule) && !rest.titleLine) {
                    pairs.add(new Candidate[] {place, rest});
                }
            }
        }
        for (Candidate[] p : pairs) {
            Candidate place = p[0], rest = p[1];
            cands.remove(place);
            cands.remove(rest);
            cands.add(new Candidate(place.s, place.from, rest.to, spanOf(place.s, place.from, rest.to),
                    surface(doc, place.s, place.from, rest.to), EntityType.ORGANIZATION, Candidate.CONTEXT, false, false,
                    "place-led-org"));
        }
    }
}
