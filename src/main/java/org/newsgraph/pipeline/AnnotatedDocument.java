package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.claims.Claim;
import org.newsgraph.names.Entity;
import org.newsgraph.names.Mention;
import org.newsgraph.roles.RoleFact;
import org.newsgraph.text.Document;
import org.newsgraph.text.Metadata;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;

/**
 * A document and the layers of analysis stages have added to it. Stages replace a layer whole
 * (set…), readers get unmodifiable views. Not thread-safe: one document is worked on by one thread.
 */
public final class AnnotatedDocument {

    private final Document document;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private List<Sentence> sentences = List.of();
    private Metadata metadata = Metadata.NONE;
    private List<Mention> mentions = List.of();
    private java.util.Map<org.newsgraph.text.Span, org.newsgraph.names.NameSource> nameSources = java.util.Map.of();
    private List<Entity> entities = List.of();
    private List<RoleFact> roles = List.of();
    private List<Claim> claims = List.of();

    public AnnotatedDocument(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public String text(Span span) {
        return document.text(span);
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public void mark(Set<Layer> given) {
        layers.addAll(given);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public void setSentences(List<Sentence> s) {
        sentences = List.copyOf(s);
    }

    /** The sentence that contains {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }

    public Metadata metadata() {
        return metadata;
    }

    public void setMetadata(Metadata m) {
        metadata = m;
    }

    /** Mentions in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    public void setMentions(List<Mention> m) {
        List<Mention> sorted = new ArrayList<>(m);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        mentions = Collections.unmodifiableList(sorted);
    }

    /** Which rule or model produced the name mention at {@code span}, and how sure it is; null when not known. */
    public org.newsgraph.names.NameSource nameSource(org.newsgraph.text.Span span) {
        return nameSources.get(span);
    }

    public void setNameSources(java.util.Map<org.newsgraph.text.Span, org.newsgraph.names.NameSource> m) {
        nameSources = java.util.Map.copyOf(m);
    }

    public List<Entity> entities() {
        return entities;
    }

    public Entity entity(int id) {
        return entities.get(id);
    }

    public void setEntities(List<Entity> e) {
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i).id() != i) {
                throw new IllegalArgumentException("Entity " + e.get(i).name() + " has id " + e.get(i).id()
                        + " at position " + i);
            }
        }
        entities = List.copyOf(e);
    }

    public List<RoleFact> roles() {
        return roles;
    }

    public void setRoles(List<RoleFact> r) {
        roles = List.copyOf(r);
    }

    public List<Claim> claims() {
        return claims;
    }

    public void setClaims(List<Claim> c) {
        claims = List.copyOf(c);
    }
}
