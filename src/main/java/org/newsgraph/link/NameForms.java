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
 * A dataset's labels are exact strings, so the variants are spelt out here, from the extractor's own
 * list of given-name variants ({@code org/newsgraph/resolve/given-name-variants.tsv}); candidates are
 * compared back through {@link NameVariants#key} so that the linker folds names as the extractor does.
 */
final class NameForms {

    static final double LABEL = 1.0;
    static final double ALIAS = 0.95;
    static final double CLEANED = 0.95;
    static final double VARIANT = 0.9;

    /** The extractor's groups of given-name variants: canonical, then its variants, lower case. */
    static final String GIVEN_NAME_VARIANTS = "/org/newsgraph/resolve/given-name-variants.tsv";
    private static final Map<String, Set<String>> GIVEN = loadGiven();

    private NameForms() {
    }

    private static Map<String, Set<String>> loadGiven() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : Resources.lines(GIVEN_NAME_VARIANTS)) {
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
                String given = words[0];
                for (String v : variants) {
                    if (!v.equalsIgnoreCase(given)) {
                        words[0] = Character.toUpperCase(v.charAt(0)) + v.substring(1);
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
     * trailing punctuation, and for persons titles and middle initials ("Dr. Leonid Petrov"), as
     * the extractor's {@link NameVariants#words} drops them.
     */
    static String clean(EntityType type, String name) {
        String s = String.join(" ", NameVariants.words(type, name));
        return s.replaceAll("[\\s\\p{Punct}&&[^)]]+$", "").strip();
    }

    /** The folded key of a name, shared with the extractor. */
    static String key(EntityType type, String name) {
        return NameVariants.key(type, name);
    }
}
