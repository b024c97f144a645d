package org.newsgraph.pipeline;

import java.util.Set;

/**
 * One stage of the pipeline, in the spirit of CoreNLP's annotators: it states the layers it
 * needs and the layers it gives, so a {@link Pipeline} can check the order of its stages.
 * Implementations must be safe to call from several threads on different documents.
 */
public interface Annotator {

    void annotate(AnnotatedDocument doc);

    Set<Layer> requires();

    Set<Layer> provides();

    default String name() {
        return getClass().getSimpleName();
    }
}
