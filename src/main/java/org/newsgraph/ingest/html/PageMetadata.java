package org.newsgraph.ingest.html;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article, in order of trust: the schema.org article of its JSON-LD,
 * then OpenGraph and {@code article:} meta tags (and the other common meta names), then
 * {@code <title>}, the first {@code <h1>} and byline markup ("By …").
 */
public record PageMetadata(Optional<String> headline, List<String> authors, Optional<String> published,
                           Optional<String> publisher, Optional<String> url, Optional<String> language,
                           List<String> keywords, Optional<String> articleBody) {

    /** Runs of white space, compiled once (String.replaceAll and split compile theirs on every call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por)\\s+(.{3,80})$");

    /** Reads the metadata of a parsed page (before anything is removed from it). */
    public static PageMetadata read(Document page) {
        return read(page, PageScan.of(page));
    }

    /** Reads the metadata of a parsed page from the elements {@code scan} found in it. */
    static PageMetadata read(Document page, PageScan scan) {
        Optional<JsonObject> ld = JsonLd.article(scan.scripts);
        Map<String, String> metas = metas(scan.metas);
        Optional<String> headline = first(
                ld.flatMap(o -> JsonLd.string(o, "headline")),
                meta(metas, "og:title"), meta(metas, "twitter:title"), meta(metas, "sailthru.title"),
                title(page, scan.h1));
        List<String> authors = new ArrayList<>(ld.map(o -> JsonLd.names(o.get("author"))).orElse(List.of()));
        authors.removeIf(a -> a.startsWith("http://") || a.startsWith("https://"));
        if (authors.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "sailthru.author", "parsely-author", "dc.creator",
                    "byl"}) {
                Optional<String> v = meta(metas, key).filter(x -> !x.startsWith("http"));
                if (v.isPresent()) {
                    authors.add(v.get().replaceFirst("^(?i)by\\s+", ""));
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            byline(scan.bylines).ifPresent(authors::add);
        }
        Optional<String> published = first(
                ld.flatMap(o -> JsonLd.string(o, "datePublished")),
                meta(metas, "article:published_time"), meta(metas, "og:article:published_time"),
                meta(metas, "datePublished"), meta(metas, "pubdate"), meta(metas, "publishdate"), meta(metas, "date"),
                meta(metas, "dc.date"), meta(metas, "sailthru.date"), meta(metas, "parsely-pub-date"),
                timeAttr(scan.time));
        Optional<String> publisher = first(
                ld.flatMap(o -> JsonLd.names(o.get("publisher")).stream().findFirst()),
                meta(metas, "og:site_name"), meta(metas, "application-name"));
        Optional<String> url = first(
                attr(scan.canonical, "abs:href"),
                meta(metas, "og:url").filter(u -> u.startsWith("http")),
                ld.flatMap(o -> JsonLd.string(o, "url")).filter(u -> u.startsWith("http")),
                ld.flatMap(o -> JsonLd.id(o.get("mainEntityOfPage"))).filter(u -> u.startsWith("http")));
        Optional<String> language = first(
                ld.flatMap(o -> JsonLd.string(o, "inLanguage")),
                attr(scan.lang, "lang"),
                meta(metas, "og:locale").map(l -> l.replace('_', '-')),
                meta(metas, "content-language"));
        LinkedHashSet<String> keywords = new LinkedHashSet<>();
        ld.ifPresent(o -> JsonLd.strings(o.get("keywords")).forEach(k -> keywords.addAll(split(k))));
        for (Element m : scan.tags) {
            String v = m.attr("content").strip();
            if (!v.isEmpty()) {
                keywords.add(v);
            }
        }
        Optional<String> body = ld.flatMap(o -> JsonLd.string(o, "articleBody"));
        return new PageMetadata(headline.map(PageMetadata::clean), dedupe(authors), published, publisher.map(PageMetadata::clean),
                url, language, List.copyOf(keywords), body);
    }

    /** The strings of a JSON value: a string, an array of them, or objects' {@code name}. */
    public static List<String> strings(com.google.gson.JsonElement e) {
        return JsonLd.strings(e);
    }

    private static List<String> split(String keywords) {
        List<String> out = new ArrayList<>();
        for (String k : keywords.split(",")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }

    private static List<String> dedupe(List<String> names) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String c = clean(n);
            if (!c.isEmpty() && c.length() < 120) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static String clean(String s) {
        return SPACES.matcher(org.jsoup.parser.Parser.unescapeEntities(s, false)).replaceAll(" ").strip();
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... options) {
        for (Optional<String> o : options) {
            if (o.isPresent() && !o.get().isBlank()) {
                return Optional.of(o.get().strip());
            }
        }
        return Optional.empty();
    }

    static Optional<String> meta(Map<String, String> metas, String key) {
        return Optional.ofNullable(metas.get(key.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The page's meta tags by property, name and itemprop (lower case), read once: first non-empty value of each. */
    private static Map<String, String> metas(List<Element> metaElements) {
        Map<String, String> out = new HashMap<>();
        for (Element m : metaElements) {
            String v = m.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String a : new String[] {"property", "name", "itemprop"}) {
                String k = m.attr(a).strip().toLowerCase(java.util.Locale.ROOT);
                if (!k.isEmpty()) {
                    out.putIfAbsent(k, v);
                }
            }
        }
        return out;
    }

    private static Optional<String> attr(Element e, String attr) {
        if (e == null) {
            return Optional.empty();
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The first {@code h1}'s text, else the page's title. */
    private static Optional<String> title(Document page, Element h1) {
        if (h1 != null && !h1.text().isBlank()) {
            return Optional.of(h1.text());
        }
        String t = page.title();
        return t.isBlank() ? Optional.empty() : Optional.of(t);
    }

    private static Optional<String> timeAttr(Element t) {
        return t == null ? Optional.empty() : Optional.of(t.attr("datetime"));
    }

    /** A byline in the markup: rel=author, itemprop=author, or a class naming author or byline. */
    static Optional<String> byline(List<Element> candidates) {
        for (Element e : candidates) {
            String t = e.text().strip();
            Element name = e.selectFirst("[itemprop=name]");
            if (name != null) {
                t = name.text().strip();
            }
            Matcher m = BY.matcher(t);
            if (m.matches()) {
                t = m.group(1).strip();
            }
            if (t.length() >= 3 && t.length() <= 80 && Character.isUpperCase(t.charAt(0)) && SPACES.split(t).length <= 8) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
