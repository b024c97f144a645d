package org.newsgraph.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.ITSRDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.rdf.VOID;

/**
 * Figures over the whole corpus that the web view would otherwise count over every mention at each
 * click, materialised in the summary graph ({@link Iris#SUMMARY_GRAPH}) after a build: for every
 * entity its {@code ng:mentionCount} (mentions by name in all documents), and for every two entities
 * named in the same sentence an {@code ng:CoMention} with both ({@code ng:between}) and the number of
 * such sentences ({@code ng:sentenceCount}) — the same figures as counting {@code itsrdf:taIdentRef}
 * and {@code nif:sentence} in the documents' graphs; the graph itself is a {@code void:Dataset} with
 * the number of documents counted ({@code void:documents}); and where each entity's lists of claims and
 * mentions begin in file order ({@link ListStarts}). Replaced whole at each run; the documents'
 * graphs are read one at a time, so memory holds one document's mentions and the pair counts.
 *
 * <pre>
 * CorpusSummary.Report r = CorpusSummary.refresh(store.dataset());
 * </pre>
 */
public final class CorpusSummary {

    private static final Node TA = ITSRDF.taIdentRef.asNode();
    private static final Node SENTENCE = NIF.sentence.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ANAPHORIC = NG.AnaphoricMention.asNode();

    /** What a run wrote, and how long it took. */
    public record Report(int entities, int pairs, int listStarts, double seconds) {
        public String summary() {
            return String.format("corpus summary: %,d entities, %,d co-mention pairs, %,d list starts (%.1f s)",
                    entities, pairs, listStarts, seconds);
        }
    }

    private CorpusSummary() {
    }

    /** Counts the corpus and replaces the summary graph with the figures; one read, then one write transaction. */
    public static Report refresh(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        Map<Node, int[]> mentions = new HashMap<>();
        Map<Node, Map<Node, int[]>> pairs = new HashMap<>();
        int[] documents = {0};
        ListStarts starts = new ListStarts();
        Txn.executeRead(dsg, () -> {
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            for (Node g : graphs) {
                if (g.isURI() && !g.getURI().startsWith(Iris.BASE + "graph/")) {
                    count(dsg, g, mentions, pairs);
                    starts.count(dsg, g);
                    documents[0]++;
                }
            }
        });
        Node graph = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
        int[] n = {0};
        int[] listStarts = {0};
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            // never empty: its presence says the summary is current (a build drops it at its first change)
            dsg.add(graph, graph, TYPE, VOID.Dataset.asNode());
            dsg.add(graph, graph, VOID.documents.asNode(), integer(documents[0]));
            mentions.forEach((e, c) -> dsg.add(graph, e, NG.mentionCount.asNode(), integer(c[0])));
            pairs.forEach((a, with) -> with.forEach((b, c) -> {
                Node p = NodeFactory.createBlankNode();
                dsg.add(graph, p, NG.between.asNode(), a);
                dsg.add(graph, p, NG.between.asNode(), b);
                dsg.add(graph, p, NG.sentenceCount.asNode(), integer(c[0]));
                n[0]++;
            }));
            listStarts[0] = starts.write(dsg, graph);
        });
        return new Report(mentions.size(), n[0], listStarts[0], (System.nanoTime() - t0) / 1e9);
    }

    /** One document's graph: its named mentions per entity, and its entities per sentence paired. */
    private static void count(DatasetGraph dsg, Node g, Map<Node, int[]> mentions, Map<Node, Map<Node, int[]>> pairs) {
        Map<Node, Node> sentenceOf = new HashMap<>();
        Iterator<Quad> s = dsg.find(g, Node.ANY, SENTENCE, Node.ANY);
        s.forEachRemaining(q -> sentenceOf.put(q.getSubject(), q.getObject()));
        Set<Node> anaphoric = new java.util.HashSet<>();
        dsg.find(g, Node.ANY, TYPE, ANAPHORIC).forEachRemaining(q -> anaphoric.add(q.getSubject()));
        Map<Node, Set<Node>> bySentence = new HashMap<>();
        Iterator<Quad> it = dsg.find(g, Node.ANY, TA, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Node m = q.getSubject(), e = q.getObject();
            if (!e.isURI()) {
                continue;
            }
            if (!anaphoric.contains(m)) {
                mentions.computeIfAbsent(e, k -> new int[1])[0]++;
            }
            Node sentence = sentenceOf.get(m);
            if (sentence != null) {
                bySentence.computeIfAbsent(sentence, k -> new LinkedHashSet<>()).add(e);
            }
        }
        for (Set<Node> named : bySentence.values()) {
            List<Node> es = new ArrayList<>(named);
            for (int i = 0; i < es.size(); i++) {
                for (int j = i + 1; j < es.size(); j++) {
                    Node a = es.get(i), b = es.get(j);
                    boolean ordered = a.getURI().compareTo(b.getURI()) < 0;
                    pairs.computeIfAbsent(ordered ? a : b, k -> new HashMap<>())
                            .computeIfAbsent(ordered ? b : a, k -> new int[1])[0]++;
                }
            }
        }
    }

    static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
