package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import org.newsgraph.names.EntityType;

/**
 * Identity of names across documents: the normalised key two mentions share when they name the
 * same entity, and the canonical label written for it.
 */
public final class NameVariants {

    private NameVariants() {
    }

    /** A normalised key: case, accents, punctuation, a leading "the" and a possessive 's dropped. */
    public static String key(EntityType type, String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('\u2019', '\'').toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("'s$", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** The label written as {@code rdfs:label}: the same for every variant that shares a key. */
    public static String canonical(EntityType type, String name) {
        String s = name.strip().replace('\u2019', '\'');
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return s;
    }
}
