package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.names.EntityType;
import org.newsgraph.resolve.NameVariants;

/**
 * The names under which an entity is looked up in the target dataset, each with how much a match
 * on it is worth: the label itself, its aliases, the label cleaned of honorifics and stray
 * punctuation, and (for persons) the label with each nickname or transliteration of its given name.
 * A dataset's labels are exact strings, so the variants are spelt out here; they are compared back
 * through {@link NameVariants#key} so that the linker folds names as the extractor does.
 */
final class NameForms {

    static final double LABEL = 1.0;
    static final double ALIAS = 0.95;
    static final double CLEANED = 0.95;
    static final double VARIANT = 0.9;

    private static final Set<String> HONORIFICS = Set.copyOf(Resources.lines("honorifics.txt"));
    private static final Map<String, Set<String>> GIVEN = loadGiven();

    private NameForms() {
    }

    private static Map<String, Set<String>> loadGiven() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : Resources.lines("given-name-variants.txt")) {
            List<String> group = List.of(line.split("\\s+"));
            for (String g : group) {
                m.computeIfAbsent(g.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).addAll(group);
            }
        }
        return m;
    }

    /** Look-up forms (exact strings) with the worth of a match on each, best first. */
    static Map<String, Double> of(EntityType type, String label, Iterable<String> aliases) {
        Map<String, Double> out = new LinkedHashMap<>();
        put(out, label.strip(), LABEL);
        for (String a : aliases) {
            put(out, a.strip(), ALIAS);
        }
        for (String f : new ArrayList<>(out.keySet())) {
            String c = clean(type, f);
            if (!c.isEmpty()) {
                put(out, c, CLEANED * out.get(f));
            }
        }
        if (type == EntityType.PERSON) {
            for (Map.Entry<String, Double> e : new ArrayList<>(out.entrySet())) {
                String[] words = e.getKey().split(" ");
                if (words.length < 2) {
                    continue;
                }
                Set<String> variants = GIVEN.getOrDefault(words[0].toLowerCase(Locale.ROOT), Set.of());
                for (String v : variants) {
                    if (!v.equalsIgnoreCase(words[0])) {
                        words[0] = v;
                        put(out, String.join(" ", words), VARIANT * e.getValue());
                    }
                }
            }
        }
        return out;
    }

    private static void put(Map<String, Double> m, String form, double worth) {
        if (!form.isEmpty()) {
            m.merge(form, worth, Math::max);
        }
    }

    /**
     * The name without what a dataset leaves out of its labels: a possessive, a leading "the",
     * trailing punctuation, and for persons honorifics and titles ("Dr. Leonid Petrov").
     */
    static String clean(EntityType type, String name) {
        String s = NameVariants.canonical(type, name).replaceAll("[\\s\\p{Punct}&&[^)]]+$", "").strip();
        s = s.replaceAll("\\s+", " ");
        if (type == EntityType.PERSON) {
            String[] w = s.split(" ");
            int i = 0;
            while (i < w.length - 1 && HONORIFICS.contains(w[i].replaceAll("\\.$", "").toLowerCase(Locale.ROOT))) {
                i++;
            }
            s = String.join(" ", List.of(w).subList(i, w.length));
        }
        return s;
    }

    /** The folded key of a name, shared with the extractor. */
    static String key(EntityType type, String name) {
        return NameVariants.key(type, name);
    }
}
