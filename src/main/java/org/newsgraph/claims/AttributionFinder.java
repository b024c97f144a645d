package org.newsgraph.claims;

import java.util.List;
import org.newsgraph.pipeline.AnnotatedDocument;

/**
 * The work of {@link ClaimAnnotator} on one document: a pipeline of sieves run in order over a
 * shared {@link AttributionContext}, then one {@link SourceResolver} for the claims of all of them.
 * A cue a sieve takes is not taken again by a later one.
 */
final class AttributionFinder {

    private final AnnotatedDocument doc;
    private final CueLexicon lex;

    AttributionFinder(AnnotatedDocument doc, CueLexicon lex) {
        this.doc = doc;
        this.lex = lex;
    }

    List<Claim> find() {
        AttributionContext ctx = new AttributionContext(doc, lex);
        if (ctx.toks.isEmpty()) {
            return List.of();
        }
        ctx.markQuotes(QuoteFinder.find(ctx.text));
        for (Sieve s : sieves(ctx)) {
            int before = ctx.drafts.size();
            s.run();
            for (int k = before; k < ctx.drafts.size(); k++) {
                Draft d = ctx.drafts.get(k);
                if (d.rule == null) {
                    d.rule = s.name();
                }
            }
        }
        return new SourceResolver(ctx).resolveAll();
    }

    /**
     * Whether the learned-verb sieve runs: on unless {@code -Dnewsgraph.claims.model=false}. It
     * weighs only verbs the lexicon leaves open, so that beliefs the rules leave out ("they know …",
     * "officials fear …") stay out (docs/claims.md).
     */
    static final boolean MODEL = Boolean.parseBoolean(System.getProperty("newsgraph.claims.model", "true"));

    /** The sieves, in the order they run. */
    static List<Sieve> sieves(AttributionContext ctx) {
        List<Sieve> sieves = new java.util.ArrayList<>(List.of(
                new SpeakerLabelSieve(ctx),
                new QuoteSieve(ctx),
                new ReportedSpeechSieve(ctx),
                new AccordingToSieve(ctx),
                new CueNounSieve(ctx),
                new ImpersonalSieve(ctx),
                new QuestionSieve(ctx)));
        if (MODEL || LearnedVerbSieve.proposeAll) {
            sieves.add(new LearnedVerbSieve(ctx));
        }
        sieves.add(new NearestSpeakerSieve(ctx));
        return sieves;
    }
}
