package org.newsgraph.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a document says about itself: headline, byline, dateline and date, outlets it cites.
 * Each value keeps the span it was read from.
 */
public record Metadata(Optional<Span> headline, Optional<Span> author, Optional<Span> dateline,
                       Optional<LocalDate> date, Optional<Span> dateSpan, List<Span> citations) {

    public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    public Metadata {
        citations = List.copyOf(citations);
    }
}
