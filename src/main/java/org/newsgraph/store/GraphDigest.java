package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A digest of a graph's triples that does not depend on their order: each triple's 64-bit hash
 * (FNV-1a over its terms' written forms, mixed) is summed and xor-ed in, with the count. Two graphs
 * with the same triples get the same digest in every JVM; graphs with blank nodes have none (their
 * labels are new at each extraction), see {@link #of(Graph)}.
 */
final class GraphDigest {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private GraphDigest() {
    }

    /** The digest of {@code g}, or null when it holds a blank node. */
    static String of(Graph g) {
        long sum = 0;
        long xor = 0;
        long n = 0;
        var it = g.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                    return null;
                }
                long h = mix(hash(t.getSubject()) * 31 + hash(t.getPredicate()) * 17 + hash(t.getObject()));
                sum += h;
                xor ^= Long.rotateLeft(h, 17);
                n++;
            }
        } finally {
            it.close();
        }
        return String.format("%016x%016x-%d", sum, xor, n);
    }

    private static long hash(Node n) {
        if (n.isLiteral()) {
            long h = fnv(FNV_OFFSET, n.getLiteralLexicalForm());
            h = fnv(h ^ 1, n.getLiteralDatatypeURI() == null ? "" : n.getLiteralDatatypeURI());
            return fnv(h ^ 2, n.getLiteralLanguage());
        }
        return fnv(FNV_OFFSET, n.isURI() ? n.getURI() : n.toString());
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** A finaliser (SplitMix64's), so that sums of similar triples do not cancel out. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
