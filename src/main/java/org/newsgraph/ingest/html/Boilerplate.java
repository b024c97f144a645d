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
        Found found = find(page);
        if (found != null) {
            found.strip(memo);
        }
    }

    /** The boilerplate of {@code page}, found by a walk of its body; null when it has none. */
    static Found find(Document page) {
        Found found = Found.in(page);
        if (found != null) {
            ByTag.walk(found.body, found);
        }
        return found;
    }

    /**
     * What a walk of the body found to take out, and takes it out: the elements that are
     * boilerplate by tag or role, then, of the elements left, those named as boilerplate (class or
     * id) that hold at most a quarter of the text left. The walk may be one the page's metadata
     * makes anyway ({@link PageScan}): it is told each element of the body, in document order,
     * before anything is removed. What it keeps is what two walks found before, the second after
     * the first removal: an element inside one removed by tag or role is not asked by name.
     */
    static final class Found implements ByTag.Visitor {
        final Element body;
        private final java.util.function.Predicate<Element> byTagOrRole;
        /** The elements removed by tag or role (the body itself among them if it is one), the outermost of each nest. */
        private final List<Element> byTag = new ArrayList<>();
        /** The elements named as boilerplate, outside those. */
        private final List<Element> named = new ArrayList<>();
        /** The element removed by tag or role that the walk is inside (never the body), else null. */
        private Element inside;

        private Found(Element body) {
            this.body = body;
            this.byTagOrRole = BY_TAG_OR_ROLE.asPredicate(body);
        }

        /** A finder for {@code page}'s body; null when the page has none. */
        static Found in(Document page) {
            Element body = page.body();
            return body == null ? null : new Found(body);
        }

        @Override
        public void enter(Element e) {
            if (inside != null) {
                return;
            }
            boolean attributes = e.attributesSize() > 0;
            if ((BY_TAG.contains(e.normalName()) || attributes && hasRoleKey(e)) && byTagOrRole.test(e)) {
                byTag.add(e);
                if (e != body) {
                    inside = e;
                    return;
                }
            }
            if (e == body || !attributes || e.normalName().equals("html")) {
                return; // no class, no id: no name
            }
            if (named(e.className(), e.id())) {
                named.add(e);
            }
        }

        @Override
        public void leave(Element e) {
            if (e == inside) {
                inside = null;
            }
        }

        /** Takes out what the walk found (each text length counted once the tag-or-role removal is done). */
        void strip(TextLength.Memo memo) {
            for (Element e : byTag) {
                e.remove();
            }
            int total = Math.max(1, TextLength.text(body, memo));
            List<Element> drop = new ArrayList<>();
            for (Element e : named) {
                if (TextLength.text(e, memo) <= MAX_SHARE * total) {
                    drop.add(e);
                }
            }
            for (Element e : drop) {
                e.remove();
            }
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
        return named((CharSequence) names);
    }

    /** As {@link #named(String)}, on any characters. */
    static boolean named(CharSequence names) {
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

    /** The words by length: {@code BY_LENGTH[k]} holds those of k characters. */
    private static final String[][] BY_LENGTH = byLength();

    private static String[][] byLength() {
        String[][] out = new String[LONGEST + 1][];
        for (int k = 0; k <= LONGEST; k++) {
            int length = k;
            out[k] = WORDS.stream().filter(w -> w.length() == length).sorted().toArray(String[]::new);
        }
        return out;
    }

    /** Whether {@code s[from, to)} is one of the words (compared in place, not cut out). */
    private static boolean word(CharSequence s, int from, int to) {
        int length = to - from;
        if (length <= 0 || length > LONGEST) {
            return false;
        }
        for (String w : BY_LENGTH[length]) {
            int k = 0;
            while (k < length && s.charAt(from + k) == w.charAt(k)) {
                k++;
            }
            if (k == length) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first separator at or after {@code i}, else where the end (as a regex's {@code $} reads it) is. */
    private static int next(CharSequence s, int i) {
        int n = s.length();
        // $ can match only at the last two positions or the end (Literals.end): not asked before them
        while (i < n && !separator(s.charAt(i)) && (i < n - 2 || !Literals.end(s, i))) {
            i++;
        }
        return i;
    }

    private static boolean separator(char c) {
        return c == '-' || c == '_' || c == ' ';
    }

    /**
     * Whether an element's class and id name it as boilerplate: {@link #named(String)} of the two
     * joined by a space, in lower case. When both are ASCII, they are read in place as that joined
     * text (lower case being then the letters A to Z made a to z), not joined and lowered into a new string.
     */
    static boolean named(String className, String id) {
        if (!ascii(className) || !ascii(id)) {
            String names = (className + " " + id).toLowerCase(Locale.ROOT);
            return !names.isBlank() && named(names);
        }
        return !(className.isBlank() && id.isBlank()) && named(new Joined(className, id));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Two ASCII strings joined by a space, read in lower case. */
    private record Joined(String a, String b) implements CharSequence {
        @Override
        public int length() {
            return a.length() + 1 + b.length();
        }

        @Override
        public char charAt(int i) {
            int n = a.length();
            char c = i < n ? a.charAt(i) : i == n ? ' ' : b.charAt(i - n - 1);
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            return (a + " " + b).toLowerCase(Locale.ROOT);
        }
    }
}
