package org.newsgraph.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.rdf.ITSRDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.PROV;
import org.newsgraph.rdf.SpanLinks;

/**
 * Where an entity's lists begin, for the summary graph: for every entity and every document whose
 * graph holds claims attributed to it ({@code prov:wasAttributedTo}), claims whose content names it
 * by another source ({@code schema:mentions}) or mentions of it ({@code itsrdf:taIdentRef}), a node
 * with the entity ({@code ng:entity}), the document ({@code ng:document}, which names its graph) and,
 * for each of the three it holds, how many the documents before it in file-name order hold
 * ({@code ng:priorClaimsBy}, {@code ng:priorClaimsAbout}, {@code ng:priorMentions}; documents
 * with the same file name count as one place). The first N of a list in file order are then in the
 * documents whose count before is under N: a view reads those without counting every claim first.
 * The same counts as {@code COUNT} over those patterns in each document's graph.
 */
final class ListStarts {

    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node ATTRIBUTED = PROV.wasAttributedTo.asNode();
    private static final Node TA = ITSRDF.taIdentRef.asNode();
    private static final Node[] BEFORE = {NG.priorClaimsBy.asNode(), NG.priorClaimsAbout.asNode(), NG.priorMentions.asNode()};

    /** One document's counts for one entity: claims by it, about it, mentions of it. */
    private record Held(String file, Node document, int[] n) {
    }

    private final Map<Node, List<Held>> byEntity = new HashMap<>();

    /** Counts one document's graph (named by the document's IRI). */
    void count(DatasetGraph dsg, Node g) {
        String file = first(dsg.find(g, g, IDENTIFIER, Node.ANY));
        Map<Node, int[]> here = new HashMap<>();
        BiConsumer<Node, Integer> add = (e, kind) -> here.computeIfAbsent(e, k -> new int[3])[kind]++;
        Map<Node, List<Node>> sources = new HashMap<>();
        dsg.find(g, Node.ANY, ATTRIBUTED, Node.ANY).forEachRemaining(q -> {
            sources.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject());
            if (q.getObject().isURI()) {
                add.accept(q.getObject(), 0);
            }
        });
        dsg.find(g, Node.ANY, SpanLinks.mentions(), Node.ANY).forEachRemaining(q -> {
            Node e = q.getObject();
            if (e.isURI()) {
                // one for each source other than the entity, as a count of the solutions of
                // ?c schema:mentions E ; prov:wasAttributedTo ?src FILTER (?src != E)
                for (Node src : sources.getOrDefault(q.getSubject(), List.of())) {
                    if (!src.equals(e)) {
                        add.accept(e, 1);
                    }
                }
            }
        });
        dsg.find(g, Node.ANY, TA, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                add.accept(q.getObject(), 2);
            }
        });
        here.forEach((e, n) -> byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(new Held(file, g, n)));
    }

    /** Writes the nodes into the graph; returns how many. */
    int write(DatasetGraph dsg, Node graph) {
        int written = 0;
        Comparator<Held> order = Comparator.comparing(Held::file).thenComparing(h -> h.document().getURI());
        for (Map.Entry<Node, List<Held>> en : byEntity.entrySet()) {
            List<Held> docs = en.getValue();
            docs.sort(order);
            int[] total = new int[3];
            int i = 0;
            while (i < docs.size()) {
                // the documents with one file name share their count before
                int j = i;
                while (j < docs.size() && docs.get(j).file().equals(docs.get(i).file())) {
                    j++;
                }
                int[] before = total.clone();
                for (Held h : docs.subList(i, j)) {
                    Node x = NodeFactory.createBlankNode();
                    dsg.add(graph, x, NG.entity.asNode(), en.getKey());
                    dsg.add(graph, x, NG.document.asNode(), h.document());
                    for (int k = 0; k < 3; k++) {
                        if (h.n()[k] > 0) {
                            dsg.add(graph, x, BEFORE[k], CorpusSummary.integer(before[k]));
                            total[k] += h.n()[k];
                        }
                    }
                    written++;
                }
                i = j;
            }
        }
        return written;
    }

    private static String first(java.util.Iterator<Quad> it) {
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
