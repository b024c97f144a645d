package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.text.Span;

/**
 * The last step, shared by all sieves: resolves each draft's source phrase to a mention of the
 * document's entities (a name, a pronoun through coreference or the speaker of a claim just
 * before, a description naming an entity) or to an unnamed source, and turns the drafts into
 * claims in text order.
 */
final class SourceResolver extends ContextView {

    private final java.util.Map<String, Source.Unnamed> unnamedByKey = new java.util.HashMap<>();

    SourceResolver(AttributionContext ctx) {
        super(ctx);
    }

    List<Claim> resolveAll() {
        drafts.sort((a, b) -> Integer.compare(a.extent().begin(), b.extent().begin()));
        List<Draft> byOrder = new ArrayList<>(drafts);
        byOrder.sort((a, b) -> Integer.compare(a.order, b.order));
        for (Draft d : byOrder) {
            resolve(d, byOrder);
        }
        List<Claim> out = new ArrayList<>();
        Set<Span> extents = new HashSet<>();
        for (Draft d : drafts) {
            List<Span> content = new ArrayList<>(d.content);
            content.sort(null);
            if (!extents.add(d.extent())) {
                continue;
            }
            Span src = d.sourceSpan;
            if (src == null && d.inherit != null) {
                src = d.inherit.sourceSpan;
            }
            double confidence = Double.isNaN(d.confidence) ? lex.ruleConfidence(d.rule) : d.confidence;
            out.add(new Claim(content, Optional.ofNullable(d.cue), Optional.ofNullable(src),
                    d.source == null ? Source.NOBODY : d.source, d.quote, d.rule, confidence));
        }
        return out;
    }

    private void resolve(Draft d, List<Draft> byOrder) {
        if (d.source != null) {
            return;
        }
        if (d.inherit != null) {
            resolve(d.inherit, byOrder);
            d.source = d.inherit.source;
            return;
        }
        if (d.sourceSpan == null) {
            d.source = Source.NOBODY;
            return;
        }
        Span lookup = d.antecedent != null ? d.antecedent : d.head;
        // the mention must cover the head word: "A Reddit user" is a user, not Reddit
        Span headWord = lastWordOf(lookup);
        Mention m = mentionIn(d.sourceSpan.union(lookup), headWord);
        if (m != null && m.span().overlaps(headWord)) {
            // a country standing for its government ("Russia has argued") is attributed to the place:
            // the text names it as the source; the shapes flag such sources with a warning
            d.source = new Source.Named(m.entity());
            return;
        }
        String phrase = doc.text(d.sourceSpan);
        String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
        char g = lex.pronoun(first);
        if (g != 0 && phrase.indexOf(' ') < 0) {
            d.source = continuation(d, g, byOrder);
            return;
        }
        int named = entityNamedBy(doc.text(headWord));
        if (named >= 0 && Character.isUpperCase(doc.text(headWord).codePointAt(0))) {
            d.source = new Source.Named(named);
            return;
        }
        if (Character.isUpperCase(doc.text(lookup).codePointAt(0)) && !demonstrative.contains(first) && !quantifier.contains(first)
                && !lex.isSourceNoun(lastWord(doc.text(lookup))) && !lex.isEvidenceNoun(lastWord(doc.text(lookup)))) {
            // a name the recogniser did not find: better no attribution than a made-up one
            d.source = Source.NOBODY;
            return;
        }
        d.source = unnamed(phrase.strip());
    }

    /**
     * One spelling per unnamed source of a document: "The website" and later "the website" are
     * one source (one IRI), labelled as first written.
     */
    private Source.Unnamed unnamed(String description) {
        String key = description.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return unnamedByKey.computeIfAbsent(key, k -> new Source.Unnamed(description));
    }

    private Span lastWordOf(Span s) {
        int t = firstTokenAtOrAfter(s.end()) - 1;
        while (t > 0 && toks.get(t).begin() >= s.end()) {
            t--;
        }
        if (t >= 0 && s.contains(toks.get(t).span()) && isPossessiveMark(t) && t > 0) {
            t--; // "Zakharova's": the name, not the mark
        }
        return t >= 0 && s.contains(toks.get(t).span()) ? toks.get(t).span() : s;
    }

    /**
     * The one entity whose name ends with {@code word} ("Ushakov" for "Yury Ushakov" when the
     * recogniser missed the surname on its own), or -1 when none or several do.
     */
    private int entityNamedBy(String word) {
        String w = word.replaceAll("[^\\p{L}\\p{N}]", "");
        if (w.length() < 2) {
            return -1;
        }
        int found = -1;
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.PLACE) {
                continue;
            }
            String[] parts = e.name().split("\\s+");
            String last = parts[parts.length - 1].replaceAll("[^\\p{L}\\p{N}]", "");
            if (parts.length > 1 && last.equals(w)) {
                if (found >= 0 && found != e.id()) {
                    return -1;
                }
                found = e.id();
            }
        }
        return found;
    }

    private static String lastWord(String s) {
        String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }

    /**
     * "He argued that …" with no coreference mention for "He": the person who was last given a
     * claim nearby, if the pronoun's gender does not rule them out. Otherwise nobody.
     */
    private Source continuation(Draft d, char gender, List<Draft> byOrder) {
        if (gender == 'P' && low(firstTokenAtOrAfter(d.sourceSpan.begin())).equals("they")) {
            // "Analysts expect …, yet they acknowledge …": the group named just before
            int k = byOrder.indexOf(d) - 1;
            if (k >= 0) {
                Draft p = byOrder.get(k);
                if (p.cueToken >= 0 && sentOf[d.order] - sentOf[p.order] <= 1 && p.source instanceof Source.Unnamed u
                        && lastWord(u.description()).endsWith("s")) {
                    return u;
                }
            }
            return Source.NOBODY;
        }
        if (gender != 'M' && gender != 'F') {
            return Source.NOBODY;
        }
        int here = d.order;
        for (int k = byOrder.indexOf(d) - 1; k >= 0; k--) {
            Draft p = byOrder.get(k);
            if (p.cueToken < 0 || sentOf[here] - sentOf[Math.min(p.order, toks.size() - 1)] > 4) {
                break;
            }
            if (p.source instanceof Source.Named named) {
                Entity e = doc.entity(named.entity());
                if (e.type() == EntityType.PERSON && (e.gender() == 'U' || e.gender() == gender)) {
                    return named;
                }
                return Source.NOBODY;
            }
        }
        return Source.NOBODY;
    }
}
