package org.newsgraph.link;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity's context as weighted word stems: its own (roles, the sentences it is mentioned in, the
 * other entities of its documents) and, weakly, all the words of its documents. The documents' words
 * are shared between the entities of a document rather than copied into each.
 */
record Context(Map<String, Double> own, List<Set<String>> documents) {

    /** The weight of a stem in this context (0 when absent). */
    double weight(String stem) {
        double w = own.getOrDefault(stem, 0.0);
        if (w < StoreEntities.DOCUMENT) {
            for (Set<String> d : documents) {
                if (d.contains(stem)) {
                    return StoreEntities.DOCUMENT;
                }
            }
        }
        return w;
    }
}
