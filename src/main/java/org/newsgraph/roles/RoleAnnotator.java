package org.newsgraph.roles;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;

/** Finds who holds which role where (person–role–organisation). (Not written yet: finds none.) */
public final class RoleAnnotator implements Annotator {

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.setRoles(List.of());
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ROLES);
    }
}
