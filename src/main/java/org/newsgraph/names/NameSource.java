package org.newsgraph.names;

/**
 * Where a name mention comes from: the rule (a typing or scanner rule of the recogniser, "model" for the statistical
 * name finder, "sports-team", "dateline" …) that produced and typed it, and how sure the recogniser is of it, from
 * 0 to 1 (the share of the document's evidence for the string that agrees with the type, times how strong that
 * evidence is against a gazetteer hit: a lone guess scores low, a known name typed the same everywhere 1).
 */
public record NameSource(String rule, double confidence) {

    /** What anaphoric mentions (pronouns, descriptions resolved by coreference) get. */
    public static final NameSource COREFERENCE = new NameSource("coreference", Double.NaN);
}
