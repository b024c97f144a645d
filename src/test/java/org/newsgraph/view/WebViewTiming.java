package org.newsgraph.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.newsgraph.export.Network;
import org.newsgraph.export.Networks;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the web view over a built store (not a test: run by hand, see README):
 * {@code java -cp ... org.newsgraph.view.WebViewTiming STORE [SCREENSHOT.png]}. Prints the size of
 * the whole network, what the first view draws, the time to first draw (the page's
 * {@code performance.now()} at its first render) and the time to open the neighbourhood of the
 * most-mentioned entity.
 */
public final class WebViewTiming {

    private WebViewTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        Path tmp = Files.createTempDirectory("newsgraph-timing");
        try (GraphStore store = GraphStore.openExisting(storeDir);
             NewsGraphServer server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).build().start()) {
            if (!Boolean.getBoolean("skipNetwork")) {   // -DskipNetwork=true: the page only
                long t0 = System.nanoTime();
                Network n = Networks.entities(store.dataset());
                System.out.printf("whole network: %d nodes, %d edges (read in %.1f s)%n", n.nodes().size(), n.edges().size(),
                        (System.nanoTime() - t0) / 1e9);
            }
            ChromeDriver browser = Chromium.start(tmp.resolve("profile"));
            try {
                JavascriptExecutor js = browser;
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(300), Duration.ofMillis(50));
                String idle = "return !!window.newsgraphView && window.newsgraphView.ready && window.newsgraphView.busy === 0";
                for (int run = 1; run <= 3; run++) {
                    browser.get(server.url() + "view/");
                    wait.until(d -> Boolean.TRUE.equals(js.executeScript(idle)));
                    @SuppressWarnings("unchecked")
                    List<Object> first = (List<Object>) js.executeScript("const v = window.newsgraphView; "
                            + "return [v.firstDraw, v.cy.nodes().length, v.cy.edges().length, v.complete];");
                    System.out.printf("run %d: first view %s nodes, %s edges; first draw (nodes) at %.0f ms, edges drawn at %.0f ms after navigation%n",
                            run, first.get(1), first.get(2), ((Number) first.get(0)).doubleValue(), ((Number) first.get(3)).doubleValue());
                    System.out.println("  queries: " + js.executeScript("return JSON.stringify(window.newsgraphView.timings);"));
                }
                String top = (String) js.executeScript("return window.newsgraphView.cy.nodes().max(n => n.data('mentions')).ele.id();");
                long before = (Long) js.executeScript("return window.newsgraphView.timings.length;");
                // -DdumpQueries=DIR: the click's SPARQL queries, one file each, to time them alone on the server side
                js.executeScript("window.__queries = []; const f = window.fetch; window.fetch = function (u, o) {"
                        + " if (o && typeof o.body === 'string' && o.body.startsWith('query=')) {"
                        + " window.__queries.push(decodeURIComponent(o.body.substring(6))); }"
                        + " return f.apply(this, arguments); };");
                long c0 = System.nanoTime();
                js.executeScript("window.newsgraphView.cy.getElementById(arguments[0]).emit('tap');", top);
                wait.until(d -> top.equals(js.executeScript("return window.newsgraphView.selected;"))
                        && Boolean.TRUE.equals(js.executeScript(idle + " && document.getElementById('entity-name') !== null")));
                @SuppressWarnings("unchecked")
                List<Object> after = (List<Object>) js.executeScript("const v = window.newsgraphView; "
                        + "return [v.cy.nodes().length, v.cy.edges().length, document.getElementById('entity-name').textContent];");
                System.out.printf("click on the most-mentioned (%s): neighbourhood and details in %.0f ms; now %s nodes, %s edges%n",
                        after.get(2), (System.nanoTime() - c0) / 1e6, after.get(0), after.get(1));
                System.out.println("  queries: " + js.executeScript("return JSON.stringify(window.newsgraphView.timings.slice(arguments[0]));", before));
                // then the second most-mentioned, on the server now warm: what a reader meets after the first click
                String next = (String) js.executeScript("const t = arguments[0]; return window.newsgraphView.cy.nodes()"
                        + ".filter(n => n.id() !== t).max(n => n.data('mentions')).ele.id();", top);
                long before2 = (Long) js.executeScript("return window.newsgraphView.timings.length;");
                long c1 = System.nanoTime();
                js.executeScript("window.newsgraphView.cy.getElementById(arguments[0]).emit('tap');", next);
                wait.until(d -> next.equals(js.executeScript("return window.newsgraphView.selected;"))
                        && Boolean.TRUE.equals(js.executeScript(idle + " && document.getElementById('entity-name') !== null"
                        + " && document.getElementById('entity-name').textContent !== arguments[0]", after.get(2))));
                System.out.printf("then a click on the next most-mentioned (%s): neighbourhood and details in %.0f ms%n",
                        js.executeScript("return document.getElementById('entity-name').textContent;"), (System.nanoTime() - c1) / 1e6);
                System.out.println("  queries: " + js.executeScript("return JSON.stringify(window.newsgraphView.timings.slice(arguments[0]));", before2));
                String dump = System.getProperty("dumpQueries");
                if (dump != null) {
                    @SuppressWarnings("unchecked")
                    List<Object> qs = (List<Object>) js.executeScript("return window.__queries;");
                    Files.createDirectories(Path.of(dump));
                    for (int i = 0; i < qs.size(); i++) {
                        Files.writeString(Path.of(dump, String.format("click-%02d.rq", i)), (String) qs.get(i));
                    }
                    System.out.println("  " + qs.size() + " queries written to " + dump);
                }
                if (args.length > 1) {
                    js.executeScript("window.newsgraphView.cy.fit(undefined, 30);");
                    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                browser.quit();
            }
        }
    }
}
