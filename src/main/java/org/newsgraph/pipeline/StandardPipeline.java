package org.newsgraph.pipeline;

import org.newsgraph.claims.ClaimAnnotator;
import org.newsgraph.metadata.MetadataAnnotator;
import org.newsgraph.names.NameRecogniser;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.roles.RoleAnnotator;

/** The standard stages, built once (model loading is the slow part). */
final class StandardPipeline {

    static final Pipeline INSTANCE = Pipeline.create()
            .add(new NlpAnnotator())
            .add(new NameRecogniser())
            .add(new MetadataAnnotator())
            .add(new EntityResolver())
            .add(new RoleAnnotator())
            .add(new ClaimAnnotator())
            .build();

    private StandardPipeline() {
    }
}
