package org.newsgraph.claims;

import java.util.BitSet;
import java.util.List;
import org.newsgraph.text.Span;

/**
 * What the sieves ask of the claims found so far, answered without scanning them all: which
 * offsets start a content, which characters lie in the content of a quote claim, and whether one
 * content span contains a given span. Drafts added since the last question are indexed then; a
 * sieve that changes the content of a draft already added bumps {@link #edited()} and the index
 * is rebuilt once.
 */
final class DraftIndex {

    private final List<Draft> drafts;
    private final int length;
    private int indexed;
    private boolean stale;
    private final BitSet begins = new BitSet();
    private final BitSet quoted = new BitSet();
    /** A Fenwick tree of the greatest content end over content begins (prefix maxima). */
    private final int[] maxEnd;

    DraftIndex(List<Draft> drafts, int textLength) {
        this.drafts = drafts;
        this.length = textLength + 2;
        this.maxEnd = new int[length + 1];
        java.util.Arrays.fill(maxEnd, Integer.MIN_VALUE);
    }

    /** The content of a draft already added changed. */
    void edited() {
        stale = true;
    }

    private void refresh() {
        if (stale) {
            begins.clear();
            quoted.clear();
            java.util.Arrays.fill(maxEnd, Integer.MIN_VALUE);
            indexed = 0;
            stale = false;
        }
        for (; indexed < drafts.size(); indexed++) {
            Draft d = drafts.get(indexed);
            for (Span c : d.content) {
                int b = Math.max(0, Math.min(c.begin(), length - 2));
                begins.set(b);
                if (d.quote && c.end() > c.begin()) {
                    quoted.set(b, Math.max(b, Math.min(c.end(), length - 1)));
                }
                for (int i = b + 1; i <= length; i += i & -i) {
                    maxEnd[i] = Math.max(maxEnd[i], c.end());
                }
            }
        }
    }

    /** Whether a claim found so far has content that starts at {@code offset}. */
    boolean startsContent(int offset) {
        refresh();
        return offset >= 0 && offset < length - 1 && begins.get(offset);
    }

    /** Whether {@code s} overlaps the content of a quote claim found so far. */
    boolean overlapsQuoteClaim(Span s) {
        refresh();
        if (s.end() <= s.begin()) {
            return false;
        }
        int b = Math.max(0, s.begin());
        int hit = quoted.nextSetBit(b);
        return hit >= 0 && hit < s.end();
    }

    /** Whether one content span of a claim found so far contains {@code s}. */
    boolean coveredByDraft(Span s) {
        refresh();
        int best = Integer.MIN_VALUE;
        for (int i = Math.min(Math.max(0, s.begin()), length - 2) + 1; i > 0; i -= i & -i) {
            best = Math.max(best, maxEnd[i]);
        }
        return best >= s.end();
    }
}
