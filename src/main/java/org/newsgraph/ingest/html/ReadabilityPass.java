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

    static final boolean DEBUG = LoggerFactory.getLogger(ArticleGrabber.class).isDebugEnabled();

    /** Readability's patterns: immutable (compiled patterns and word look-ups), so made once and shared. */
    static final RegExUtilExtended PATTERNS = new ReadabilityPatterns();

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
        ReadabilityGrabber grabber = new ReadabilityGrabber(options, regex, memo);
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

    /** Moves every child node of {@code from} to the end of {@code to}, in order. */
    static void moveChildren(Element from, Element to) {
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
        private ReadabilityGrabber grabber;

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
            net.dankito.readability4j.model.ArticleGrabberOptions pass = doc.grabber == null ? null : doc.grabber.pass();
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
