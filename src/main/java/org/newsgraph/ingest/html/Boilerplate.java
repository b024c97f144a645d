package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * What news sites put around an article, removed before the main content is chosen: captions and
 * credits, share bars, newsletter sign-ups, related and most-read lists, comments, cookie notices,
 * bylines and time stamps, tags, ads. Elements are recognised by their tag or by a class, id or
 * role that names such a thing; an element holding much of the page's text is never removed on
 * its name alone (a wrapper class like "article-with-share-bar" must not take the article along).
 */
final class Boilerplate {

    /**
     * The names: a class or id names boilerplate when one of these is a word of it, a word being
     * bounded by the start, the end, {@code -}, {@code _} or a space (so "share-bar" and
     * "article_comments", not "shared"; "sign-up" and "most-read" hold a hyphen themselves).
     */
    private static final Set<String> WORDS = Set.of("share", "sharing", "social", "newsletter", "signup", "sign-up",
            "subscribe", "subscription", "related", "recommended", "recirc", "most-read", "mostread", "most-popular",
            "mostpopular", "popular", "trending", "promo", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored",
            "outbrain", "taboola", "comment", "comments", "disqus", "cookie", "consent", "gdpr", "breadcrumb", "breadcrumbs",
            "byline", "author-bio", "bio", "tags", "tag-list", "topics", "timestamp", "dateline", "caption", "credit",
            "credits", "photo-credit", "image-credit", "figcaption", "modal", "popup", "paywall", "read-more", "readmore",
            "more-stories", "next-article", "toolbar", "print", "skip", "sr-only", "visually-hidden", "hidden");
    private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static final double MAX_SHARE = 0.25;
    /** What is boilerplate by its tag or role, whatever it holds (compiled once; jsoup's evaluators may be shared). */
    private static final Evaluator BY_TAG_OR_ROLE = Selector.evaluatorOf("figcaption, figure, aside, nav, footer, form, button, "
            + "[role=navigation], [role=complementary], [aria-hidden=true], [hidden], dialog");

    /**
     * The tags of {@link #BY_TAG_OR_ROLE}: an element of another tag without one of its attributes
     * cannot match it, and is not asked (the walk is a plain one, and most elements are passed over unasked).
     */
    private static final Set<String> BY_TAG = Set.of("figcaption", "figure", "aside", "nav", "footer", "form", "button",
            "dialog");

    private Boilerplate() {
    }

    static void strip(Document page) {
        strip(page, new TextLength.Memo());
    }

    /** Takes the boilerplate out of {@code page}, its text lengths counted with the page's {@code memo}. */
    static void strip(Document page, TextLength.Memo memo) {
        Element body = page.body();
        if (body == null) {
            return;
        }
        java.util.function.Predicate<Element> byTagOrRole = BY_TAG_OR_ROLE.asPredicate(body);
        for (Element e : ByTag.matching(body, e -> (BY_TAG.contains(e.normalName()) || hasRoleKey(e)) && byTagOrRole.test(e))) {
            e.remove();
        }
        int total = Math.max(1, TextLength.text(body, memo));
        List<Element> drop = new ArrayList<>();
        for (Element e : ByTag.matching(body, e -> true)) {
            if (e == body || e.normalName().equals("html")) {
                continue;
            }
            if (e.attributesSize() == 0) {
                continue; // no class, no id: no name
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank() || !named(names)) {
                continue;
            }
            if (TextLength.text(e, memo) <= MAX_SHARE * total) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    /**
     * Whether {@code e} has one of the attributes that {@link #BY_TAG_OR_ROLE} asks about
     * ({@code role}, {@code aria-hidden}, {@code hidden}; any case): an element of another tag
     * without one cannot match it, and is not asked.
     */
    private static boolean hasRoleKey(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String k = a.getKey();
            if (k.equalsIgnoreCase("role") || k.equalsIgnoreCase("aria-hidden") || k.equalsIgnoreCase("hidden")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of {@code names} (lower case) is one of {@link #WORDS}: a run from the start
     * or a separator to the next separator or the end, or over one hyphen to the separator after it.
     */
    static boolean named(String names) {
        int n = names.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && !separator(names.charAt(i - 1))) {
                continue;
            }
            int end = next(names, i);
            if (word(names, i, end)) {
                return true;
            }
            if (end < n && names.charAt(end) == '-' && word(names, i, next(names, end + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} is one of the words. */
    private static boolean word(String s, int from, int to) {
        return to > from && to - from <= LONGEST && WORDS.contains(s.substring(from, to));
    }

    /** The index of the first separator at or after {@code i}, else where the end (as a regex's {@code $} reads it) is. */
    private static int next(String s, int i) {
        while (i < s.length() && !separator(s.charAt(i)) && !Literals.end(s, i)) {
            i++;
        }
        return i;
    }

    private static boolean separator(char c) {
        return c == '-' || c == '_' || c == ' ';
    }
}
