package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.GraphStore;

/** {@code /ontology} on a real Fuseki: every format it offers parses back to the very same ontology. */
class TestOntologyServlet {

    @TempDir
    static Path tmp;
    static GraphStore store;
    static NewsGraphServer server;

    @BeforeAll
    static void start() {
        store = GraphStore.open(tmp.resolve("store"));
        server = NewsGraphServer.create().dataset(store.dataset()).port(0).ui(false).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @ParameterizedTest
    @CsvSource({
        "'',                                       text/turtle",
        "'text/turtle',                            text/turtle",
        "'application/rdf+xml',                    application/rdf+xml",
        "'application/ld+json',                    application/ld+json",
        "'text/html,application/xhtml+xml,*/*;q=0.8', text/turtle"})
    void servesTheOntologyInTheAskedFormat(String accept, String expectedType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "ontology")).GET();
        if (!accept.isEmpty()) {
            b.header("Accept", accept);
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith(expectedType), type);
        Model m = ModelFactory.createDefaultModel();
        Lang lang = switch (expectedType) {
            case "application/rdf+xml" -> Lang.RDFXML;
            case "application/ld+json" -> Lang.JSONLD;
            default -> Lang.TURTLE;
        };
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(m);
        assertTrue(m.isIsomorphicWith(Ontology.model()), "the served " + expectedType + " is the ontology");
    }
}
