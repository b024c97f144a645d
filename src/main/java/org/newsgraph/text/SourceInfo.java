package org.newsgraph.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the input said about a document, apart from its text: the page's JSON-LD and meta tags, a
 * feed item's fields, a JSON line's fields, a WARC record's headers. Plain text files have none
 * ({@link #NONE}); there the text itself is read for a headline, byline and date.
 *
 * @param headline  the title (never part of the body text)
 * @param authors   author names, in the order given
 * @param published date (and time, when given) of publication as written by the source, ISO 8601
 * @param publisher the outlet's name
 * @param url       the canonical address of the article
 * @param language  BCP 47 language tag ("en", "en-GB")
 * @param format    what the text was read from: "text", "html", "feed", "jsonl", "warc"
 * @param partial   true when only a summary of the article was given (a feed item without its content)
 * @param categories feed or page categories, keywords
 */
public record SourceInfo(Optional<String> headline, List<String> authors, Optional<String> published,
                         Optional<String> publisher, Optional<String> url, Optional<String> language,
                         String format, boolean partial, List<String> categories) {

    public static final SourceInfo NONE = new SourceInfo(Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), "text", false, List.of());

    public SourceInfo {
        Objects.requireNonNull(format, "format");
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** True for input that carries its own metadata (anything but a plain text file). */
    public boolean given() {
        return !"text".equals(format);
    }
}
