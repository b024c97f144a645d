package org.newsgraph.pipeline;

import org.newsgraph.claims.ClaimAnnotator;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.metadata.MetadataAnnotator;
import org.newsgraph.names.Gazetteers;
import org.newsgraph.names.NameRecogniser;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.roles.RoleAnnotator;

/** The standard stages, built once (model loading is the slow part). */
final class StandardPipeline {

    static final Pipeline INSTANCE = create(Lexicon.standard());

    private StandardPipeline() {
    }

    /** The standard stages over the shared word lists of {@code lexicon}. */
    static Pipeline create(Lexicon lexicon) {
        return Pipeline.create()
                .add(new NlpAnnotator())
                .add(new NameRecogniser(Gazetteers.of(lexicon)))
                .add(new MetadataAnnotator())
                .add(new EntityResolver(lexicon))
                .add(new RoleAnnotator(lexicon))
                .add(new ClaimAnnotator(lexicon))
                .build();
    }
}
