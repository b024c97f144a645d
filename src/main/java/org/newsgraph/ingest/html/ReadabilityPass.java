package org.newsgraph.ingest.html;

import java.util.Collection;
import kotlin.jvm.functions.Function1;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import net.dankito.readability4j.extended.processor.ArticleGrabberExtended;
import net.dankito.readability4j.extended.processor.PostprocessorExtended;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Tag;
import org.slf4j.LoggerFactory;

/**
 * Readability4J's main-content choice without the markup it writes and never reads back.
 *
 * <p>Readability4J 1.0.8 serialises the whole page at the start of every pass (a cache it parses
 * again only when a pass finds too little text and it retries with looser rules) and the chosen
 * content three more times as arguments of debug log lines that are off. On news pages that is
 * about half of its time. Here the page handed to it answers {@code html()} with a token and
 * keeps a clone of itself instead: the clone is serialised, as before, only when a retry asks for
 * the cache back. The content element answers {@code html()} only when the debug log is on. Its
 * post-processing (absolute links, class clean-up) is skipped: only the text is used. The content
 * chosen is the same as Readability4JExtended's; the figures are in README (Web input).
 */
final class ReadabilityPass {

    private static final boolean DEBUG = LoggerFactory.getLogger(ArticleGrabber.class).isDebugEnabled();

    /** Readability's patterns: immutable (compiled patterns and word look-ups), so made once and shared. */
    private static final RegExUtilExtended PATTERNS = new ReadabilityPatterns();

    private ReadabilityPass() {
    }

    /** The main content of {@code page} (which this changes), or null when none was found. */
    static Element content(Document page, String url) {
        return content(page, url, new TextLength.Memo());
    }

    /** As {@link #content(Document, String)}, text lengths counted with the page's {@code memo}. */
    static Element content(Document page, String url, TextLength.Memo memo) {
        CachingDocument doc = CachingDocument.of(page);
        RegExUtilExtended regex = PATTERNS;
        ReadabilityOptions options = new ReadabilityOptions();
        Grabber grabber = new Grabber(options, regex, memo);
        doc.grabber = grabber;
        Article a = new Readability4JExtended(url, doc, options, regex, new ReadabilityPreprocessor(regex, DEBUG),
                new TitleOnly(regex), grabber, new NoPostprocessing()).parse();
        return a.getArticleContent();
    }

    /**
     * Readability's metadata, of which the content's choice reads only the title (an h2 that repeats
     * it is dropped): the title is found as Readability finds it, and the rest (byline, excerpt,
     * meta tags, read again by {@link PageMetadata}) only when the title is blank and Readability
     * falls back on the meta tags.
     */
    private static final class TitleOnly extends MetadataParser {
        TitleOnly(RegExUtilExtended regex) {
            super(regex);
        }

        @Override
        public ArticleMetadata getArticleMetadata(Document document) {
            String title = getArticleTitle(document);
            if (title == null || kotlin.text.StringsKt.isBlank(title)) {
                return super.getArticleMetadata(document);
            }
            ArticleMetadata m = new ArticleMetadata();
            m.setTitle(title);
            return m;
        }
    }

    /**
     * As Readability4J's {@code removeNodes}: the elements of that tag, last first, each still in
     * the page and accepted by the filter (if any) removed, found by {@link ByTag}.
     */
    static void removeNodes(Element element, String tagName, Function1<? super Element, Boolean> filter,
                            java.util.function.BiConsumer<Node, String> printAndRemove) {
        removeNodes(ByTag.of(element, tagName), tagName, filter, printAndRemove);
    }

    /** As {@link #removeNodes(Element, String, Function1, java.util.function.BiConsumer)}, the elements of that tag found beforehand. */
    static void removeNodes(java.util.List<Element> found, String tagName, Function1<? super Element, Boolean> filter,
                            java.util.function.BiConsumer<Node, String> printAndRemove) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Element e = found.get(i);
            if (e.parentNode() != null && (filter == null || filter.invoke(e))) {
                printAndRemove.accept(e, "removeNode('" + tagName + "')");
            }
        }
    }

    /** Readability4J's tags that keep a div from becoming a paragraph (its {@code DIV_TO_P_ELEMS}), as a set. */
    private static final java.util.Set<String> DIV_TO_P = java.util.Set.copyOf(ArticleGrabber.Companion.getDIV_TO_P_ELEMS());
    /** The one pattern Readability4J's clean-up of matched nodes is asked with. */
    private static final String SHARE = "share";

    /** What the article content's inner text is made of: only its length is read (see {@code Grabber.getInnerText}). */
    private static final String LENGTH_ONLY = "x";

    /** The filter of Readability4J 1.0.8's last clean-up step, which removes the paragraphs left empty. */
    private static final String EXTRA_PARAGRAPHS = "net.dankito.readability4j.processor.ArticleGrabber$prepArticle$3";
    /** What keeps a paragraph without text in the article. */
    private static final String[] EMBEDDED = {"img", "embed", "object", "iframe"};

    /**
     * As Readability4J's filter of empty paragraphs (no img, embed, object or iframe in it, and an
     * inner text of length 0), without four element lists and the paragraph's text written out: the
     * inner text is empty exactly when the text is blank as Kotlin sees it ({@link #blankText}).
     */
    static boolean emptyParagraph(Element p) {
        return !holdsEmbedded(p) && blankText(p);
    }

    /** Whether {@code e} or an element below it is one of {@link #EMBEDDED} (by jsoup's tag evaluator's {@code nameIs}). */
    private static boolean holdsEmbedded(Element e) {
        for (String tag : EMBEDDED) {
            if (e.nameIs(tag)) {
                return true;
            }
        }
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (holdsEmbedded(child)) {
                return true;
            }
        }
        return false;
    }

    /** The grabber, whose content element and node log skip the debug-only serialisations. */
    private static final class Grabber extends ArticleGrabberExtended {
        private final TextLength.Memo memo;
        /** The options of the pass under way: which rules it applies, so which looser pass may follow. */
        private net.dankito.readability4j.model.ArticleGrabberOptions pass;
        /** Set while Readability4J's own {@code cleanStyles} walks an embedded element (see {@link #cleanStyles}). */
        private boolean cleaningEmbedded;

        Grabber(ReadabilityOptions options, RegExUtilExtended regex, TextLength.Memo memo) {
            super(options, regex);
            this.memo = memo;
        }

        @Override
        protected void logNodeInfo(Node node, String reason) {
            if (DEBUG) {
                super.logNodeInfo(node, reason);
            }
        }

        @Override
        protected void removeNodes(Element element, String tagName, Function1<? super Element, Boolean> filter) {
            Function1<? super Element, Boolean> test = filter;
            if ("p".equals(tagName) && filter != null && EXTRA_PARAGRAPHS.equals(filter.getClass().getName())) {
                test = ReadabilityPass::emptyParagraph;
            }
            ReadabilityPass.removeNodes(element, tagName, test, this::printAndRemove);
        }

        /**
         * As Readability4J's (the first child element, else the next element in document order
         * outside {@code node}), without the list of children it makes to see whether there is one.
         */
        @Override
        protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
            if (!ignoreSelfAndKids) {
                Element first = node.firstElementChild();
                if (first != null) {
                    return first;
                }
            }
            Element next = node.nextElementSibling();
            if (next != null) {
                return next;
            }
            Element up = node.parent();
            while (up != null && up.nextElementSibling() == null) {
                up = up.parent();
            }
            return up == null ? null : up.nextElementSibling();
        }

        /** As Readability4J's (one child element, a p, and no text node with content), without the list of children. */
        @Override
        protected boolean hasSinglePInsideElement(Element element) {
            Element only = onlyChild(element);
            if (only == null || !"p".equals(only.tagName())) {
                return false;
            }
            for (Node n : element.childNodes()) {
                if (n instanceof org.jsoup.nodes.TextNode t && PATTERNS.hasContent(t.text())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * As Readability4J's (a div whose text is blank and whose children, if any, are all line
         * breaks and rules), but the text is looked at only until its first visible character
         * instead of being written out for every div of the page.
         */
        /** Remembers the pass's options, which a restore of the page reads (see {@link CacheBody#html(String)}). */
        @Override
        protected java.util.List<Element> prepareNodes(Document doc, net.dankito.readability4j.model.ArticleGrabberOptions options) {
            this.pass = options;
            return super.prepareNodes(doc, options);
        }

        @Override
        protected boolean isElementWithoutContent(Element node) {
            if (!blankText(node)) {
                return false;
            }
            int children = childElements(node);
            return children == 0 || children == ByTag.of(node, "br").size() + ByTag.of(node, "hr").size();
        }

        /** As Readability4J's (a child element of one of its tags, or with such a child below it), without the lists of children. */
        @Override
        protected boolean hasChildBlockElement(Element element) {
            for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
                if (DIV_TO_P.contains(child.tagName()) || hasChildBlockElement(child)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * As Readability4J's (each element after {@code e}, up to the end of {@code e}, whose class
         * and id joined by a space the regex finds something in is removed), where the regex is the
         * word {@code share} that its article clean-up asks for: "share" holds no space, so it is in
         * the class or in the id, looked for without joining them.
         */
        @Override
        protected void cleanMatchedNodes(Element e, kotlin.text.Regex regex) {
            if (!SHARE.equals(regex.getPattern())) {
                super.cleanMatchedNodes(e, regex);
                return;
            }
            Element end = getNextNode(e, true);
            Element next = getNextNode(e, false);
            while (next != null && next != end) {
                if (next.className().contains(SHARE) || next.id().contains(SHARE)) {
                    next = removeAndGetNext(next, SHARE);
                } else {
                    next = getNextNode(next, false);
                }
            }
        }

        /**
         * As Readability4J's (the style and presentational attributes taken off every element of the
         * content but an svg and what it holds), where they can still be read. Nothing reads them
         * afterwards but {@code clean}'s look for a video in an object, embed or iframe (its
         * attribute values and its markup): the text is all that is used of the content. So only
         * those elements (outside an svg) and what they hold are cleaned, by Readability4J's own
         * walk; the rest keeps attributes that nothing reads.
         */
        @Override
        protected void cleanStyles(Element e) {
            if (cleaningEmbedded) {
                super.cleanStyles(e); // Readability4J's walk below an embedded element
                return;
            }
            if ("svg".equals(e.tagName())) {
                return;
            }
            if (e.nameIs("object") || e.nameIs("embed") || e.nameIs("iframe")) {
                cleaningEmbedded = true;
                try {
                    super.cleanStyles(e);
                } finally {
                    cleaningEmbedded = false;
                }
                return;
            }
            for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
                cleanStyles(child);
            }
        }

        /**
         * As Readability4J's: the text, trimmed as Kotlin trims, runs of two or more {@code \s} made one space (without a regex).
         * The article content (a {@link QuietElement}) is asked for it only for its length (Readability4J 1.0.8's
         * threshold check of a pass, and the content length, link density and comma count of cleanConditionally,
         * which may take the content itself for one of its divs): it gets a text of that length, counted by
         * {@link TextLength}, instead of its whole text written out once more each pass.
         */
        @Override
        protected String getInnerText(Element e, RegExUtil regEx, boolean normalizeSpaces) {
            if (normalizeSpaces && e instanceof QuietElement) {
                int length = TextLength.inner(e, memo);
                if (length != TextLength.UNKNOWN) {
                    return LENGTH_ONLY.repeat(length);
                }
            }
            return innerText(e, normalizeSpaces);
        }

        /** Readability4J's inner text, written out. */
        private static String innerText(Element e, boolean normalizeSpaces) {
            String text = kotlin.text.StringsKt.trim((CharSequence) e.text()).toString();
            return normalizeSpaces ? collapse(text) : text;
        }

        /**
         * As Readability4J's: each element to score that is still in the page and whose inner text
         * has 25 characters or more gives its ancestors (up to three levels; each initialised as a
         * candidate when it is not yet one) 1 + its commas + 1 + one a hundred characters (at most
         * 3), divided by 1, 2 and 3 x level. The text's length and commas are counted by
         * {@link TextLength} in one walk, where Readability writes the text out and splits it.
         */
        @Override
        protected java.util.List<Element> scoreElements(java.util.List<? extends Element> elementsToScore,
                                                        net.dankito.readability4j.model.ArticleGrabberOptions options) {
            java.util.List<Element> candidates = new java.util.ArrayList<>();
            for (Element e : elementsToScore) {
                if (e.parentNode() == null) {
                    continue;
                }
                int[] counted = TextLength.innerAndCount(e, ',', memo);
                if (counted == null) {
                    String inner = getInnerText(e, PATTERNS, true);
                    counted = new int[] {inner.length(), (int) inner.chars().filter(ch -> ch == ',').count()};
                }
                int length = counted[0];
                if (length < 25) {
                    continue;
                }
                java.util.List<Element> ancestors = getNodeAncestors(e, 3);
                if (ancestors.isEmpty()) {
                    continue;
                }
                double contentScore = 0.0;
                contentScore += 1;
                contentScore += counted[1] + 1; // the size of the text split at commas
                contentScore += Math.min(Math.floor(length / 100.0), 3.0);
                for (int level = 0; level < ancestors.size(); level++) {
                    Element ancestor = ancestors.get(level);
                    String tag = ancestor.tagName();
                    if (tag == null || kotlin.text.StringsKt.isBlank(tag)) {
                        break;
                    }
                    if (getReadabilityObject(ancestor) == null) {
                        candidates.add(ancestor);
                        initializeNode(ancestor, options);
                    }
                    int divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    net.dankito.readability4j.model.ReadabilityObject r = getReadabilityObject(ancestor);
                    if (r != null) {
                        r.setContentScore(r.getContentScore() + contentScore / (double) divider);
                    }
                }
            }
            return candidates;
        }

        /** As Readability4J's (link text length over text length), lengths counted by {@link TextLength} where it can. */
        @Override
        protected double getLinkDensity(Element element) {
            int text = TextLength.inner(element, memo);
            if (text == TextLength.UNKNOWN) {
                return super.getLinkDensity(element);
            }
            if (text == 0) {
                return 0.0;
            }
            int links = 0;
            for (Element link : ByTag.of(element, "a")) {
                int n = TextLength.inner(link, memo);
                if (n == TextLength.UNKNOWN) {
                    return super.getLinkDensity(element);
                }
                links += n;
            }
            return (double) links / (double) text;
        }

        /** As Readability4J's (how often {@code c} occurs in the inner text), counted by {@link TextLength} where it can. */
        @Override
        protected int getCharCount(Element node, char c) {
            int n = TextLength.count(node, c, memo);
            if (n != TextLength.UNKNOWN) {
                return n;
            }
            // Readability4J's count (its inner text split at c, less one), on the text written out
            String text = innerText(node, true);
            n = 0;
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                n++;
            }
            return n;
        }

        @Override
        protected Element createArticleContent(Document doc, Element top, boolean topIsBody) {
            Element made = super.createArticleContent(doc, top, topIsBody);
            Element quiet = new QuietElement(made.tag(), made.baseUri());
            quiet.attributes().addAll(made.attributes());
            moveChildren(made, quiet);
            return quiet;
        }
    }

    /** The number of child elements of {@code e} ({@code e.childrenSize()} without the list of them). */
    static int childElements(Element e) {
        int n = 0;
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            if (e.childNode(i) instanceof Element) {
                n++;
            }
        }
        return n;
    }

    /** The one child element of {@code e}; null when it has none or more than one. */
    static Element onlyChild(Element e) {
        Element only = null;
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            if (e.childNode(i) instanceof Element c) {
                if (only != null) {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }

    /** Moves every child node of {@code from} to the end of {@code to}, in order. */
    private static void moveChildren(Element from, Element to) {
        for (Node child : from.childNodes().toArray(new Node[0])) {
            to.appendChild(child);
        }
    }

    /** {@code s} with every run of two or more of {@code [ \t\n\x0B\f\r]} replaced by one space (Java's {@code \s{2,}}). */
    static String collapse(String s) {
        int n = s.length();
        int i = 0;
        while (i + 1 < n && !(space(s.charAt(i)) && space(s.charAt(i + 1)))) {
            i++;
        }
        if (i + 1 >= n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (space(c) && i + 1 < n && space(s.charAt(i + 1))) {
                while (i < n && space(s.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code e.text()} is blank as Kotlin's {@code isBlank} sees it: every character of
     * every text node below is white space (jsoup's, which it writes as a space, or Kotlin's) or
     * one that jsoup leaves out (zero-width space, soft hyphen).
     */
    static boolean blankText(Element e) {
        Node n = e.childNodeSize() == 0 ? null : e.childNode(0);
        while (n != null) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!(org.jsoup.internal.StringUtil.isActuallyWhitespace(c) || Character.isWhitespace(c)
                            || Character.isSpaceChar(c) || c == 8203 || c == 173)) {
                        return false;
                    }
                }
            } else if (n instanceof Element child && child.childNodeSize() > 0) {
                n = child.childNode(0);
                continue;
            }
            // the next node in document order below e: a sibling, else the sibling of the nearest ancestor that has one
            while (n != e && n.nextSibling() == null) {
                n = n.parentNode();
            }
            n = n == e ? null : n.nextSibling();
        }
        return true;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** An element whose markup is only written for the debug log when that log is on. */
    private static final class QuietElement extends Element {
        QuietElement(Tag tag, String baseUri) {
            super(tag, baseUri);
        }

        @Override
        public String html() {
            return DEBUG ? super.html() : "";
        }
    }

    /** Only the content's text is read: links and classes need no clean-up. */
    private static final class NoPostprocessing extends PostprocessorExtended {
        @Override
        public void postProcessContent(Document doc, Element content, String url, Collection<String> keep) {
        }
    }

    /**
     * A page whose serialisation is deferred: {@code html()} keeps a clone of the page and returns
     * a token; the body, given that token back, is filled from the clone's markup, as Readability
     * would have filled it from its cached string.
     */
    private static final class CachingDocument extends Document {
        private final java.util.Map<String, Document> saved = new java.util.HashMap<>();
        /** The body's children as the first restore of a token parsed them: a later restore of it takes a copy. */
        private final java.util.Map<String, java.util.List<Node>> restored = new java.util.HashMap<>();

        /** The grabber working on this page. */
        private Grabber grabber;

        private CachingDocument(String baseUri) {
            super(baseUri);
        }

        static CachingDocument of(Document page) {
            CachingDocument doc = new CachingDocument(page.location());
            doc.outputSettings(page.outputSettings().clone());
            moveChildren(page, doc);
            Element body = doc.body();
            if (body != null) {
                Element caching = new CacheBody(doc, body.tag(), body.baseUri());
                caching.attributes().addAll(body.attributes());
                moveChildren(body, caching);
                body.replaceWith(caching);
            }
            return doc;
        }

        @Override
        public String html() {
            String token = "\u0000newsgraph-page-cache-" + saved.size();
            saved.put(token, clone());
            return token;
        }

        String restore(String html) {
            Document copy = saved.get(html);
            return copy == null ? html : copy.outerHtml(); // Document.outerHtml is the page's own markup, not this override
        }
    }

    private static final class CacheBody extends Element {
        private final CachingDocument doc;

        CacheBody(CachingDocument doc, Tag tag, String baseUri) {
            super(tag, baseUri);
            this.doc = doc;
        }

        /**
         * Fills the body from the page's markup, as Readability would from its cached string. A page
         * Readability retries more than once restores the same cache again: the nodes the first
         * restore parsed are kept (a copy, before the pass takes them apart) and copied back, the
         * same nodes the markup would parse to again.
         */
        @Override
        public Element html(String html) {
            net.dankito.readability4j.model.ArticleGrabberOptions pass = doc.grabber == null ? null : doc.grabber.pass;
            if (pass != null && doc.saved.containsKey(html) && !pass.getStripUnlikelyCandidates() && !pass.getWeightClasses()
                    && !pass.getCleanConditionally()) {
                // the pass that failed applied none of the rules a retry loosens: Readability returns one of
                // its attempts (elements already taken out of the page) and reads the page no more
                return this;
            }
            java.util.List<Node> kept = doc.restored.get(html);
            if (kept != null) {
                empty();
                for (Node n : kept) {
                    appendChild(n.clone());
                }
                return this;
            }
            super.html(doc.restore(html));
            if (doc.saved.containsKey(html)) {
                java.util.List<Node> copy = new java.util.ArrayList<>(childNodeSize());
                for (Node n : childNodes()) {
                    copy.add(n.clone());
                }
                doc.restored.put(html, copy);
            }
            return this;
        }
    }
}
