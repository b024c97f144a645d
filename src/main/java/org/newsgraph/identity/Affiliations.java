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
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.ITSRDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
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
        Node g = NodeFactory.createURI(doc);
        Node text0 = CorpusView.first(dsg, g, g, NIF.isString.asNode());
        if (text0 == null || !text0.isLiteral()) {
            return List.of();
        }
        Iterator<Quad> it = dsg.find(g, Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node m = q.getSubject();
                if (!q.getObject().isURI() || dsg.contains(g, m, RDF.type.asNode(), NG.AnaphoricMention.asNode())) {
                    continue;
                }
                Node b = CorpusView.first(dsg, g, m, NIF.beginIndex.asNode());
                Node e = CorpusView.first(dsg, g, m, NIF.endIndex.asNode());
                Node x = CorpusView.first(dsg, g, m, NG.extractedEntity.asNode());
                if (b == null || e == null) {
                    continue;
                }
                ms.add(new M(Integer.parseInt(b.getLiteralLexicalForm()), Integer.parseInt(e.getLiteralLexicalForm()),
                        (x != null && x.isURI() ? x : q.getObject()).getURI()));
            }
        } finally {
            Iter.close(it);
        }
        String t = text0.getLiteralLexicalForm();
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
