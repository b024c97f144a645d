package org.newsgraph.roles;

import java.util.Optional;

/**
 * When a role is held, as the text says it: a beginning and an end, each a year ("from 2009 to 2013",
 * "since 2017", "joined Z in 2009") or a place relative to the article's date ("former": ended before
 * it; "incoming": begins after it), or unknown. Written as an OWL-Time interval ({@code org:memberDuring}).
 *
 * @param beginYear  the year the role began, if stated
 * @param endYear    the year the role ended (or ends), if stated
 * @param begin      where the beginning lies relative to the article, if said ("then-", "outgoing": before)
 * @param end        where the end lies relative to the article, if said ("former": before; "since 2017": after)
 */
public record Tenure(Optional<Integer> beginYear, Optional<Integer> endYear, Optional<Relative> begin,
                     Optional<Relative> end) {

    /** Before or after the article's date (its date published). */
    public enum Relative { BEFORE_ARTICLE, AFTER_ARTICLE }

    public static final Tenure UNKNOWN = new Tenure(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isUnknown() {
        return beginYear.isEmpty() && endYear.isEmpty() && begin.isEmpty() && end.isEmpty();
    }

    /** What this and {@code o} say together; where both say something of the same end, this one's. */
    Tenure with(Tenure o) {
        return new Tenure(beginYear.or(o::beginYear), endYear.or(o::endYear), begin.or(o::begin), end.or(o::end));
    }

    /** A stated year wins over a relative place of the same end ("former chairman from 2009 to 2013"). */
    Tenure normalised() {
        return new Tenure(beginYear, endYear, beginYear.isPresent() ? Optional.empty() : begin,
                endYear.isPresent() ? Optional.empty() : end);
    }
}
