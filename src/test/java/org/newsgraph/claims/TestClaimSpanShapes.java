package org.newsgraph.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.OffsetChecks;
import org.newsgraph.text.Document;

/**
 * The shapes behind the seven polnear-train documents that failed with an end before its begin
 * (issue 15.1), on text written for this test: the whole pipeline runs and every offset written
 * selects its text.
 */
class TestClaimSpanShapes {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("an opening quote glued to a dash after a word",
                        "Senator Paul Verhoeven spoke in Denver on Tuesday. Or maybe it was his usual act—“My tax plan "
                                + "will be a tremendous plan!”—that the crowd came to hear.\n"),
                Arguments.of("an opening quote glued to the end of a markup tag",
                        "Mayor Dana Kovacs praised the paper on Monday.\n\n<tweet id=\"12345\" author=\"@DanaKovacs\" "
                                + "datetime=\"2016-02-15\">“Very good reporter. Very good reporter, this one”–@DanaKovacs "
                                + "answering a question from the Herald’s @jsmith</tweet>.\n"),
                Arguments.of("an opening double quote glued to a closing single quote",
                        "The council met on Monday. “Nobody came to the meeting,” the clerk said. [Gazette]\n"
                                + "‘THE OTHER SIDE OF THE LAKESIDE HOUSE PARTY’“Ms. Varga’s June 3 bash at a large lake "
                                + "house featured loud music, costumed clowns and more than 300 guests in swimsuits "
                                + "crowding around a pool.”\n"),
                Arguments.of("a quote opening right after a quoted handle",
                        "Governor Tom Reyes retweeted a supporter on Sunday.\n<blockquote data-who=\"@TomReyes\" "
                                + "tweet-date=\"February 28, 2016\">“@fan2016: “It is better to live one day as a lion "
                                + "than a hundred years as a sheep.” @TomReyes</blockquote>\n"),
                Arguments.of("an opening quote glued to a dash after a parenthesis",
                        "The party sharpened its campaign against migrants.\n\n“We locals are slowly becoming strangers” "
                                + "(Lakeview county election poster 2003) —“No special rights for newcomers!” (2015). "
                                + "(Party archive.)\n"),
                Arguments.of("an object content that is only a dash before a circumstance",
                        "Donald Trump has it wrong. It's not the mayor or the governor who should be the targets of his "
                                + "anger. Violence of this kind is a global problem. It's simply all but impossible to "
                                + "identify these attackers until they attack -- when it's too late. And however many "
                                + "fences the city builds, however many groups are banned, the danger stays.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void extractsAndWritesValidSpans(String shape, String text) {
        AnnotatedDocument doc = Pipeline.standard().process(new Document("shape.txt", text, Iris.sha256(text)));
        OffsetChecks.Counts c = OffsetChecks.check(DocumentGraphWriter.write(doc));
        assertTrue(c.offsets() > 0, shape + ": nothing written");
    }
}
