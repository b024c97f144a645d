package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import kotlin.jvm.functions.Function1;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.processor.Preprocessor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * Readability4J 1.0.8's preprocessing of a page (scripts removed, noscripts unwrapped or removed,
 * styles, forms and comments removed, runs of {@code <br>} made paragraphs, fonts made spans),
 * with the elements of each step found in one walk of the page instead of one walk a step, and
 * without the markup of every removed node written for a debug log that is off.
 *
 * <p>Each step works on the list its own walk would have found at its turn: the walk does not
 * list a noscript inside a script (the scripts go first, and in an svg a script may hold
 * elements), and lists a {@code <br>} of the body that a step before its own took out of the page
 * (with a removed noscript or form) only to leave it out again. What else the walk lists that a
 * later walk would not find is inside an element already taken out of the page, where removing it
 * or renaming it changes nothing in the page.
 */
final class ReadabilityPreprocessor extends Preprocessor {

    private static final Evaluator SCRIPT = ByTag.evaluator("script");
    private static final Evaluator NOSCRIPT = ByTag.evaluator("noscript");
    private static final Evaluator STYLE = ByTag.evaluator("style");
    private static final Evaluator FORM = ByTag.evaluator("form");
    private static final Evaluator BR = ByTag.evaluator("br");
    private static final Evaluator FONT = ByTag.evaluator("font");

    /** Readability4J's filter of scripts: it clears a script's value and source before the script is removed. */
    private static final Function1<Element, Boolean> SCRIPT_FILTER = script -> {
        script.val(null);
        script.removeAttr("src");
        return true;
    };

    private final RegExUtilExtended regex;
    private final boolean debug;

    ReadabilityPreprocessor(RegExUtilExtended regex, boolean debug) {
        super(regex);
        this.regex = regex;
        this.debug = debug;
    }

    @Override
    public void prepareDocument(Document document) {
        Found found = new Found(document);
        ByTag.walk(document, found);
        List<Element> brs = new ArrayList<>(found.brs.size());
        ReadabilityPass.removeNodes(found.scripts, "script", SCRIPT_FILTER, this::printAndRemove);
        for (Element noscript : found.noscripts) {
            if (shouldKeepImageInNoscriptElement(document, noscript)) {
                noscript.unwrap();
            } else {
                printAndRemove(noscript, "removeScripts('noscript')");
            }
        }
        ReadabilityPass.removeNodes(found.styles, "style", null, this::printAndRemove);
        ReadabilityPass.removeNodes(found.forms, "form", null, this::printAndRemove);
        for (Node comment : found.comments) {
            printAndRemove(comment, "removeComments");
        }
        for (Element br : found.brs) {
            if (br.root() == document) {
                brs.add(br); // still in the body, as the step's own select would find it
            }
        }
        replaceBrs(brs);
        for (Element font : found.fonts) {
            font.tagName("span");
        }
    }

    /**
     * As Readability4J's {@code replaceBrs}, over the body's {@code <br>} elements listed before it
     * begins: a chain of two or more (white space between them ignored) becomes one {@code <p>}
     * holding what follows, up to the next chain.
     */
    private void replaceBrs(List<Element> brs) {
        for (Element br : brs) {
            Node next = nextElement(br.nextSibling(), regex);
            boolean replaced = false;
            while (next != null && "br".equals(next.nodeName())) {
                replaced = true;
                Node sibling = next.nextSibling();
                printAndRemove(next, "replaceBrs");
                next = nextElement(sibling, regex);
            }
            if (!replaced) {
                continue;
            }
            Element p = br.ownerDocument().createElement("p");
            br.replaceWith(p);
            next = p.nextSibling();
            while (next != null) {
                if ("br".equals(next.nodeName())) {
                    Element nextElement = nextElement(next, regex);
                    if (nextElement != null && "br".equals(nextElement.tagName())) {
                        break;
                    }
                }
                Node sibling = next.nextSibling();
                p.appendChild(next);
                next = sibling;
            }
        }
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {
        if (debug) {
            super.logNodeInfo(node, reason);
        }
    }

    @Override
    protected void removeNodes(Element element, String tagName, Function1<? super Element, Boolean> filter) {
        ReadabilityPass.removeNodes(element, tagName, filter, this::printAndRemove);
    }

    /** As Readability4J's (each noscript unwrapped when it holds an image to keep, else removed), the noscripts found by {@link ByTag}. */
    @Override
    protected void removeNoscripts(Document document) {
        for (Element noscript : ByTag.of(document, "noscript")) {
            if (shouldKeepImageInNoscriptElement(document, noscript)) {
                noscript.unwrap();
            } else {
                printAndRemove(noscript, "removeScripts('noscript')");
            }
        }
    }

    /**
     * As Readability4J's (keep a noscript holding an image whose {@code src} no image of the
     * page has, by a {@code select("img[src=…]")} of the whole page for each), but the
     * select's query is parsed once for each source, and the page is searched only when the
     * image itself (which is in the page) does not match it: when it does, the select finds it.
     */
    @Override
    protected boolean shouldKeepImageInNoscriptElement(Document document, Element noscript) {
        List<Element> images = ByTag.of(noscript, "img");
        int keep = images.size();
        for (Element image : images) {
            String source = image.attr("src");
            if (kotlin.text.StringsKt.isBlank(source)) {
                continue;
            }
            Evaluator query = org.jsoup.select.Selector.evaluatorOf("img[src=" + source + "]");
            if (image.ownerDocument() == document && query.asPredicate(document).test(image)
                    || !document.select(query).isEmpty()) {
                keep--;
            }
        }
        return keep > 0;
    }

    /** The walk: what each step removes or changes, in document order. */
    private static final class Found implements ByTag.Visitor {
        private final Document document;
        private final Element body;
        final List<Element> scripts = new ArrayList<>();
        final List<Element> noscripts = new ArrayList<>();
        final List<Element> styles = new ArrayList<>();
        final List<Element> forms = new ArrayList<>();
        final List<Node> comments = new ArrayList<>();
        final List<Element> brs = new ArrayList<>();
        final List<Element> fonts = new ArrayList<>();
        /** The outermost script the walk is inside, else null. */
        private Element script;
        private boolean inBody;

        Found(Document document) {
            this.document = document;
            this.body = document.body();
        }

        @Override
        public void enter(Element e) {
            if (e == body) {
                inBody = true;
            }
            switch (e.normalName()) {
                case "script" -> {
                    if (SCRIPT.matches(document, e)) {
                        scripts.add(e);
                        if (script == null) {
                            script = e;
                        }
                    }
                }
                case "noscript" -> add(noscripts, NOSCRIPT, e, script == null);
                case "style" -> add(styles, STYLE, e, true);
                case "form" -> add(forms, FORM, e, true);
                case "br" -> add(brs, BR, e, inBody);
                case "font" -> add(fonts, FONT, e, true);
                default -> { }
            }
            for (int i = 0; i < e.childNodeSize(); i++) {
                Node child = e.childNode(i);
                if (!(child instanceof Element) && "#comment".equals(child.nodeName())) {
                    comments.add(child);
                }
            }
        }

        private void add(List<Element> list, Evaluator tag, Element e, boolean when) {
            if (when && tag.matches(document, e)) {
                list.add(e);
            }
        }

        @Override
        public void leave(Element e) {
            if (e == script) {
                script = null;
            }
            if (e == body) {
                inBody = false;
            }
        }
    }
}
