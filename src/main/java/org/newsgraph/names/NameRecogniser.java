package org.newsgraph.names;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds names of persons, organisations and places: runs of proper nouns from the POS tags,
 * typed by context. (First version: proper-noun runs only.)
 */
public final class NameRecogniser implements Annotator {

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int i = 0;
            while (i < s.size()) {
                Token t = s.token(i);
                if (t.isProperNoun() && t.isCapitalised()) {
                    int j = i + 1;
                    while (j < s.size() && s.token(j).isProperNoun() && s.token(j).isCapitalised()) {
                        j++;
                    }
                    var span = s.spanOf(i, j);
                    EntityType type = j - i >= 2 ? EntityType.PERSON : EntityType.ORGANIZATION;
                    out.add(Mention.name(span, doc.text(span), type));
                    i = j;
                } else {
                    i++;
                }
            }
        }
        doc.setMentions(out);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.POS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.NAMES);
    }
}
