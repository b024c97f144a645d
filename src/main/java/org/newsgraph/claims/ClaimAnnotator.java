package org.newsgraph.claims;

import java.util.EnumSet;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;

/**
 * Finds attributions — who claims what — and resolves their sources to the document's entities.
 * The stages, each driven by the {@link CueLexicon}: direct quotes with their speaker before or
 * after (and quotes continued over sentences and paragraphs), reported speech (a cue verb with
 * its subject and complement, also inverted: "…, he said"), "according to X", cue nouns
 * ("the revelation from X that …", "His assessment suggested …") and speaker labels ("PENCE: …").
 * A source phrase resolves through the mentions that name recognition and coreference found;
 * a description with no mention becomes an unnamed source; a pronoun that nothing resolves keeps
 * its span but gets no attribution. Linear in the number of tokens.
 */
public final class ClaimAnnotator implements Annotator {

    private final CueLexicon lexicon;

    /** With the lexicon shipped with newsgraph. */
    public ClaimAnnotator() {
        this(CueLexicon.standard());
    }

    /** With this package's cue lists over the shared word lists of {@code shared}. */
    public ClaimAnnotator(Lexicon shared) {
        this(CueLexicon.of(shared));
    }

    public ClaimAnnotator(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.setClaims(new AttributionFinder(doc, lexicon).find());
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
