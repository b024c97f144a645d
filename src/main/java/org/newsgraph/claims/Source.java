package org.newsgraph.claims;

/** Who a claim is attributed to. */
public sealed interface Source {

    /** A recognised entity of the document (index into its entity list). */
    record Named(int entity) implements Source { }

    /** An unnamed source, labelled with its description ("sources close to the matter"). */
    record Unnamed(String description) implements Source { }

    /** Nobody is named: the claim has no attribution. */
    record Nobody() implements Source { }

    Source NOBODY = new Nobody();
}
