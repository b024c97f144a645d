package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.OffsetChecks;
import org.newsgraph.text.Document;

/**
 * Text in any script or case (issue 12, "Bad input"): the whole pipeline runs and writes RDF, never
 * throws, and every offset written indexes the stored text by code points. The texts are generated
 * here, in the style of news.
 */
class TestHostileText {

    private static final String STORY = "The mayor of Springfield, Maria Olsen, said on Tuesday that the city council "
            + "would vote on the budget next week. \"We are ready,\" she told reporters. According to officials at "
            + "Acme Holdings Inc., the plan costs more than expected, and Governor Tom Reyes warned of delays.\n";

    static Stream<Arguments> texts() {
        Random r = new Random(12);
        return Stream.of(
                Arguments.of("ordinary", STORY),
                Arguments.of("all capitals", STORY.toUpperCase(java.util.Locale.ROOT)),
                Arguments.of("all lower case", STORY.toLowerCase(java.util.Locale.ROOT)),
                Arguments.of("no punctuation", STORY.replaceAll("[\\p{Punct}“”]", "")),
                Arguments.of("no punctuation, no line break, 200 kB (2 MB in src/test/bench)", words(r, 200_000, false)),
                Arguments.of("a sentence of 5,000 words with commas", words(r, 40_000, true) + ".\n"),
                Arguments.of("Cyrillic", "Мэр Москвы Сергей Собянин заявил во вторник, что «бюджет будет принят». "
                        + "По словам чиновников, план стоит дороже, чем ожидалось.\n"),
                Arguments.of("Arabic", "قال رئيس البلدية محمد العلي يوم الثلاثاء إن المجلس سيصوت على الميزانية. "
                        + "وأضاف: «نحن مستعدون».\n"),
                Arguments.of("CJK", "北京市市长周三表示，预算将于下周表决。“我们已经准备好了，”他对记者说。东京 大阪\n"),
                Arguments.of("mixed scripts and astral", "Maria Olsen 😀 told Интерфакс that 東京 and الرياض "
                        + "would join. 𝐀𝐜𝐦𝐞 𝐇𝐨𝐥𝐝𝐢𝐧𝐠𝐬 said \"𠀋 no\" 👍🏽 to Tom Reyes, who said \"yes\".\n"),
                Arguments.of("one 200,000-character token and a 50 kB URL", STORY + "The file " + "Q".repeat(200_000)
                        + " is at https://example.com/" + "x/".repeat(25_000) + " now. " + STORY),
                Arguments.of("lone surrogates and control characters", "Tom Reyes \uD800 said \u0007 \"no\" \uDC00 "
                        + "to Maria Olsen\u200B.\r\n\tAcme\u00A0Holdings said so.\n"),
                Arguments.of("only punctuation and symbols", "!!! ??? ... --- *** ### $$$ %%% \"\" '' «» —–\n"),
                Arguments.of("a table of names", "Name | Party | State\nTom Reyes | Democrat | Ohio\n"
                        + "Maria Olsen | Republican | Texas\nDANA KOVACS | INDEPENDENT | MAINE\n"));
    }

    /** Words of news, some names, {@code chars} long; with or without commas, never a full stop. */
    private static String words(Random r, int chars, boolean commas) {
        String[] w = ("the mayor said that city council would vote on budget next week while officials in capital "
                + "warned about costs and delays for residents Maria Olsen Tom Reyes Acme Holdings Kazan").split(" ");
        StringBuilder b = new StringBuilder(chars + 20);
        while (b.length() < chars) {
            b.append(w[r.nextInt(w.length)]).append(commas && r.nextInt(12) == 0 ? ", " : " ");
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void namesOrNoneAndEveryOffsetIndexesTheText(String kind, String text) {
        AnnotatedDocument doc = Pipeline.standard().process(new Document(kind + ".txt", text, Iris.sha256(text)));
        OffsetChecks.Counts c = OffsetChecks.check(DocumentGraphWriter.write(doc));
        assertTrue(c.offsets() >= doc.sentences().size(), kind + ": " + c);
    }
}
