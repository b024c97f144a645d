package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.names.EntityType;
import org.newsgraph.rdf.Iris;

/**
 * What the identity pass reads from the store: every entity node of every document graph with its
 * name mentions' words, as the extractor wrote them (a mention the pass moved keeps the entity the
 * extractor gave it in {@code ng:extractedEntity}), and the Wikidata items of {@code newsgraph link}.
 */
final class CorpusView {

    static final String PREFIXES = """
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static final Query MENTIONS = QueryFactory.create(PREFIXES + """
            SELECT ?g ?e ?o ?cls ?anchor (COUNT(?m) AS ?n) WHERE {
              GRAPH ?g {
                ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?anchor .
                FILTER NOT EXISTS { ?m a ng:AnaphoricMention }
                OPTIONAL { ?m ng:extractedEntity ?x }
                ?e a ?cls .
              }
              VALUES ?cls { schema:Person schema:Organization schema:Place }
              BIND (COALESCE(?x, ?e) AS ?o)
            }
            GROUP BY ?g ?e ?o ?cls ?anchor
            """);

    private static final Query LINKS = QueryFactory.create(PREFIXES
            + "SELECT ?e ?wd WHERE { GRAPH <" + Iris.LINKS_GRAPH + "> { ?e owl:sameAs ?wd } }");

    /** The name mentions of one document that the extractor gave to one entity, and where they point now. */
    record Occurrence(String doc, String current, String orig, EntityType type, Map<String, Integer> anchors) {
        int mentions() {
            return anchors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    final List<Occurrence> occurrences;
    /** entity IRI → Wikidata item (owl:sameAs of the links graph). */
    final Map<String, String> qids;

    private CorpusView(List<Occurrence> occurrences, Map<String, String> qids) {
        this.occurrences = occurrences;
        this.qids = qids;
    }

    static CorpusView read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<List<String>, Occurrence> byKey = new LinkedHashMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(MENTIONS).build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> {
                    String g = b.get("g").getURI();
                    String e = b.get("e").getURI();
                    String o = b.get("o").getURI();
                    EntityType t = type(b.get("cls").getURI());
                    List<String> k = List.of(g, e, o);
                    Occurrence oc = byKey.computeIfAbsent(k, x -> new Occurrence(g, e, o, t, new TreeMap<>()));
                    int n = Integer.parseInt(b.get("n").getLiteralLexicalForm());
                    oc.anchors().merge(b.get("anchor").getLiteralLexicalForm(), n, Integer::sum);
                });
            }
            Map<String, String> qids = new HashMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(LINKS).build()) {
                qe.select().forEachRemaining(b -> {
                    if (b.get("wd").isURI() && b.get("e").isURI()) {
                        qids.merge(b.get("e").getURI(), b.get("wd").getURI(), (a, c) -> a.compareTo(c) <= 0 ? a : c);
                    }
                });
            }
            return new CorpusView(new ArrayList<>(byKey.values()), qids);
        });
    }

    static EntityType type(String classIri) {
        for (EntityType t : EntityType.values()) {
            if (classIri.equals("http://schema.org/" + t.label())) {
                return t;
            }
        }
        throw new IllegalArgumentException("Not an entity class: " + classIri);
    }

    /** The extractor's entities of each document (its own view, before any merge). */
    Map<String, Set<String>> entitiesByDocument() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Occurrence o : occurrences) {
            out.computeIfAbsent(o.doc(), d -> new TreeSet<>()).add(o.orig());
        }
        return out;
    }
}
