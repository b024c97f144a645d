package org.newsgraph.link;

import java.util.List;
import java.util.Map;
import org.newsgraph.names.EntityType;

/**
 * An entity of the store as the linker sees it: its IRI, type, label and aliases, and its context
 * as word stems with weights (the roles stated for it, the sentences it is mentioned in, the other
 * entities of its documents, the rest of its documents' words), over all its documents and for each
 * document apart (keyed by the document's file name), so that documents that speak of two different
 * people under one name can be told apart.
 */
record LinkEntity(String iri, EntityType type, String label, List<String> aliases, Context context,
        Map<String, Context> byDocument) {
}
