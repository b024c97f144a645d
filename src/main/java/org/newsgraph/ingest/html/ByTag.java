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
        Evaluator eval = TAGS.computeIfAbsent(tag, t -> new Evaluator.Tag(t.strip()));
        return matching(root, e -> eval.matches(root, e));
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
