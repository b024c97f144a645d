package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;

/** {@code extract} over web input: the RDF of pages, feeds and JSON lines; bad input reported and counted. */
class TestIngestCommands {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        Dataset dataset() {
            Dataset ds = DatasetFactory.create();
            RDFParser.create().source(new StringReader(out)).lang(Lang.NQUADS).parse(ds.asDatasetGraph());
            return ds;
        }
    }

    static Run extract(String... paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String[] args = new String[paths.length + 3];
        args[0] = "extract";
        args[1] = "--threads";
        args[2] = "2";
        System.arraycopy(paths, 0, args, 3, paths.length);
        int code = NewsGraph.execute(out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String ask(Dataset ds, String where) {
        String q = "PREFIX schema: <http://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT (GROUP_CONCAT(STR(?v); separator='|') AS ?all) WHERE { GRAPH ?g { " + where + " } }";
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            var r = qe.execSelect().next().get("all");
            return r == null ? "" : r.toString();
        }
    }

    @Test
    void pageBecomesADocumentWithHeadlineUrlAndAuthor() throws IOException {
        Path page = Files.writeString(tmp.resolve("port-strike.html"), NewsPages.article(true));
        Run r = extract(page.toString());
        assertEquals(0, r.code(), r.err());
        Dataset ds = r.dataset();
        assertEquals(NewsPages.HEADLINE, ask(ds, "?d schema:headline ?v"));
        assertEquals(NewsPages.URL, ask(ds, "?d schema:url ?v"));
        assertEquals("Daniel Okafor", ask(ds, "?d schema:author/rdfs:label ?v"));
        assertEquals("2025-03-14", ask(ds, "?d schema:datePublished ?v"));
        assertEquals("port-strike.html", ask(ds, "?d dcterms:identifier ?v"));
        String text = ask(ds, "?d nif:isString ?v");
        assertTrue(text.startsWith(NewsPages.P1), "the body starts with the first paragraph, not the headline");
        assertTrue(ask(ds, "?m nif:anchorOf ?v").contains("Marta Kowalczyk"));
    }

    @Test
    void htmlSavedAsTxtLeavesNoMarkupInLabels() throws IOException {
        String page = NewsPages.article(false).replace(NewsPages.P3,
                "The talks were brokered in Moscow.<br>Vladimir Putin.<span> The port reopened.</span> " + NewsPages.P3);
        Path txt = Files.writeString(tmp.resolve("saved-page.txt"), page);
        Run r = extract(txt.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(txt + ": holds HTML markup; read as an HTML page"), r.err());
        String labels = ask(r.dataset(), "?e rdfs:label ?v");
        assertTrue(labels.contains("Moscow"), labels);
        assertFalse(labels.contains("<") || labels.contains(">"), labels);
        assertFalse(ask(r.dataset(), "?d nif:isString ?v").contains("<span"));
    }

    @Test
    void badJsonLineIsReportedSkippedAndCounted() throws IOException {
        Path p = Files.writeString(tmp.resolve("api.jsonl"), String.join("\n",
                "{\"url\": \"" + NewsPages.URL + "\", \"title\": \"" + NewsPages.HEADLINE + "\", \"text\": \"" + NewsPages.P2 + "\"}",
                "not json at all",
                "{\"url\": \"https://www.harbourgazette.example/b\", \"content\": \"" + NewsPages.P4 + "\"}") + "\n");
        Path feed = Files.writeString(tmp.resolve("world.rss"), NewsPages.rss());
        Run r = extract(p.toString(), feed.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("newsgraph: " + p + ":2: not JSON"), r.err());
        assertTrue(r.err().contains("1 input skipped"), r.err());
        Dataset ds = r.dataset();
        // two JSON lines and two feed items, but the first line and the first item are the same article (URL): one graph
        assertEquals("3", count(ds));
        assertEquals("true", ask(ds, "?d ng:partial ?v"), "the summary-only feed item is partial");
    }

    private static String count(Dataset ds) {
        try (QueryExecution qe = QueryExecution.dataset(ds)
                .query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a <https://w3id.org/newsgraph/ontology#Document> } }").build()) {
            return Integer.toString(qe.execSelect().next().getLiteral("n").getInt());
        }
    }

    @Test
    void buildLoadsAPageFromAWarcAndFromAFileAsOneDocument() throws IOException {
        Path warc = tmp.resolve("crawl.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Files.newOutputStream(warc))) {
            w.write(new org.netpreserve.jwarc.WarcResponse.Builder(NewsPages.URL).date(java.time.Instant.parse("2025-03-15T07:30:00Z"))
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(
                            org.netpreserve.jwarc.MediaType.parse("text/html"), NewsPages.article(true).getBytes(StandardCharsets.UTF_8)).build())
                    .build());
        }
        Path page = Files.writeString(tmp.resolve("saved.html"), NewsPages.article(true));
        Path store = tmp.resolve("store");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = NewsGraph.execute(out, err, "build", "--store", store.toString(), warc.toString(), page.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        try (org.newsgraph.store.GraphStore gs = org.newsgraph.store.GraphStore.openExisting(store)) {
            assertEquals(3, gs.graphCount(), "one document graph (same URL), the ontology and the corpus summary");
        }
    }

    @Test
    void indexPageIsReportedAndNotLoaded() throws IOException {
        Path idx = Files.writeString(tmp.resolve("world.html"), NewsPages.indexPage());
        Run r = extract(idx.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(idx + ": no article body found"), r.err());
        assertFalse(r.out().contains("isString"));
    }
}
