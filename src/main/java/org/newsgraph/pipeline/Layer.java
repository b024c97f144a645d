package org.newsgraph.pipeline;

/** What an {@link Annotator} needs and gives: the layers of analysis on a document. */
public enum Layer {
    SENTENCES, TOKENS, POS, METADATA, NAMES, ENTITIES, COREFERENCE, ROLES, CLAIMS
}
