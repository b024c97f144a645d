package org.newsgraph.ingest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.NewsGraphException;
import org.newsgraph.text.Document;
import org.newsgraph.text.DocumentReader;
import org.newsgraph.text.SourceInfo;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read by ROME: each item a document with its title, link,
 * date, authors and categories. The item's full content (content:encoded, Atom content) is cleaned
 * as HTML; an item with only a summary (description) is loaded as that summary and marked partial
 * ({@code ng:partial true}). A feed that does not parse is one problem for the whole file.
 */
final class FeedSource implements Source {

    @Override
    public Iterator<Item> items(Origin o, InputStream in) {
        SyndFeed feed;
        try (in) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(in));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return List.of(Item.problem(o.path(), o.name(), "not a readable RSS or Atom feed (" + oneLine(e.getMessage()) + ")"))
                    .iterator();
        }
        List<Item> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String where = o.name() + "#item" + (i + 1);
            String id = Optional.ofNullable(e.getLink()).map(String::strip).filter(s -> !s.isEmpty())
                    .or(() -> Optional.ofNullable(e.getUri()).filter(s -> !s.isBlank())).orElse(o.id() + "#item" + (i + 1));
            String publisher = feed.getTitle();
            String language = feed.getLanguage();
            items.add(new Item(new DocumentReader.Input(o.path(), where), where, () -> read(where, id, e, publisher, language)));
        }
        if (items.isEmpty()) {
            items.add(Item.problem(o.path(), o.name(), "feed holds no item"));
        }
        return items.iterator();
    }

    private static Document read(String where, String id, SyndEntry e, String publisher, String language) {
        String content = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content = c.getValue();
                break;
            }
        }
        boolean partial = content == null;
        if (partial && e.getDescription() != null) {
            content = e.getDescription().getValue();
        }
        if (content == null || content.isBlank()) {
            throw new NewsGraphException(where + ": item has neither content nor summary; not loaded");
        }
        List<String> authors = new ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null) {
                authors.add(p.getName());
            }
        }
        if (authors.isEmpty() && e.getAuthor() != null) {
            authors.add(e.getAuthor());
        }
        List<String> categories = new ArrayList<>();
        for (SyndCategory c : e.getCategories()) {
            if (c.getName() != null) {
                categories.add(c.getName());
            }
        }
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        Optional<String> url = Optional.ofNullable(e.getLink()).map(String::strip).filter(s -> !s.isEmpty());
        SourceInfo info = new SourceInfo(Optional.ofNullable(e.getTitle()).map(String::strip).filter(s -> !s.isEmpty()),
                WebDocuments.nonBlank(authors),
                Optional.ofNullable(d).map(x -> x.toInstant().atOffset(ZoneOffset.UTC).toString()),
                Optional.ofNullable(publisher).map(String::strip).filter(s -> !s.isEmpty()), url,
                Optional.ofNullable(language).filter(s -> !s.isBlank()), "feed", partial, WebDocuments.nonBlank(categories));
        return WebDocuments.fields(where, id, content, true, info, (id + "\n" + content).getBytes(StandardCharsets.UTF_8));
    }

    private static String oneLine(String s) {
        return s == null ? "malformed" : s.replaceAll("\\s+", " ").strip();
    }
}
