package org.newsgraph.ingest.html;

import kotlin.jvm.functions.Function1;
import net.dankito.readability4j.extended.processor.ArticleGrabberExtended;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Tag;

/**
 * Readability4J's article grabber as {@link ReadabilityPass} runs it: the same choice of content,
 * without the markup it writes for a debug log that is off, and with the text lengths, element
 * counts and walks of its steps made without writing out texts or listing elements (each override
 * says what it answers as).
 */
final class ReadabilityGrabber extends ArticleGrabberExtended {
    /** Readability4J's tags that keep a div from becoming a paragraph (its {@code DIV_TO_P_ELEMS}), as a set. */
    private static final java.util.Set<String> DIV_TO_P = java.util.Set.copyOf(ArticleGrabber.Companion.getDIV_TO_P_ELEMS());
    /** The one pattern Readability4J's clean-up of matched nodes is asked with. */
    private static final String SHARE = "share";

    /** What the article content's inner text is made of: only its length is read (see {@link #getInnerText}). */
    private static final String LENGTH_ONLY = "x";

    /** The filter of Readability4J 1.0.8's last clean-up step, which removes the paragraphs left empty. */
    private static final String EXTRA_PARAGRAPHS = "net.dankito.readability4j.processor.ArticleGrabber$prepArticle$3";
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

    /**
     * What Readability4J's conditional clean-up counts in an element, itself included, as its
     * {@code getElementsByTag} lists find them: paragraphs, images, list items, inputs, and embeds
     * whose source is not a video.
     */
    private record Counts(int p, int img, int li, int input, int embeds) {
        private static final org.jsoup.select.Evaluator P = ByTag.evaluator("p");
        private static final org.jsoup.select.Evaluator IMG = ByTag.evaluator("img");
        private static final org.jsoup.select.Evaluator LI = ByTag.evaluator("li");
        private static final org.jsoup.select.Evaluator INPUT = ByTag.evaluator("input");
        private static final org.jsoup.select.Evaluator EMBED = ByTag.evaluator("embed");

        static Counts of(Element root, RegExUtil regex) {
            int[] n = new int[5];
            ByTag.walk(root, new ByTag.Visitor() {
                @Override
                public void enter(Element e) {
                    switch (e.normalName()) {
                        case "p" -> n[0] += P.matches(root, e) ? 1 : 0;
                        case "img" -> n[1] += IMG.matches(root, e) ? 1 : 0;
                        case "li" -> n[2] += LI.matches(root, e) ? 1 : 0;
                        case "input" -> n[3] += INPUT.matches(root, e) ? 1 : 0;
                        case "embed" -> n[4] += EMBED.matches(root, e) && !regex.isVideo(e.attr("src")) ? 1 : 0;
                        default -> { }
                    }
                }

                @Override
                public void leave(Element e) {
                }
            });
            return new Counts(n[0], n[1], n[2], n[3], n[4]);
        }
    }

    /** An element whose markup is only written for the debug log when that log is on. */
    static final class QuietElement extends Element {
        QuietElement(Tag tag, String baseUri) {
            super(tag, baseUri);
        }

        @Override
        public String html() {
            return ReadabilityPass.DEBUG ? super.html() : "";
        }
    }

    private final TextLength.Memo memo;
    /** The options of the pass under way: which rules it applies, so which looser pass may follow. */
    private net.dankito.readability4j.model.ArticleGrabberOptions pass;
    /** Set while Readability4J's own {@code cleanStyles} walks an embedded element (see {@link #cleanStyles}). */
    private boolean cleaningEmbedded;

    ReadabilityGrabber(ReadabilityOptions options, RegExUtilExtended regex, TextLength.Memo memo) {
        super(options, regex);
        this.memo = memo;
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {
        if (ReadabilityPass.DEBUG) {
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
            if (n instanceof org.jsoup.nodes.TextNode t && ReadabilityPass.PATTERNS.hasContent(t.text())) {
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
    /** The options of the pass under way (null before the first). */
    net.dankito.readability4j.model.ArticleGrabberOptions pass() {
        return pass;
    }

    /** Remembers the pass's options, which a restore of the page reads (see {@code ReadabilityPass.CacheBody}). */
    @Override
    protected java.util.List<Element> prepareNodes(Document doc, net.dankito.readability4j.model.ArticleGrabberOptions options) {
        this.pass = options;
        return super.prepareNodes(doc, options);
    }

    @Override
    protected boolean isElementWithoutContent(Element node) {
        if (!ReadabilityPass.blankText(node)) {
            return false;
        }
        int children = childElements(node);
        return children == 0 || children == ByTag.of(node, "br").size() + ByTag.of(node, "hr").size();
    }

    /**
     * As Readability4J 1.0.8's: each element of {@code tag} below {@code e} (last first) not in a
     * data table is removed when its class weight is negative or, with fewer than ten commas,
     * when its paragraphs, images, list items, inputs, embeds, link density and text length look
     * like anything but content (its rules are kept as they are, in {@link #removesConditionally}).
     * The five element counts come from one walk of the element instead of five lists of it.
     */
    @Override
    protected void cleanConditionally(Element e, String tag, net.dankito.readability4j.model.ArticleGrabberOptions options) {
        if (!options.getCleanConditionally()) {
            return;
        }
        boolean isList = "ul".equals(tag) || "ol".equals(tag);
        removeNodes(e, tag, node -> removesConditionally(node, isList, options));
    }

    private boolean removesConditionally(Element node, boolean isList, net.dankito.readability4j.model.ArticleGrabberOptions options) {
        if (hasAncestorTag(node, "table", -1, this::isDataTable)) {
            return false;
        }
        int weight = getClassWeight(node, options);
        if (weight < 0) {
            return true;
        }
        if (getCharCount(node, ',') >= 10) {
            return false;
        }
        Counts c = Counts.of(node, ReadabilityPass.PATTERNS);
        int p = c.p;
        int img = c.img;
        int li = c.li - 100;
        int input = c.input;
        int embedCount = c.embeds;
        double linkDensity = getLinkDensity(node);
        int contentLength = getInnerText(node, ReadabilityPass.PATTERNS, true).length();
        return img > 1 && (double) ((float) p / (float) img) < 0.5 && !hasAncestorTag(node, "figure", 3, null)
                || !isList && li > p
                || input > Math.floor(p / 3.0)
                || !isList && contentLength < 25 && img == 0 && !hasAncestorTag(node, "figure", 3, null)
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embedCount == 1 && contentLength < 75 || embedCount > 1;
    }

    private Boolean isDataTable(Element table) {
        return getReadabilityDataTable(table);
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
        return normalizeSpaces ? ReadabilityPass.collapse(text) : text;
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
                String inner = getInnerText(e, ReadabilityPass.PATTERNS, true);
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
        ReadabilityPass.moveChildren(made, quiet);
        return quiet;
    }
}
