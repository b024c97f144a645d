package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.resolve.NameVariants;

/**
 * A person described by a party word gets that party as an affiliation ({@code org:memberOf}):
 * the word just before the name, maybe with role words between ("Republican presidential nominee
 * Donald Trump", "Democratic Sen. Tim Kaine"), or in an apposition after it ("Paul Ryan, a
 * Wisconsin Republican,", "Trump, the Republican nominee").
 */
final class Affiliations {

    /** A person's affiliation found in one document. */
    record Affiliation(String person, String party, String doc, String words) {
    }

    private static final Set<String> CUES = load();
    private static final Pattern APPOSITION = Pattern.compile(
            ",\\s+(?:a|an|the)\\s+(?:(?:[\\p{Lu}][\\p{L}.'-]*|fellow|former|longtime|moderate|conservative|liberal|veteran|freshman)\\s+){0,2}");

    private static final Query MENTIONS = QueryFactory.create(CorpusView.PREFIXES + """
            SELECT ?b ?end ?e ?o ?text WHERE {
              GRAPH ?g {
                ?g nif:isString ?text .
                ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?b ; nif:endIndex ?end .
                FILTER NOT EXISTS { ?m a ng:AnaphoricMention }
                OPTIONAL { ?m ng:extractedEntity ?x }
                BIND (COALESCE(?x, ?e) AS ?o)
              }
            }
            """);

    private Affiliations() {
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (Lexicons.Line l : Lexicons.read("/org/newsgraph/identity/affiliation-cues.txt")) {
            out.add(l.text().strip());
        }
        return out;
    }

    private record M(int begin, int end, String orig) {
    }

    /**
     * The affiliations of document {@code doc}: {@code parties} maps the extractor's party-word
     * entities to their party, {@code persons} tells which entities are persons, {@code rules} where each belongs.
     */
    static List<Affiliation> find(DatasetGraph dsg, String doc, Map<String, String> parties, Set<String> persons,
            Rules rules) {
        List<M> ms = new ArrayList<>();
        String[] text = {null};
        try (QueryExec qe = QueryExec.dataset(dsg).query(MENTIONS)
                .substitution("g", org.apache.jena.graph.NodeFactory.createURI(doc)).build()) {
            qe.select().forEachRemaining(b -> {
                text[0] = b.get("text").getLiteralLexicalForm();
                ms.add(new M(Integer.parseInt(b.get("b").getLiteralLexicalForm()),
                        Integer.parseInt(b.get("end").getLiteralLexicalForm()), b.get("o").getURI()));
            });
        }
        if (text[0] == null) {
            return List.of();
        }
        String t = text[0];
        ms.sort(Comparator.comparingInt(M::begin));
        List<Affiliation> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < ms.size(); i++) {
            M p = ms.get(i);
            String party = parties.get(p.orig());
            if (party == null) {
                continue;
            }
            // the next person after the word, with only cue words between
            if (i + 1 < ms.size() && persons.contains(ms.get(i + 1).orig())) {
                M n = ms.get(i + 1);
                String between = slice(t, p.end(), n.begin());
                if (cuesOnly(between)) {
                    add(out, seen, rules, doc, n.orig(), party, slice(t, p.begin(), n.end()));
                }
            }
            // the person before the word, in an apposition
            if (i > 0 && persons.contains(ms.get(i - 1).orig())) {
                M n = ms.get(i - 1);
                String between = slice(t, n.end(), p.begin());
                if (APPOSITION.matcher(between).matches()) {
                    add(out, seen, rules, doc, n.orig(), party, slice(t, n.begin(), p.end()));
                }
            }
        }
        return out;
    }

    private static void add(List<Affiliation> out, Set<String> seen, Rules rules, String doc, String personOrig, String party,
            String words) {
        String person = rules.resolve(doc, personOrig);
        if (seen.add(person + "|" + party)) {
            out.add(new Affiliation(person, party, doc, words));
        }
    }

    /** Only spaces, or up to three words that are titles or cue words ("presidential nominee", "Sen."). */
    static boolean cuesOnly(String between) {
        if (!between.isEmpty() && between.isBlank()) {
            return true;
        }
        if (between.isEmpty() || !Character.isWhitespace(between.charAt(0))
                || !Character.isWhitespace(between.charAt(between.length() - 1))) {
            return false;
        }
        String[] w = between.strip().split("\\s+");
        if (w.length > 3) {
            return false;
        }
        for (String x : w) {
            if (!CUES.contains(x.toLowerCase(Locale.ROOT)) && !NameVariants.isTitle(x)) {
                return false;
            }
        }
        return true;
    }

    /** Text between two code-point offsets. */
    private static String slice(String t, int begin, int end) {
        if (end < begin) {
            return "";
        }
        try {
            int b = t.offsetByCodePoints(0, begin);
            int e = t.offsetByCodePoints(b, end - begin);
            return t.substring(b, e);
        } catch (IndexOutOfBoundsException x) {
            return "";
        }
    }
}
