package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What news sites put around an article, removed before the main content is chosen: captions and
 * credits, share bars, newsletter sign-ups, related and most-read lists, comments, cookie notices,
 * bylines and time stamps, tags, ads. Elements are recognised by their tag or by a class, id or
 * role that names such a thing; an element holding much of the page's text is never removed on
 * its name alone (a wrapper class like "article-with-share-bar" must not take the article along).
 */
final class Boilerplate {

    private static final Pattern NAMES = Pattern.compile(
            "(^|[-_ ])(share|sharing|social|newsletter|signup|sign-up|subscribe|subscription|related|recommended|"
                    + "recirc|most-?read|most-?popular|popular|trending|promo|advert|advertisement|ad|ads|sponsor|"
                    + "sponsored|outbrain|taboola|comment|comments|disqus|cookie|consent|gdpr|breadcrumbs?|byline|"
                    + "author-bio|bio|tags|tag-list|topics|timestamp|dateline|caption|credit|credits|photo-credit|"
                    + "image-credit|figcaption|modal|popup|paywall|read-more|readmore|more-stories|next-article|"
                    + "toolbar|print|skip|sr-only|visually-hidden|hidden)([-_ ]|$)");
    private static final double MAX_SHARE = 0.25;

    private Boilerplate() {
    }

    static void strip(Document page) {
        Element body = page.body();
        if (body == null) {
            return;
        }
        body.select("figcaption, figure, aside, nav, footer, form, button, [role=navigation], [role=complementary], "
                + "[aria-hidden=true], [hidden], dialog").remove();
        int total = Math.max(1, body.text().length());
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("html")) {
                continue;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank() || !NAMES.matcher(names).find()) {
                continue;
            }
            if (e.text().length() <= MAX_SHARE * total) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }
}
