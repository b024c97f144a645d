package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.Document;

/**
 * Offsets count code points (issue 11.4): an article with characters beyond U+FFFF (emoji,
 * mathematical letters, CJK extension B) before and between its names gets offsets that select
 * each mention's anchor, claim, cue and sentence when the text is read by code points.
 */
class TestAstralOffsets {

    /** Written for this test, in the style of a wire story with social-media clutter. */
    static final String ARTICLE = """
            🚨🔥 𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆 🔥🚨 Kremlin says talks will go on 🇷🇺🇺🇸
            By Anna Petrova 😀

            MOSCOW (Reuters) 🌍 – Kremlin aide Yury Ushakov said on Tuesday that the talks with Washington \
            would continue next week 👍🏽, despite the sanctions announced by the Treasury.
            "We are ready to meet 𝑎𝑛𝑦𝑤ℎ𝑒𝑟𝑒 and at any time," Ushakov told reporters 📸 in Moscow.
            𠀋𠀌 The 𝒎𝒂𝒚𝒐𝒓 of Kazan, Ilsur Metshin 🏙️, said the city would host the delegations 🤝 in May.
            According to diplomatic sources 🕵️, the meeting could take place in Geneva 🇨🇭.
            Sergei Lavrov 🎙️, the foreign minister, warned that "patience is running out" 😤.
            🧵 1/3 — Ushakov added that Russia wanted "a serious conversation" with Washington 🇺🇸 𠀀𠀁𠀂.
            """;

    @Test
    void everyOffsetSelectsItsTextByCodePoints() {
        assertTrue(ARTICLE.codePointCount(0, ARTICLE.length()) < ARTICLE.length(), "the text has surrogate pairs");
        Graph g = DocumentGraphWriter.write(Pipeline.standard().process(new Document("astral.txt", ARTICLE, Iris.sha256(ARTICLE))));
        OffsetChecks.Counts c = OffsetChecks.check(g);
        assertTrue(c.anchors() >= 8, "only " + c.anchors() + " mentions: " + c);
        assertTrue(c.claims() >= 3, "only " + c.claims() + " claims: " + c);
        Set<String> anchors = g.find(Node.ANY, NIF.anchorOf.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet());
        for (String name : new String[] {"Yury Ushakov", "Ushakov", "Kazan", "Sergei Lavrov", "Geneva"}) {
            assertTrue(anchors.contains(name), name + " is not among the mentions " + anchors);
        }
    }
}
