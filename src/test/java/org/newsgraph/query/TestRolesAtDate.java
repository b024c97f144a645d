package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.query.Catalogue.column;
import static org.newsgraph.query.Catalogue.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** roles-at-date over a real build of a news text written for the test, dated 4 May 2021. */
class TestRolesAtDate {

    private static final String TEXT = """
            Port Deal Divides Lundmark

            May 4, 2021

            Maria Delgado has been the chairwoman of the Lundmark Port Authority since 2017. Tom Becker served \
            as treasurer of the Green Alliance from 2009 to 2013. Hugo Brandt, the former chief executive of \
            Velmont Energy, called the deal a mistake. The incoming Green Alliance leader Nora Hill promised a \
            new course. Sam Reed joined the Lakeside Rovers in 2015. Anna Kovac, a lawyer at Northwind Bank, \
            declined to comment.
            """;

    @TempDir
    static Path tmp;
    static GraphStore store;
    static DatasetGraph dsg;

    @BeforeAll
    static void build() throws IOException {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(texts.resolve("port.txt"), TEXT);
        store = GraphStore.open(tmp.resolve("store"));
        Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build().run(List.of(texts));
        dsg = store.dataset();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> at(String date) {
        return new TreeSet<>(column(run(dsg, "roles-at-date", "date", date), "personLabel"));
    }

    @Test
    void aDateInsideAStatedIntervalListsWhoHeldTheRoleThen() {
        assertEquals(Set.of("Tom Becker"), at("2011-06-01"));
    }

    @Test
    void sinceAYearHoldsFromTheEndOfThatYearOnAndJoinedInAYearLikewise() {
        assertEquals(Set.of("Sam Reed"), at("2017-06-01"), "Delgado's role begun in 2017 is held for sure only by its last day");
        assertEquals(Set.of("Maria Delgado", "Sam Reed"), at("2020-01-01"));
    }

    @Test
    void formerAndIncomingRolesAreNotHeldLaterAndRolesWithoutTimeAreNotListed() {
        // Brandt's role ended before the article, Hill's begins after it, Kovac's has no time in the text
        assertEquals(Set.of("Maria Delgado", "Sam Reed"), at("2021-09-01"));
    }

    @Test
    void theDatedMembershipsConformToTheShapes() {
        var r = org.newsgraph.validate.GraphValidator.create().build().validate(dsg);
        org.junit.jupiter.api.Assertions.assertTrue(r.conforms(), r.toString());
        String ask = "PREFIX org: <http://www.w3.org/ns/org#> PREFIX time: <http://www.w3.org/2006/time#> "
                + "ASK { ?m org:memberDuring/time:hasEnd/time:before/time:inXSDDate \"2021-05-04\"^^<http://www.w3.org/2001/XMLSchema#date> }";
        org.junit.jupiter.api.Assertions.assertTrue(org.apache.jena.system.Txn.calculateRead(dsg,
                () -> org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(ask).ask()), "former: an end before the article's date");
    }

    @Test
    void theRowsGiveTheIntervalAsTheTextStatesIt() {
        var rows = run(dsg, "roles-at-date", "date", "2012-01-01", "person", "becker");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("2009", rows.get(0).get("from"));
        assertEquals("2013", rows.get(0).get("until"));
        assertEquals("treasurer", rows.get(0).get("roleLabel"));
        assertEquals("Green Alliance", rows.get(0).get("organizationLabel"));
        assertEquals("port.txt", rows.get(0).get("file"));
    }
}
