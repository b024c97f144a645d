package org.newsgraph.claims;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;

/** Finds attributions: who claims what. (Not written yet: finds none.) */
public final class ClaimAnnotator implements Annotator {

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.setClaims(List.of());
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ENTITIES, Layer.COREFERENCE);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.CLAIMS);
    }
}
