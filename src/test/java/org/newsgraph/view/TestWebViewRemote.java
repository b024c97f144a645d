package org.newsgraph.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.TestPaths;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.remote.FusekiProcess;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view over another SPARQL store: a separate Fuseki process holds the seeds' graph (built
 * into it with {@code build --sparql-gsp}), the view's server sends every query on to it and
 * refuses updates; in a headless Chromium, searching a name and opening the entity shows its name
 * and claims as read from the remote store.
 */
class TestWebViewRemote {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static HttpResponse<String> post(String url, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long count(String endpoint) {
        return ((Number) QueryExecHTTP.service(endpoint).query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
                .select().next().get("n").getLiteral().getValue()).longValue();
    }

    @Test
    void theEntityPageReadsTheRemoteStoreAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        try (FusekiProcess f = FusekiProcess.startUnion(tmp)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            assertEquals(0, NewsGraph.execute(out, err, "build", "--sparql-gsp", f.gsp(), TestPaths.seeds().toString()),
                    err.toString(StandardCharsets.UTF_8));
            long quads = count(f.sparql());
            NewsGraphServer s = NewsGraphServer.create().remoteEndpoint(f.sparql()).port(0).build().start();
            try {
                HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "view/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("<html") || page.body().contains("<!DOCTYPE"), page.body());

                // the query the view sends for a search, through the view's server
                String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <http://schema.org/> "
                        + "SELECT DISTINCT ?l WHERE { ?e a schema:Person ; rdfs:label ?l FILTER CONTAINS(LCASE(?l), \"klintsevich\") }";
                HttpResponse<String> names = post(s.datasetUrl() + "/sparql", "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                assertEquals(200, names.statusCode(), names.body());
                assertTrue(names.body().contains("Klintsevich"), names.body());

                // a catalogue query, through the view's server to the remote store
                ByteArrayOutputStream qo = new ByteArrayOutputStream(), qe = new ByteArrayOutputStream();
                assertEquals(0, NewsGraph.execute(qo, qe, "query", "persons", "--format", "csv", "--endpoint",
                        s.datasetUrl() + "/sparql"), qe.toString(StandardCharsets.UTF_8));
                assertTrue(qo.toString(StandardCharsets.UTF_8).contains("Klintsevich"), qo.toString(StandardCharsets.UTF_8));

                // read-only whatever the remote store allows
                String drop = "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8);
                assertEquals(405, post(s.datasetUrl() + "/sparql", drop).statusCode());
                assertEquals(405, post(s.datasetUrl() + "/update", drop).statusCode());
                assertEquals(quads, count(f.sparql()), "the remote store is as it was");

                ChromeDriver browser = Chromium.start(tmp.resolve("profile"));
                try {
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofMillis(100));
                    browser.get(s.url() + "view/");
                    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "const v = window.newsgraphView; return !!v && v.ready && v.busy === 0;")));
                    browser.findElement(By.id("search")).sendKeys("Klintsevich");
                    browser.findElement(By.id("search-button")).click();
                    wait.until(d -> !d.findElements(By.cssSelector("#results li.result")).isEmpty());
                    browser.findElement(By.cssSelector("#results li.result")).click();
                    wait.until(d -> !d.findElements(By.id("entity-name")).isEmpty()
                            && d.findElement(By.id("entity-name")).getText().contains("Klintsevich"));
                    wait.until(d -> !d.findElements(By.cssSelector("#claims-by li.claim")).isEmpty());
                    List<WebElement> claims = browser.findElements(By.cssSelector("#claims-by li.claim"));
                    assertTrue(claims.size() > 0, "his claims are listed");
                    List<?> errors = (List<?>) ((JavascriptExecutor) browser).executeScript("return window.newsgraphView.errors;");
                    assertTrue(errors.isEmpty(), "the page reported errors: " + errors);
                } finally {
                    browser.quit();
                }
            } finally {
                s.close();
            }
        }
    }
}
