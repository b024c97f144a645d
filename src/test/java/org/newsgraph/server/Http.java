package org.newsgraph.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** A small HTTP client for the server tests: one real request at a time, no connection reuse surprises. */
final class Http {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    Http(NewsGraphServer server) {
        this.base = server.url();
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(base + path.substring(1))).timeout(Duration.ofSeconds(120));
    }

    HttpResponse<String> send(HttpRequest r) throws Exception {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException stale) {
            // a refused request with an unread body closes its connection; a pooled one may be stale: once more, fresh
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(at(path).GET().build());
    }

    /** A SPARQL query as a form POST, answered as SPARQL JSON results. */
    HttpResponse<String> query(String endpoint, String sparql) throws Exception {
        return send(queryRequest(endpoint, sparql));
    }

    HttpRequest queryRequest(String endpoint, String sparql) {
        return at(endpoint).header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
    }

    static JsonObject json(HttpResponse<String> r) {
        return JSON.parse(r.body());
    }
}
