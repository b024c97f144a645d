package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.NewsGraphException;
import org.newsgraph.text.Document;
import org.newsgraph.text.DocumentReader;
import org.newsgraph.text.SourceInfo;

/**
 * JSON Lines: one article a line, an object whose fields {@link JsonFields} names. The document's
 * identifier is its URL, else {@code file:line}. A line that is not a JSON object, or has no text,
 * is reported with its line number and skipped; blank lines are passed over.
 */
final class JsonLinesSource implements Source {

    private final JsonFields fields;

    JsonLinesSource(JsonFields fields) {
        this.fields = fields;
    }

    @Override
    public Iterator<Item> items(Origin o, InputStream in) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 8192);
        return new ItemCursor() {
            private int line;

            @Override
            protected Item advance() {
                String s;
                try {
                    s = r.readLine();
                } catch (IOException | UncheckedIOException e) {
                    end();
                    close();
                    return Item.problem(o.path(), o.name() + ":" + (line + 1),
                            "cannot read further (" + e.getMessage() + "); the lines before were read");
                }
                if (s == null) {
                    end();
                    close();
                    return null;
                }
                line++;
                return s.isBlank() ? null : item(o, line, s);
            }

            private void close() {
                try {
                    r.close();
                } catch (IOException e) {
                    // nothing more to read either way
                }
            }
        };
    }

    private Item item(Origin o, int line, String json) {
        String where = o.name() + ":" + line;
        return new Item(new DocumentReader.Input(o.path(), where), where, () -> read(o, where, line, json));
    }

    private Document read(Origin o, String where, int line, String json) {
        JsonObject obj;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw new NewsGraphException(where + ": not a JSON object; line skipped");
            }
            obj = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new NewsGraphException(where + ": not JSON (" + firstLine(e.getMessage()) + "); line skipped");
        }
        Optional<String> text = first(obj, fields.text());
        if (text.isEmpty() || text.get().isBlank()) {
            throw new NewsGraphException(where + ": no text in any of the fields " + fields.text() + "; line skipped");
        }
        Optional<String> url = first(obj, fields.url()).filter(u -> !u.isBlank());
        List<String> authors = new ArrayList<>();
        for (String k : fields.authors()) {
            if (obj.has(k)) {
                authors.addAll(org.newsgraph.ingest.html.PageMetadata.strings(obj.get(k)));
                break;
            }
        }
        SourceInfo info = new SourceInfo(first(obj, fields.title()), WebDocuments.nonBlank(authors),
                first(obj, fields.date()), first(obj, List.of("publisher", "source_domain", "source", "site_name")),
                url, first(obj, List.of("language", "lang", "inLanguage")), "jsonl", false,
                first(obj, List.of("categories", "keywords", "tags")).map(List::of).orElse(List.of()));
        String id = url.orElse(o.id() + ":" + line);
        return WebDocuments.fields(where, id, text.get(), false, info, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> first(JsonObject obj, List<String> keys) {
        for (String k : keys) {
            JsonElement e = obj.get(k);
            if (e != null && !e.isJsonNull()) {
                List<String> s = org.newsgraph.ingest.html.PageMetadata.strings(e);
                if (!s.isEmpty()) {
                    return Optional.of(e.isJsonArray() ? String.join(", ", s) : s.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
