package org.newsgraph.claims;

/**
 * A quote no one is named for takes the speaker of the nearest claim in its paragraph: news writes
 * "Holm said the tax would fail. “It is a mistake.”" or puts the speaker after the quote in the
 * same paragraph with another verb. PolNeAR gives nearly every quote a source; on train, three
 * quarters of the quotes the quote sieve left unattributed had their content right and only the
 * source missing. A quote alone in its paragraph stays unattributed. Runs after every other sieve.
 */
final class NearestSpeakerSieve extends Sieve {

    NearestSpeakerSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "direct-quote";
    }

    @Override
    void run() {
        for (Draft d : drafts) {
            if (!"direct-quote/unattributed".equals(d.rule)) {
                continue;
            }
            Draft best = null;
            int bestGap = Integer.MAX_VALUE;
            for (Draft o : drafts) {
                if (o == d || o.source == Source.NOBODY || o.sourceSpan == null && o.inherit == null) {
                    continue;
                }
                // the stretch of text between the two, when they do not overlap
                boolean before = o.extent().end() <= d.extent().begin();
                if (!before && o.extent().begin() < d.extent().end()) {
                    continue;
                }
                int from = before ? o.extent().end() : d.extent().end();
                int to = before ? d.extent().begin() : o.extent().begin();
                if (sameParagraph(from, to) && to - from < bestGap) {
                    best = o;
                    bestGap = to - from;
                }
            }
            if (best != null) {
                d.source = null;
                d.inherit = best;
                tag(d, "nearest-speaker");
            }
        }
    }
}
