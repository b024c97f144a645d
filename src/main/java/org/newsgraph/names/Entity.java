package org.newsgraph.names;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An entity as one document knows it: its type, the name it is given (the longest full form met),
 * and the other forms it appears under. Identity across documents derives from
 * {@link org.newsgraph.resolve.NameVariants#key}.
 *
 * @param id       index within the document's entity list
 * @param gender   'M', 'F' or 'U' (unknown); persons only
 */
public record Entity(int id, EntityType type, String name, Set<String> variants, char gender) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        // insertion order, not Set.copyOf's per-run order: the same input must write the same lines
        variants = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(variants));
    }
}
