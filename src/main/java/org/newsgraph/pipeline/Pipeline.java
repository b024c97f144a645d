package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.text.Document;

/**
 * An ordered list of {@link Annotator}s, checked when built: each stage's needs must be given by
 * the stages before it. Thread-safe when its annotators are.
 */
public final class Pipeline {

    private final List<Annotator> stages;

    private Pipeline(List<Annotator> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder create() {
        return new Builder();
    }

    /** The standard newsgraph pipeline: tokens, metadata, names, coreference, roles, claims. */
    public static Pipeline standard() {
        return StandardPipeline.INSTANCE;
    }

    public AnnotatedDocument process(Document document) {
        AnnotatedDocument doc = new AnnotatedDocument(document);
        for (Annotator a : stages) {
            a.annotate(doc);
            doc.mark(a.provides());
        }
        return doc;
    }

    public List<Annotator> stages() {
        return stages;
    }

    /** Builds a {@link Pipeline}, refusing a stage whose needs are not met by the stages before it. */
    public static final class Builder {
        private final List<Annotator> stages = new ArrayList<>();
        private final Set<Layer> given = EnumSet.noneOf(Layer.class);

        public Builder add(Annotator a) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(a.requires());
            missing.removeAll(given);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Stage " + a.name() + " needs " + missing
                        + " which no earlier stage gives");
            }
            stages.add(a);
            given.addAll(a.provides());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
