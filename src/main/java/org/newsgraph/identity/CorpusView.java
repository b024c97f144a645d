package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
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

    private static final Node TA = NodeFactory.createURI("http://www.w3.org/2005/11/its/rdf#taIdentRef");
    private static final Node ANCHOR = NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ANAPHORIC = NG.AnaphoricMention.asNode();
    private static final Node EXTRACTED = NG.extractedEntity.asNode();

    /** Reads the mentions with the store's indexes (one scan of itsrdf:taIdentRef, then lookups by subject). */
    static CorpusView read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<List<String>, Occurrence> byKey = new LinkedHashMap<>();
            Map<List<Node>, EntityType> classes = new HashMap<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TA, Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    Node g = q.getGraph();
                    Node m = q.getSubject();
                    Node e = q.getObject();
                    if (!g.isURI() || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g) || !e.isURI()
                            || dsg.contains(g, m, TYPE, ANAPHORIC)) {
                        continue;
                    }
                    EntityType t = classes.computeIfAbsent(List.of(g, e), k -> classOf(dsg, g, e));
                    Node anchor = first(dsg, g, m, ANCHOR);
                    if (t == null || anchor == null || !anchor.isLiteral()) {
                        continue;
                    }
                    Node x = first(dsg, g, m, EXTRACTED);
                    String o = x != null && x.isURI() ? x.getURI() : e.getURI();
                    Occurrence oc = byKey.computeIfAbsent(List.of(g.getURI(), e.getURI(), o),
                            k -> new Occurrence(g.getURI(), e.getURI(), o, t, new TreeMap<>()));
                    oc.anchors().merge(anchor.getLiteralLexicalForm(), 1, Integer::sum);
                }
            } finally {
                Iter.close(it);
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

    private static EntityType classOf(DatasetGraph dsg, Node g, Node e) {
        Iterator<Quad> it = dsg.find(g, e, TYPE, Node.ANY);
        try {
            while (it.hasNext()) {
                Node c = it.next().getObject();
                for (EntityType t : EntityType.values()) {
                    if (c.isURI() && c.getURI().equals("http://schema.org/" + t.label())) {
                        return t;
                    }
                }
            }
            return null;
        } finally {
            Iter.close(it);
        }
    }

    static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
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
