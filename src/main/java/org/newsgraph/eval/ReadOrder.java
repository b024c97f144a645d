package org.newsgraph.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The order in which rdf_to_pred.py would meet the triples: it keeps the first value of a
 * property and meets subjects (entities, mentions, claims) in the order of the lines, and that
 * order breaks ties in score.py's greedy matching. Either the order of an actual N-Quads stream
 * ({@link #of}, e.g. what {@code extract --format nq} writes), or the canonical one of a file
 * with its lines sorted ({@link #canonical()}).
 */
public final class ReadOrder {

    private static final ReadOrder CANONICAL = new ReadOrder(null, null);

    private final Map<Node, Integer> subjects;
    private final Map<Triple, Integer> triples;

    private ReadOrder(Map<Node, Integer> subjects, Map<Triple, Integer> triples) {
        this.subjects = subjects;
        this.triples = triples;
    }

    /** The order of a file whose lines are sorted ({@link Predictions#writeNQuads}). */
    public static ReadOrder canonical() {
        return CANONICAL;
    }

    /** The order of a stream of triples (graph names do not matter: the reader merges graphs). */
    public static ReadOrder of(Iterable<Triple> stream) {
        Map<Node, Integer> subjects = new HashMap<>();
        Map<Triple, Integer> triples = new HashMap<>();
        int i = 0;
        for (Triple t : stream) {
            subjects.putIfAbsent(t.getSubject(), i);
            triples.putIfAbsent(t, i);
            i++;
        }
        return new ReadOrder(subjects, triples);
    }

    /** Subjects in the order of their first line. */
    Comparator<Node> subjects() {
        if (subjects == null) {
            return Comparator.comparing(ReadOrder::key);
        }
        return Comparator.<Node>comparingInt(n -> subjects.getOrDefault(n, Integer.MAX_VALUE)).thenComparing(ReadOrder::key);
    }

    /** The values of {@code s p ?o} in the order of their lines. */
    Comparator<Node> objects(Node s, Node p) {
        if (triples == null) {
            return Comparator.comparing(ReadOrder::key);
        }
        return Comparator.<Node>comparingInt(o -> triples.getOrDefault(Triple.create(s, p, o), Integer.MAX_VALUE))
                .thenComparing(ReadOrder::key);
    }

    /** A node as N-Triples writes it; sorted lines order subjects and values by these strings. */
    static String key(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
