package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The plain walk finds what getElementsByTag finds, in the same order. */
class TestByTag {

    @Test
    void sameAsGetElementsByTag() {
        Document d = Jsoup.parse("<div id=a><a href=1>one</a><p>x<a href=2>two<br><span><a>nested</a></span></a></p>"
                + "<svg><a href=3><text>svg link</text></a><title>t</title></svg><math><mi>a</mi></math>"
                + "<table><tr><td><a>cell</a><hr></td></tr></table><noscript><img src=n.png></noscript>"
                + "<script>var a = '<a>';</script><br/><HR></div>");
        for (Element root : List.of(d, d.body(), d.getElementById("a"), d.selectFirst("p"), d.selectFirst("svg"))) {
            for (String tag : List.of("a", "br", "hr", "p", "title", "text", "img", "script", "noscript", "td", "div", "mi")) {
                assertEquals(root.getElementsByTag(tag), ByTag.of(root, tag), tag + " in " + root.tagName());
            }
        }
    }
}
