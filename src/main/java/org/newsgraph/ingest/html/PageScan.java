package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The elements {@link PageMetadata} reads, found in one walk over the page: each of its questions
 * was a {@code select} of its own, a walk each. The same jsoup evaluators (compiled once; jsoup's
 * are safe to share between threads) are asked of each element in document order, so the lists
 * and first matches are those {@code select} and {@code selectFirst} give. The walk is a plain
 * one (jsoup's element stream goes through a node iterator), and each evaluator but the byline's
 * is asked only of elements of its tag: every one of them needs that tag name to match.
 */
final class PageScan {

    /** As {@code getElementsByTag("meta")} and {@code ("script")}. */
    private static final Evaluator META = new Evaluator.Tag("meta");
    private static final Evaluator SCRIPT = new Evaluator.Tag("script");
    private static final Evaluator TAGS = Selector.evaluatorOf("meta[property=article:tag], meta[property=article:section]");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
    private static final Evaluator LANG = Selector.evaluatorOf("html[lang]");
    private static final Evaluator H1 = Selector.evaluatorOf("article h1, main h1, h1");
    private static final Evaluator TIME = Selector.evaluatorOf("article time[datetime], time[pubdate][datetime], time[datetime]");
    private static final Evaluator BYLINE = Selector.evaluatorOf(
            "[rel=author], [itemprop=author], [class~=(?i)(^|[-_ ])(byline|author)([-_ ]|name|$)]");

    final List<Element> metas = new ArrayList<>();
    final List<Element> scripts = new ArrayList<>();
    /** {@code meta[property=article:tag]} and {@code article:section}. */
    final List<Element> tags = new ArrayList<>();
    /** Elements that may hold a byline: rel or itemprop author, a class naming a byline or author. */
    final List<Element> bylines = new ArrayList<>();
    /** The first {@code link[rel=canonical]}, {@code html[lang]}, {@code h1}, {@code time[datetime]}; null if none. */
    Element canonical;
    Element lang;
    Element h1;
    Element time;

    /** The words one of the byline attributes must hold (ASCII case ignored) for {@link #BYLINE} to match. */
    private static final Literals BYLINE_WORDS = Literals.of("byline|author");

    private PageScan() {
    }

    /**
     * False when the element cannot match {@link #BYLINE}: none of its rel, itemprop and class holds
     * "author" or "byline" (the class pattern is run, as by the select, only on the few that do).
     */
    private static boolean mayBeByline(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        // one look at each attribute, not a search of the attributes for each of the three names
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String k = a.getKey();
            if ((k.equalsIgnoreCase("class") || k.equalsIgnoreCase("rel") || k.equalsIgnoreCase("itemprop"))
                    && BYLINE_WORDS.find(a.getValue())) {
                return true;
            }
        }
        return false;
    }

    static PageScan of(Document page) {
        return of(page, null);
    }

    /**
     * As {@link #of(Document)}, telling {@code boilerplate} (if not null) each element of its body in
     * the same walk, so that the page is walked once for both.
     */
    static PageScan of(Document page, Boilerplate.Found boilerplate) {
        PageScan s = new PageScan();
        Walk w = new Walk(s, page, boilerplate);
        ByTag.walk(page, w);
        return s;
    }

    /** The walk: each element asked the questions of its tag, and the boilerplate finder told the body's. */
    private static final class Walk implements ByTag.Visitor {
        private final PageScan s;
        private final Predicate<Element> meta;
        private final Predicate<Element> script;
        private final Predicate<Element> tags;
        private final Predicate<Element> canonical;
        private final Predicate<Element> lang;
        private final Predicate<Element> h1;
        private final Predicate<Element> time;
        private final Predicate<Element> byline;
        private final Boilerplate.Found boilerplate;
        private boolean inBody;

        Walk(PageScan s, Document page, Boilerplate.Found boilerplate) {
            this.s = s;
            this.meta = META.asPredicate(page);
            this.script = SCRIPT.asPredicate(page);
            this.tags = TAGS.asPredicate(page);
            this.canonical = CANONICAL.asPredicate(page);
            this.lang = LANG.asPredicate(page);
            this.h1 = H1.asPredicate(page);
            this.time = TIME.asPredicate(page);
            this.byline = BYLINE.asPredicate(page);
            this.boilerplate = boilerplate;
        }

        @Override
        public void enter(Element e) {
            switch (e.normalName()) {
                case "meta" -> {
                    if (meta.test(e)) {
                        s.metas.add(e);
                    }
                    if (tags.test(e)) {
                        s.tags.add(e);
                    }
                }
                case "script" -> {
                    if (script.test(e)) {
                        s.scripts.add(e);
                    }
                }
                case "link" -> {
                    if (s.canonical == null && canonical.test(e)) {
                        s.canonical = e;
                    }
                }
                case "html" -> {
                    if (s.lang == null && lang.test(e)) {
                        s.lang = e;
                    }
                }
                case "h1" -> {
                    if (s.h1 == null && h1.test(e)) {
                        s.h1 = e;
                    }
                }
                case "time" -> {
                    if (s.time == null && time.test(e)) {
                        s.time = e;
                    }
                }
                default -> { }
            }
            if (mayBeByline(e) && byline.test(e)) {
                s.bylines.add(e);
            }
            if (boilerplate != null) {
                if (e == boilerplate.body) {
                    inBody = true;
                }
                if (inBody) {
                    boilerplate.enter(e);
                }
            }
        }

        @Override
        public void leave(Element e) {
            if (inBody) {
                boilerplate.leave(e);
                if (e == boilerplate.body) {
                    inBody = false;
                }
            }
        }
    }
}
