package org.newsgraph.ingest.html;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article in a page's JSON-LD ({@code <script type="application/ld+json">}): the
 * first object typed NewsArticle, Article, BlogPosting, ReportageNewsArticle and the like, found
 * at the top, in an array or in {@code @graph}. JSON that does not parse is passed over (pages
 * often carry broken JSON-LD); the page is still read from its markup.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle",
            "report", "webpage", "medicalwebpage", "advertisercontentarticle", "satiricalarticle");

    private JsonLd() {
    }

    /** The page's article object (from its script elements), preferring a true article type over a WebPage. */
    static Optional<JsonObject> article(List<Element> scripts) {
        JsonObject best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : scripts) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            JsonElement root = parse(script.data());
            if (root == null) {
                continue;
            }
            List<JsonObject> objects = new ArrayList<>();
            collect(root, objects, 0);
            for (JsonObject o : objects) {
                int rank = rank(o);
                if (rank < bestRank) {
                    best = o;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static JsonElement parse(String json) {
        try {
            JsonReader r = new JsonReader(new StringReader(json.strip()));
            r.setStrictness(Strictness.LENIENT);
            return com.google.gson.JsonParser.parseReader(r);
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            return null;
        }
    }

    private static void collect(JsonElement e, List<JsonObject> out, int depth) {
        if (depth > 6 || e == null) {
            return;
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                collect(x, out, depth + 1);
            }
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (rank(o) < Integer.MAX_VALUE) {
                out.add(o);
            }
            collect(o.get("@graph"), out, depth + 1);
            collect(o.get("mainEntity"), out, depth + 1);
        }
    }

    /** 0 for an article with a body, 1 for one without, 2 for a web page; MAX_VALUE for others. */
    private static int rank(JsonObject o) {
        boolean article = false, page = false;
        for (String t : strings(o.get("@type"))) {
            String low = t.toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(low)) {
                if (low.endsWith("webpage")) {
                    page = true;
                } else {
                    article = true;
                }
            }
        }
        if (article) {
            return string(o, "articleBody").isPresent() ? 0 : 1;
        }
        return page ? 2 : Integer.MAX_VALUE;
    }

    /** A string property, or the first string of an array. */
    static Optional<String> string(JsonObject o, String key) {
        List<String> all = strings(o.get(key));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The strings of a value: a string, an array of them, or objects' {@code name}/{@code @id}. */
    static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        addStrings(e, out, 0);
        return out;
    }

    private static void addStrings(JsonElement e, List<String> out, int depth) {
        if (e == null || e.isJsonNull() || depth > 3) {
            return;
        }
        if (e.isJsonPrimitive()) {
            String s = e.getAsString().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (JsonElement x : a) {
                addStrings(x, out, depth + 1);
            }
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            JsonElement name = o.has("name") ? o.get("name") : o.get("@id");
            addStrings(name, out, depth + 1);
        }
    }

    /** The names of an author-like value (strings, Person objects, arrays of both). */
    static List<String> names(JsonElement e) {
        return strings(e);
    }

    /** The {@code @id} or {@code url} of a value such as {@code mainEntityOfPage}. */
    static Optional<String> id(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (e.isJsonPrimitive()) {
            return Optional.of(e.getAsString().strip()).filter(s -> !s.isEmpty());
        }
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String k : new String[] {"@id", "url"}) {
                if (o.has(k) && o.get(k).isJsonPrimitive()) {
                    return Optional.of(o.get(k).getAsString().strip()).filter(s -> !s.isEmpty());
                }
            }
        }
        return Optional.empty();
    }
}
