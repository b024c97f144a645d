package org.newsgraph.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.PROV;

/**
 * The identity graph's content: one {@code ng:IdentityMerge} for each merge (the extractor's
 * entity, the entity it became, rule, evidence, confidence, and for a merge made in single
 * documents those documents), one {@code ng:IdentityCandidate} for each pair left apart with the
 * reason, and {@code org:memberOf} for each party affiliation.
 */
final class IdentityGraph {

    private IdentityGraph() {
    }

    static Graph write(List<Decision> merges, List<Unmerged> unmerged, List<Affiliations.Affiliation> affiliations) {
        Graph g = GraphFactory.createDefaultGraph();
        // merges made document by document are one node per (entity, entity, rule), with their documents
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Decision d : merges) {
            String key = d.from() + "|" + d.into() + "|" + d.rule();
            Node n = nodes.get(key);
            if (n == null) {
                n = uri(Iris.BASE + "identity/merge/" + Iris.sha256(key).substring(0, 20));
                nodes.put(key, n);
                add(g, n, RDF.type, NG.IdentityMerge.asNode());
                add(g, n, NG.mergedEntity, uri(d.from()));
                add(g, n, NG.canonicalEntity, uri(d.into()));
                add(g, n, NG.rule, str(d.rule()));
                add(g, n, NG.evidence, str(d.evidence()));
                add(g, n, NG.confidence, org.newsgraph.rdf.Literals.decimal(
                        new java.math.BigDecimal(String.format(Locale.ROOT, "%.3f", d.confidence()))));
            }
            if (d.doc() != null) {
                add(g, n, PROV.wasDerivedFrom, uri(d.doc()));
            }
        }
        for (Unmerged u : unmerged) {
            Node n = uri(Iris.BASE + "identity/apart/" + Iris.sha256(u.entity() + "|" + u.other() + "|" + u.reason()).substring(0, 20));
            add(g, n, RDF.type, NG.IdentityCandidate.asNode());
            add(g, n, NG.candidate, uri(u.entity()));
            add(g, n, NG.candidate, uri(u.other()));
            add(g, n, NG.evidence, str(u.reason()));
        }
        for (Affiliations.Affiliation a : affiliations) {
            add(g, uri(a.person()), ORG.memberOf, uri(a.party()));
        }
        return g;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static void add(Graph g, Node s, Property p, Node o) {
        g.add(Triple.create(s, p.asNode(), o));
    }

    private static void add(Graph g, Node s, org.apache.jena.rdf.model.Resource p, Node o) {
        g.add(Triple.create(s, p.asNode(), o));
    }
}
