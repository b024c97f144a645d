package org.newsgraph.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.names.NameRecogniser;
import org.newsgraph.nlp.NlpAnnotator;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.Document;
import org.newsgraph.text.Metadata;
import org.newsgraph.text.Span;

/** Headline, byline, dateline, date and cited outlets on short texts written for these tests. */
class TestMetadataAnnotator {

    private static final Pipeline PIPE = Pipeline.create().add(new NlpAnnotator()).add(new NameRecogniser())
            .add(new MetadataAnnotator()).build();

    private static AnnotatedDocument run(String text) {
        return PIPE.process(new Document("t.txt", text, "0"));
    }

    private static Mention mentionAt(AnnotatedDocument d, Span s) {
        return d.mentions().stream().filter(m -> m.span().equals(s)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at " + d.text(s) + " in " + d.mentions()));
    }

    @Test
    void repeatedHeadlineIsOneHeadline() {
        String h = "Harbour Strike Ends After Nine Days";
        AnnotatedDocument d = run(h + "\n\n" + h + "\n\n" + h + "\n\nDock workers in Rotterdam returned to work on Friday.");
        Metadata m = d.metadata();
        assertTrue(m.headline().isPresent());
        assertEquals(h, d.text(m.headline().get()));
        assertEquals(0, m.headline().get().begin());
    }

    @Test
    void bodyParagraphIsNoHeadline() {
        AnnotatedDocument d = run("Dock workers returned to work on Friday. The strike had lasted nine days. "
                + "Union leaders said talks would resume.");
        assertTrue(d.metadata().headline().isEmpty());
    }

    @Test
    void bylineNameBecomesAnOrganisationMention() {
        AnnotatedDocument d = run("Grain Prices Climb\nPrices rose again this week.\nAuthored By: Harvest Signals\n");
        Span a = d.metadata().author().orElseThrow();
        assertEquals("Harvest Signals", d.text(a));
        assertEquals(EntityType.ORGANIZATION, mentionAt(d, a).type());
    }

    @Test
    void bylinePersonWithAKnownGivenName() {
        AnnotatedDocument d = run("Grain Prices Climb\nBy Laura Feldkamp\nPrices rose again this week.");
        Span a = d.metadata().author().orElseThrow();
        assertEquals("Laura Feldkamp", d.text(a));
        assertEquals(EntityType.PERSON, mentionAt(d, a).type());
    }

    @Test
    void datelineAndDate() {
        AnnotatedDocument d = run("Grain Prices Climb\n\nKansas City, March 3, 2024 — Prices rose again this week.");
        Metadata m = d.metadata();
        assertEquals("Kansas City", d.text(m.dateline().orElseThrow()));
        assertEquals(LocalDate.of(2024, 3, 3), m.date().orElseThrow());
        assertEquals("March 3, 2024", d.text(m.dateSpan().orElseThrow()));
        assertEquals(EntityType.PLACE, mentionAt(d, m.dateline().get()).type());
    }

    @Test
    void agencyDatelineWithoutDate() {
        AnnotatedDocument d = run("Grain Prices Climb\n\nNAIROBI (Reuters) - Prices rose again this week.");
        assertEquals("NAIROBI", d.text(d.metadata().dateline().orElseThrow()));
        assertTrue(d.metadata().date().isEmpty());
    }

    @Test
    void ordinarySentenceWithDashIsNoDateline() {
        AnnotatedDocument d = run("Grain Prices Climb\n\nFarmers - and their lenders - are worried.");
        assertTrue(d.metadata().dateline().isEmpty());
    }

    @Test
    void firstReportedByCitesTheOutlet() {
        AnnotatedDocument d = run("Grain Prices Climb\n\nThe deal, first reported by Politico, surprised traders. "
                + "According to Reuters, more deals are coming. According to Margaret Lund, none are.");
        List<String> cited = d.metadata().citations().stream().map(d::text).toList();
        assertEquals(List.of("Politico", "Reuters"), cited);
        for (Span s : d.metadata().citations()) {
            assertEquals(EntityType.ORGANIZATION, mentionAt(d, s).type());
        }
    }

    @Test
    void agencyDatelineWithDayWithoutYear() {
        AnnotatedDocument d = run("Grain Prices Climb\n\nLISBON, Nov 20 (Reuters) - Prices rose again this week.");
        assertEquals("LISBON", d.text(d.metadata().dateline().orElseThrow()));
    }

    @Test
    void dateOnALineOfItsOwn() {
        AnnotatedDocument d = run("Grain Prices Climb\nPublished: 2024-02-29\nPrices rose again this week.");
        assertEquals(LocalDate.of(2024, 2, 29), d.metadata().date().orElseThrow());
        AnnotatedDocument e = run("Grain Prices Climb\nTuesday, 5 March 2024\nPrices rose again this week.");
        assertEquals(LocalDate.of(2024, 3, 5), e.metadata().date().orElseThrow());
    }
}
