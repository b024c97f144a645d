package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.names.Entity;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;

/**
 * Groups a document's name mentions into entities: mentions with the same key are one entity.
 * (First version: exact keys only.)
 */
public final class EntityResolver implements Annotator {

    @Override
    public void annotate(AnnotatedDocument doc) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Set<String>> variants = new ArrayList<>();
        List<Mention> first = new ArrayList<>();
        List<Mention> resolved = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            String k = m.type() + "|" + NameVariants.key(m.type(), m.text());
            Integer id = ids.get(k);
            if (id == null) {
                id = ids.size();
                ids.put(k, id);
                variants.add(new LinkedHashSet<>());
                first.add(m);
            }
            variants.get(id).add(m.text());
            resolved.add(m.withEntity(id));
        }
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            entities.add(new Entity(i, first.get(i).type(), first.get(i).text(), variants.get(i), 'U'));
        }
        doc.setEntities(entities);
        doc.setMentions(resolved);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.NAMES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ENTITIES, Layer.COREFERENCE);
    }
}
