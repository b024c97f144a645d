package org.newsgraph.metadata;

import java.util.EnumSet;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Metadata;

/** Reads headline, byline, dateline, date and cited outlets. (Not written yet: finds none.) */
public final class MetadataAnnotator implements Annotator {

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.setMetadata(Metadata.NONE);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.METADATA);
    }
}
