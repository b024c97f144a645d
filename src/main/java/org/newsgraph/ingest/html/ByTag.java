package org.newsgraph.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * {@code element.getElementsByTag(tag)} by a plain walk: the element and its descendants that
 * jsoup's own tag evaluator (the one {@code getElementsByTag} makes) accepts, in document order.
 * jsoup collects through a node iterator and a stream; Readability asks this for every tag it
 * removes, on the whole page and again on the article, and the stream machinery was most of it.
 */
final class ByTag {

    private static final Map<String, Evaluator> TAGS = new ConcurrentHashMap<>();

    private ByTag() {
    }

    static List<Element> of(Element root, String tag) {
        Evaluator eval = evaluator(tag);
        return matching(root, e -> eval.matches(root, e));
    }

    /** jsoup's evaluator of {@code getElementsByTag(tag)}, made once a tag. */
    static Evaluator evaluator(String tag) {
        return TAGS.computeIfAbsent(tag, t -> new Evaluator.Tag(t.strip()));
    }

    /** What a walk does at each element: {@code enter} in document order, {@code leave} once its descendants were entered. */
    interface Visitor {
        void enter(Element e);

        void leave(Element e);
    }

    /**
     * Walks {@code root} and its descendant elements in document order, each entered before its
     * children and left after them, by first child and next sibling (no list, no stack). The
     * visitor must not change the tree.
     */
    static void walk(Element root, Visitor v) {
        Element e = root;
        while (e != null) {
            v.enter(e);
            Element next = e.firstElementChild();
            while (next == null) {
                v.leave(e);
                if (e == root) {
                    return;
                }
                next = e.nextElementSibling();
                if (next == null) {
                    e = e.parent();
                }
            }
            e = next;
        }
    }

    /** The element and its descendants that {@code test} accepts, in document order (as a {@code select} lists them). */
    static List<Element> matching(Element root, java.util.function.Predicate<Element> test) {
        List<Element> out = new ArrayList<>();
        ArrayDeque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (test.test(e)) {
                out.add(e);
            }
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                Node child = e.childNode(i);
                if (child instanceof Element c) {
                    todo.push(c);
                }
            }
        }
        return out;
    }
}
