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
                    long server0 = serverCpu(), browser0 = browserCpu();
                    browser.get(server.url() + "view/");
                    wait.until(d -> Boolean.TRUE.equals(js.executeScript(idle)));
                    long serverUsed = serverCpu() - server0, browserUsed = browserCpu() - browser0;
                    @SuppressWarnings("unchecked")
                    List<Object> first = (List<Object>) js.executeScript("const v = window.newsgraphView; "
                            + "return [v.firstDraw, v.cy.nodes().length, v.cy.edges().length, v.complete];");
                    System.out.printf("run %d: first view %s nodes, %s edges; first draw (nodes) at %.0f ms, edges drawn at %.0f ms after navigation;"
                            + " CPU server %.0f ms, browser %.0f ms%n", run, first.get(1), first.get(2), ((Number) first.get(0)).doubleValue(),
                            ((Number) first.get(3)).doubleValue(), serverUsed / 1e6, browserUsed / 1e6);
                    System.out.println("  queries: " + js.executeScript("return JSON.stringify(window.newsgraphView.timings);"));
                }
                String top = (String) js.executeScript("return window.newsgraphView.cy.nodes().max(n => n.data('mentions')).ele.id();");
                // -DdumpQueries=DIR: the click's SPARQL queries, one file each, to time them alone on the server side
                js.executeScript("window.__queries = []; const f = window.fetch; window.fetch = function (u, o) {"
                        + " if (o && typeof o.body === 'string' && o.body.startsWith('query=')) {"
                        + " window.__queries.push(decodeURIComponent(o.body.substring(6))); }"
                        + " return f.apply(this, arguments); };");
                String name = click(js, wait, idle, top, null, "click on the most-mentioned");
                // then the second most-mentioned, on the server now warm: what a reader meets after the first click
                String next = (String) js.executeScript("const t = arguments[0]; return window.newsgraphView.cy.nodes()"
                        + ".filter(n => n.id() !== t).max(n => n.data('mentions')).ele.id();", top);
                click(js, wait, idle, next, name, "then a click on the next most-mentioned");
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

    /**
     * Clicks the node and waits until its neighbourhood and details are shown; prints the wall time,
     * the CPU the server's process (this JVM) and the browser's processes spent meanwhile, and the
     * browser main thread's long tasks (over 50 ms each), which wall times on a loaded machine hide.
     */
    private static String click(JavascriptExecutor js, WebDriverWait wait, String idle, String id, String previous, String what) {
        long before = (Long) js.executeScript("return window.newsgraphView.timings.length;");
        js.executeScript("window.__long = []; new PerformanceObserver(l => window.__long.push(...l.getEntries().map(e => e.duration)))"
                + ".observe({type: 'longtask'}); window.__render = []; const r = window.newsgraphView.cy.renderer();"
                + " if (!r.__timed) { const f = r.render; r.__timed = true;"
                + " r.render = function (o) { const t = performance.now(); try { return f.call(this, o); }"
                + " finally { window.__render.push(performance.now() - t); } }; }");
        java.util.Map<String, Long> threads0 = threadCpu();
        long server0 = serverCpu(), browser0 = browserCpu(), c0 = System.nanoTime();
        js.executeScript("window.newsgraphView.cy.getElementById(arguments[0]).emit('tap');", id);
        wait.until(d -> id.equals(js.executeScript("return window.newsgraphView.selected;"))
                && Boolean.TRUE.equals(js.executeScript(idle + " && document.getElementById('entity-name') !== null"
                + " && document.getElementById('entity-name').textContent !== arguments[0]", previous)));
        long wall = System.nanoTime() - c0, server = serverCpu() - server0, browser = browserCpu() - browser0;
        @SuppressWarnings("unchecked")
        List<Object> after = (List<Object>) js.executeScript("const v = window.newsgraphView; "
                + "return [v.cy.nodes().length, v.cy.edges().length, document.getElementById('entity-name').textContent,"
                + " window.__long.length, window.__long.reduce((a, b) => a + b, 0),"
                + " window.__render.length, window.__render.reduce((a, b) => a + b, 0)];");
        System.out.printf("%s (%s): neighbourhood and details in %.0f ms; now %s nodes, %s edges;"
                + " CPU server %.0f ms, browser %.0f ms; %s long tasks, %.0f ms; %s frames drawn, %.0f ms%n", what, after.get(2),
                wall / 1e6, after.get(0), after.get(1), server / 1e6, browser / 1e6, after.get(3), ((Number) after.get(4)).doubleValue(),
                after.get(5), ((Number) after.get(6)).doubleValue());
        System.out.println("  queries: " + js.executeScript("return JSON.stringify(window.newsgraphView.timings.slice(arguments[0]));", before));
        if (Boolean.getBoolean("threadCpu")) {   // -DthreadCpu=true: this JVM's CPU by kind of thread
            java.util.Map<String, Long> by = new java.util.TreeMap<>();
            threadCpu().forEach((k, v) -> by.merge(k.replaceAll("[-\\d]+$", ""), v - threads0.getOrDefault(k, 0L), Long::sum));
            by.entrySet().removeIf(e -> e.getValue() < 5_000_000L);
            by.replaceAll((k, v) -> v / 1_000_000L);
            System.out.println("  server CPU by thread (ms): " + by);
        }
        return (String) after.get(2);
    }

    /** CPU time of each live thread of this JVM, by name and id, in ns. */
    private static java.util.Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null) {
                out.put(t.getThreadName() + "-" + t.getThreadId(), mx.getThreadCpuTime(t.getThreadId()));
            }
        }
        return out;
    }

    /** CPU time of this process (the server and the driver's client), in ns. */
    private static long serverCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of this process's descendants (chromedriver and Chromium's processes), in ns. */
    private static long browserCpu() {
        return ProcessHandle.current().descendants().mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }
}
