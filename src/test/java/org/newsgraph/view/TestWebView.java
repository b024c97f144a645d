package org.newsgraph.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Network;
import org.newsgraph.export.Networks;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;
import org.newsgraph.summary.CorpusSummary;
import org.newsgraph.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view in a real headless Chromium, over a real server on a free port serving the seeds'
 * graph: search a name, click the person, see the claims the store holds for him.
 */
class TestWebView {

    @TempDir
    static Path tmp;
    static GraphStore store;
    static NewsGraphServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        store = GraphStore.open(tmp.resolve("store"));
        Loader.Summary s = Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        assertEquals(0, s.failed());
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).build().start();
        browser = Chromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
        store.close();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    /** Waits until the page has drawn and no query or animation is under way. */
    private static void idle() {
        waiting().until(d -> Boolean.TRUE.equals(js("const v = window.newsgraphView; "
                + "return !!v && v.ready && v.busy === 0 && !v.cy.animated() && v.cy.nodes().every(n => !n.animated());")));
        List<?> errors = (List<?>) js("return window.newsgraphView.errors;");
        assertTrue(errors.isEmpty(), "the page reported errors: " + errors);
    }

    private static List<Map<String, String>> select(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                RowSet rs = qe.select();
                List<Map<String, String>> rows = new ArrayList<>();
                rs.forEachRemaining(b -> {
                    Map<String, String> m = new java.util.HashMap<>();
                    b.vars().forEachRemaining(v -> {
                        var n = b.get(v);
                        m.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                    });
                    rows.add(m);
                });
                return rows;
            }
        });
    }

    private static void screenshot(String name) throws Exception {
        Path target = TestPaths.repo().resolve("target");
        Files.createDirectories(target);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchKlintsevichClickHimAndSeeHisClaims() throws Exception {
        // what the store holds: the person called Klintsevich with the most claims, and their texts
        List<Map<String, String>> people = select("PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT ?e (COUNT(DISTINCT ?c) AS ?n) WHERE { ?e a schema:Person ; rdfs:label ?l . "
                + "FILTER (CONTAINS(LCASE(?l), \"klintsevich\")) OPTIONAL { ?c a ng:Claim ; prov:wasAttributedTo ?e } } "
                + "GROUP BY ?e ORDER BY DESC(?n)");
        assertFalse(people.isEmpty(), "the seeds' graph has no person called Klintsevich");
        final String iri = people.get(0).get("e");
        int claims = Integer.parseInt(people.get(0).get("n"));
        assertTrue(claims > 0, "the seeds' graph attributes no claim to " + iri);
        List<Map<String, String>> texts = select("PREFIX schema: <http://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT ?t WHERE { ?c prov:wasAttributedTo <" + iri + "> ; schema:text ?t }");

        browser.get(server.url() + "view/");
        idle();
        long drawn = (Long) js("return window.newsgraphView.cy.nodes().length;");
        assertTrue(drawn > 0, "the first view drew no node");

        browser.findElement(By.id("search")).sendKeys("Klintsevich");
        browser.findElement(By.id("search-button")).click();
        String resultCss = "#results li.result[data-iri='" + iri + "']";
        waiting().until(d -> !d.findElements(By.cssSelector(resultCss)).isEmpty());
        browser.findElement(By.cssSelector(resultCss)).click();
        idle();

        // click him where he is drawn on the canvas
        WebElement canvas = browser.findElement(By.id("cy"));
        @SuppressWarnings("unchecked")
        Map<String, Object> pos = (Map<String, Object>) js(
                "const p = window.newsgraphView.cy.getElementById(arguments[0]).renderedPosition(); return {x: p.x, y: p.y};", iri);
        int dx = (int) Math.round(((Number) pos.get("x")).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) pos.get("y")).doubleValue() - canvas.getSize().getHeight() / 2.0);
        js("window.newsgraphView.selected = null; document.getElementById('details').replaceChildren();");
        new Actions(browser).moveToElement(canvas, dx, dy).click().perform();
        waiting().until(d -> js("return window.newsgraphView.selected;") != null);
        idle();
        assertEquals(iri, js("return window.newsgraphView.selected;"));

        int listed = Math.min(claims, 100);
        waiting().until(d -> d.findElements(By.cssSelector("#claims-by li.claim")).size() == listed);
        assertTrue(browser.findElement(By.id("entity-name")).getText().contains("Klintsevich"));
        List<WebElement> items = browser.findElements(By.cssSelector("#claims-by li.claim"));
        String all = String.join("\n", items.stream().map(WebElement::getText).toList());
        for (Map<String, String> t : texts) {
            String first = t.get("t").split(" … ")[0].strip();
            assertTrue(all.contains(first), "claim not listed: " + first + "\nlisted:\n" + all);
        }
        for (WebElement li : items) {
            assertFalse(li.findElements(By.cssSelector("mark.content")).isEmpty(), "the claim's words are not highlighted: " + li.getText());
        }
        js("window.newsgraphView.cy.fit(undefined, 30);");
        screenshot("web-view.png");
    }

    @Test
    void documentAndKindFiltersRestrictWhatIsDrawn() throws Exception {
        browser.get(server.url() + "view/");
        idle();
        Select docs = new Select(browser.findElement(By.id("document")));
        waiting().until(d -> docs.getOptions().size() > 1);
        String doc = docs.getOptions().get(1).getAttribute("value");
        docs.selectByIndex(1);
        waiting().until(d -> Boolean.TRUE.equals(js("return window.newsgraphView.cy.nodes().length > 0;")));
        idle();
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) js("return window.newsgraphView.cy.nodes().map(n => n.id());");
        Set<String> inDoc = new HashSet<>();
        for (Map<String, String> r : select("PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> "
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "SELECT DISTINCT ?e WHERE { ?m itsrdf:taIdentRef ?e ; nif:referenceContext <" + doc + "> }")) {
            inDoc.add(r.get("e"));
        }
        assertTrue(inDoc.containsAll(shown), "nodes from other documents are shown: " + shown + " not all in " + inDoc);

        long coMentions = (Long) js("return window.newsgraphView.cy.edges('[kind = \"co-mention\"]:visible').length;");
        assertTrue(coMentions > 0, "a document of the seeds names two entities in one sentence");
        String visible = "return window.newsgraphView.cy.edges('[kind = \"co-mention\"]:visible').length;";
        // the style is recomputed on the next frame: wait for it
        browser.findElement(By.cssSelector("#kinds input[value='co-mention']")).click();
        waiting().until(d -> Long.valueOf(0).equals(js(visible)));
        browser.findElement(By.cssSelector("#kinds input[value='co-mention']")).click();
        waiting().until(d -> Long.valueOf(coMentions).equals(js(visible)));

        // an entity's page in the document: its lists read that document only
        String first = shown.get(0);
        js("window.newsgraphView.cy.getElementById(arguments[0]).emit('tap');", first);
        waiting().until(d -> first.equals(js("return window.newsgraphView.selected;")) && !d.findElements(By.id("mentions")).isEmpty());
        idle();
        String file = select("PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?f WHERE { <" + doc + "> dcterms:identifier ?f }").get(0).get("f");
        for (WebElement f : browser.findElements(By.cssSelector("#details .source-file"))) {
            assertTrue(f.getText().startsWith(file), "listed from another document: " + f.getText());
        }
        assertFalse(browser.findElements(By.cssSelector("#mentions li")).isEmpty(), "the entity is named in the document");
    }

    /** The first view and a click on the most-mentioned: node ids and sizes, co-mention edges and weights. */
    private static List<Object> firstViewAndClick() {
        String snapshot = "const cy = window.newsgraphView.cy; return [cy.nodes().map(n => n.id() + ' ' + n.data('mentions')).sort().join('\\n'),"
                + " cy.edges('[kind = \"co-mention\"]').map(e => e.id() + ' ' + e.data('weight')).sort().join('\\n')];";
        browser.get(server.url() + "view/");
        idle();
        List<Object> out = new ArrayList<>((List<?>) js(snapshot));
        String top = (String) js("return window.newsgraphView.cy.nodes().max(n => n.data('mentions')).ele.id();");
        js("window.newsgraphView.cy.getElementById(arguments[0]).emit('tap');", top);
        waiting().until(d -> top.equals(js("return window.newsgraphView.selected;")) && !d.findElements(By.id("entity-name")).isEmpty());
        idle();
        out.addAll((List<?>) js(snapshot));
        out.add(js("return window.newsgraphView.timings.some(t => t.query.startsWith('# edges, co-mentions read from the summary'));"));
        return out;
    }

    @Test
    void theCorpusSummaryGivesTheSameViewAsCountingEveryMention() {
        Node summary = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
        Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(summary, Node.ANY, Node.ANY, Node.ANY));
        List<Object> counted = firstViewAndClick();
        assertEquals(false, counted.get(4), "without a summary the co-mentions are counted");
        assertFalse(((String) counted.get(1)).isEmpty(), "the seeds name two entities in one sentence");
        try {
            CorpusSummary.refresh(store.dataset());
            List<Object> read = firstViewAndClick();
            assertEquals(true, read.get(4), "with the summary the co-mentions are read from it");
            assertEquals(counted.subList(0, 4), read.subList(0, 4));
        } finally {
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(summary, Node.ANY, Node.ANY, Node.ANY));
        }
    }

    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
            + "PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX schema: <http://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/> ";

    /** What the page's list returns, called with another limit. */
    @SuppressWarnings("unchecked")
    private static List<String> pageList(String call, Object... args) {
        return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const lists = window.newsgraphView.lists; "
                + call + ".then(done, (e) => done(['error: ' + e]));", args);
    }

    @Test
    void anEntitysListsReadFromTheFirstDocumentsAreThoseOfSortingEveryClaimAndMention() {
        CorpusSummary.refresh(store.dataset());   // another test may have dropped it
        browser.get(server.url() + "view/");
        idle();
        assertEquals(true, js("return window.newsgraphView.lists.starts;"), "the summary holds the list starts");
        String mentioned = select(PREFIXES + "SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1").get(0).get("e");
        String source = select(PREFIXES + "SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c a ng:Claim ; prov:wasAttributedTo ?e } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1").get(0).get("e");
        String named = select(PREFIXES + "SELECT ?e (COUNT(?c) AS ?n) WHERE { ?c a ng:Claim ; schema:mentions ?e } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1").get(0).get("e");
        for (int limit : new int[] {1, 2, 3, 5, 8, 13, 1000}) {
            // every mention sorted by file and start: the first ones, with their sentences
            List<String> mentions = new ArrayList<>(select(PREFIXES + "SELECT ?file ?b ?e WHERE { { SELECT ?m ?s ?file ?b WHERE {"
                    + " GRAPH ?g { ?m itsrdf:taIdentRef <" + mentioned + "> ; nif:sentence ?s ; nif:beginIndex ?b ; nif:referenceContext ?doc }"
                    + " ?doc dcterms:identifier ?file } ORDER BY ?file ?b ?m LIMIT " + limit + " }"
                    + " GRAPH ?h { ?m nif:endIndex ?e . ?s nif:beginIndex ?sb ; nif:anchorOf ?t } }")
                    .stream().map(r -> r.get("file") + " " + r.get("b") + " " + r.get("e")).sorted().toList());
            assertFalse(mentions.isEmpty());
            // read from the summary's list starts, and counted per document first
            for (boolean counted : new boolean[] {false, true}) {
                assertEquals(mentions, pageList("lists.mentions(arguments[0], arguments[1], arguments[2])"
                        + ".then((r) => r.map((x) => x.file + ' ' + x.b + ' ' + x.e).sort())", mentioned, limit, counted),
                        "mentions, limit " + limit + (counted ? ", counted" : ", list starts"));
            }
            for (boolean about : new boolean[] {false, true}) {
                String id = about ? named : source;
                String pick = about ? "?c schema:mentions <" + id + "> ; prov:wasAttributedTo ?src . FILTER (?src != <" + id + ">)"
                        : "?c prov:wasAttributedTo <" + id + "> .";
                // every claim joined to its file and sorted by file and window start
                List<String> claims = select(PREFIXES + "SELECT ?c ?file (MIN(?b) AS ?wb) WHERE {"
                        + " { SELECT DISTINCT ?c WHERE { " + pick + " ?c a ng:Claim } }"
                        + " ?c prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?file ."
                        + " { ?c ng:contentSpan|ng:cueSpan|ng:sourceSpan ?sp } UNION { ?c ng:sentence ?sp }"
                        + " ?sp nif:beginIndex ?b } GROUP BY ?c ?file ORDER BY ?file ?wb ?c LIMIT " + limit)
                        .stream().map(r -> r.get("c")).toList();
                assertFalse(claims.isEmpty());
                for (boolean counted : new boolean[] {false, true}) {
                    assertEquals(claims, pageList("lists.claims(arguments[0], arguments[1], arguments[2], arguments[3]).then((r) => r.map((x) => x.c))",
                            id, about, limit, counted), (about ? "claims about, limit " : "claims by, limit ") + limit
                            + (counted ? ", counted" : ", list starts"));
                }
            }
        }
    }

    @Test
    void documentsAreTakenUntilTheListIsFullWhenCountsOverstateIt() {
        browser.get(server.url() + "view/");
        idle();
        // four documents whose counts say 5, 5, 1 and 4 items but which hold one each
        List<String> calls = pageList("(async () => { const calls = [];"
                + " const docs = [['a', '1', 5], ['b', '2', 5], ['c', '2', 1], ['d', '3', 4]].map(([g, file, n]) => ({ g: g, file: file, n: String(n) }));"
                + " const list = (graphs) => { calls.push(graphs.join('')); return Promise.resolve(graphs); };"
                + " calls.push('3: ' + (await lists.fromFirstDocuments(docs, 3, list)).join(''));"
                + " calls.push('10: ' + (await lists.fromFirstDocuments(docs, 10, list)).join(''));"
                + " calls.push('1: ' + (await lists.fromFirstDocuments(docs, 1, list)).join(''));"
                + " return calls; })()");
        // a first; short, so b and c (c has b's file name); then with 10: a, b and c; all; then 1: a alone
        assertEquals(List.of("a", "abc", "3: abc", "ab" + "c", "abcd", "10: abcd", "a", "1: a"), calls);
    }

    @Test
    void cytoscapeReadsTheCytoscapeJsonExport() throws Exception {
        Network n = Networks.entities(store.dataset());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.CYJS.write(n, out);
        browser.get(server.url() + "view/");
        idle();
        @SuppressWarnings("unchecked")
        List<Long> counts = (List<Long>) js("const cy = cytoscape({headless: true, elements: JSON.parse(arguments[0]).elements});"
                + "return [cy.nodes().length, cy.edges().length];", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of((long) n.nodes().size(), (long) n.edges().size()), counts);
    }

    @Test
    void servesThePageAndCytoscapeWithoutTheNetwork() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "view")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/view/"));
        HttpResponse<String> lib = http.send(HttpRequest.newBuilder(URI.create(server.url() + "view/lib/cytoscape.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, lib.statusCode());
        assertTrue(lib.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(lib.body().length() > 100_000 && lib.body().contains("cytoscape"));
        String page = http.send(HttpRequest.newBuilder(URI.create(server.url() + "view/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(page.matches("(?s).*(src|href)=\"https?:.*"), "the page loads nothing from elsewhere");
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(server.url() + "view/nothing.js")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
