package org.newsgraph.names;

import org.newsgraph.text.Span;

/**
 * One place where an entity is mentioned.
 *
 * @param span   where, in the document text
 * @param text   the surface text of the span
 * @param type   the entity type
 * @param kind   a name, or an anaphoric mention (pronoun, description) resolved by coreference
 * @param entity index of the entity in {@link org.newsgraph.pipeline.AnnotatedDocument#entities()},
 *               or -1 while unresolved
 */
public record Mention(Span span, String text, EntityType type, Kind kind, int entity) {

    /** Whether a mention is a name or an anaphor (pronoun, description). */
    public enum Kind { NAME, ANAPHOR }

    public static Mention name(Span span, String text, EntityType type) {
        return new Mention(span, text, type, Kind.NAME, -1);
    }

    public boolean isName() {
        return kind == Kind.NAME;
    }

    public Mention withEntity(int id) {
        return new Mention(span, text, type, kind, id);
    }

    public Mention withType(EntityType t) {
        return new Mention(span, text, t, kind, entity);
    }
}
