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
                int gap = o.extent().end() <= d.extent().begin() ? d.extent().begin() - o.extent().end()
                        : o.extent().begin() >= d.extent().end() ? o.extent().begin() - d.extent().end() : -1;
                boolean near = gap >= 0 && (o.extent().end() <= d.extent().begin()
                        ? sameParagraph(o.extent().end(), d.extent().begin())
                        : sameParagraph(d.extent().end(), o.extent().begin()));
                if (near && gap < bestGap) {
                    best = o;
                    bestGap = gap;
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
