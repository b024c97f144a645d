package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** Identity across documents, read back with SPARQL from a real TDB2 store built by the Loader. */
class TestCrossDocumentIdentity {

    private static final String PREFIXES = """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            """;

    @Test
    void variantsAcrossDocumentsAreOneEntityButSharedSurnamesAreNot(@TempDir Path dir) throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "Envoy talks\n\nSteve Witkoff met John Smith in Miami on Monday. "
                + "Witkoff said the talks had gone well, and Smith agreed. He flew home on Tuesday.\n");
        Files.writeString(texts.resolve("b.txt"), "Moscow visit\n\nSteven Witkoff met Mary Smith in Moscow on Friday. "
                + "Smith said little about the meeting.\n");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            Loader.Summary s = Loader.create().store(store).pipeline(Pipeline.standard()).threads(1).build()
                    .run(List.of(texts));
            assertEquals(2, s.documents());
            Dataset ds = DatasetFactory.wrap(store.dataset());

            // every mention anchored on a Witkoff form points at one entity
            Set<String> witkoff = column(ds, "entity", """
                    SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?m nif:anchorOf ?a ; itsrdf:taIdentRef ?entity } 
                      FILTER(?a IN ("Steve Witkoff", "Steven Witkoff")) }""");
            assertEquals(1, witkoff.size(), "one entity for Steve and Steven Witkoff: " + witkoff);
            String e = witkoff.iterator().next();
            // each document labels it as it writes it (a nickname stays a nickname), and names the full form too
            assertEquals(Set.of("Steve Witkoff", "Steven Witkoff"), column(ds, "l",
                    "SELECT DISTINCT ?l WHERE { GRAPH ?g { <" + e + "> rdfs:label ?l } }"));
            assertEquals(Set.of("Steven Witkoff"), column(ds, "l", "SELECT DISTINCT ?l WHERE { GRAPH ?g { <" + e
                    + "> skos:altLabel ?l } FILTER(?l != \"Witkoff\") }"));
            assertEquals(Set.of(), column(ds, "g", "SELECT ?g WHERE { GRAPH ?g { <" + e + "> rdfs:label ?a, ?b } FILTER(?a != ?b) }"),
                    "one label per document graph");
            // and it is mentioned in both documents
            assertEquals(2, column(ds, "g", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?m itsrdf:taIdentRef <" + e
                    + "> } }").size());

            // the pronoun is in the graph too, as an anaphoric mention of the same entity
            assertEquals(Set.of(e), column(ds, "entity", """
                    SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?m a ng:AnaphoricMention ; nif:anchorOf "He" ;
                      itsrdf:taIdentRef ?entity } }"""));

            Set<String> john = column(ds, "entity", """
                    SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?m nif:anchorOf "John Smith" ; itsrdf:taIdentRef ?entity } }""");
            Set<String> mary = column(ds, "entity", """
                    SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?m nif:anchorOf "Mary Smith" ; itsrdf:taIdentRef ?entity } }""");
            assertEquals(1, john.size());
            assertEquals(1, mary.size());
            assertNotEquals(john, mary, "two people who share only a surname stay apart");
            // each bare "Smith" joins the full name of its own document
            Set<String> smiths = column(ds, "entity", """
                    SELECT DISTINCT ?entity WHERE { GRAPH ?g { ?m nif:anchorOf "Smith" ; itsrdf:taIdentRef ?entity } }""");
            Set<String> both = new HashSet<>(john);
            both.addAll(mary);
            assertEquals(both, smiths);
        }
    }

    private static Set<String> column(Dataset ds, String var, String query) {
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                rs.forEachRemaining(rows::add);
                for (QuerySolution r : rows) {
                    var n = r.get(var);
                    out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
            }
            return out;
        });
    }
}
