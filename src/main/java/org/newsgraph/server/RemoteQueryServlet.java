package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The dataset's query endpoint when the graph lives in another SPARQL store: each SPARQL query
 * (GET {@code ?query=}, a POSTed form, or a POSTed {@code application/sparql-query} body) is sent
 * on to the remote endpoint and its answer passed back as it comes (status, content type, body), so
 * the web view and the catalogue queries read the remote store through this server. It is
 * read-only whatever the remote store allows: an update, or any request without a query, is
 * refused here and never reaches the remote store.
 */
final class RemoteQueryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_ACCEPT = "application/sparql-results+json";

    private final String endpoint;
    private final transient HttpClient client;
    private final Duration timeout;

    /** @param timeoutMillis how long to wait for the remote answer (0: a day) */
    RemoteQueryServlet(String endpoint, long timeoutMillis) {
        this.endpoint = endpoint;
        this.timeout = timeoutMillis > 0 ? Duration.ofMillis(timeoutMillis + 5_000) : Duration.ofDays(1);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        forward(req.getParameter("query"), req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update") || req.getParameter("update") != null) {
            refuse(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "This server is read-only: it sends queries on to " + endpoint + ", never updates");
            return;
        }
        String query = type.startsWith("application/sparql-query")
                ? new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                : req.getParameter("query");
        forward(query, req, resp);
    }

    private void forward(String query, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (query == null || query.isBlank()) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, "No SPARQL query (give it as query=…)");
            return;
        }
        String accept = req.getHeader("Accept");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept == null || accept.isBlank() || accept.equals("*/*") ? DEFAULT_ACCEPT : accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        HttpResponse<InputStream> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            refuse(resp, HttpServletResponse.SC_GATEWAY_TIMEOUT, "The SPARQL endpoint " + endpoint + " did not answer in time");
            return;
        } catch (IOException e) {
            refuse(resp, HttpServletResponse.SC_BAD_GATEWAY, "Cannot reach the SPARQL endpoint " + endpoint + ": " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Interrupted");
            return;
        }
        resp.setStatus(r.statusCode());
        r.headers().firstValue("Content-Type").ifPresent(resp::setContentType);
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = r.body(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String why) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("utf-8");
        resp.getWriter().println(why);
        resp.flushBuffer();
    }
}
