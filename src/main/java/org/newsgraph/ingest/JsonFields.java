package org.newsgraph.ingest;

import java.util.List;

/**
 * Which fields of a JSON line hold what; each list is tried in order, the first present wins.
 * The defaults fit the common news dumps (news-please, CC-NEWS extracts, news APIs).
 */
public record JsonFields(List<String> text, List<String> title, List<String> url, List<String> date,
                         List<String> authors) {

    public static final JsonFields DEFAULT = new JsonFields(List.of("text", "body", "content", "maintext"),
            List.of("title", "headline"), List.of("url", "link"), List.of("date", "published", "date_publish", "datePublished"),
            List.of("authors", "author", "byline"));

    public JsonFields {
        text = List.copyOf(text);
        title = List.copyOf(title);
        url = List.copyOf(url);
        date = List.copyOf(date);
        authors = List.copyOf(authors);
    }
}
