package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPaths;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.text.Document;
import org.newsgraph.text.DocumentReader;

/** The RDF written for the seeds keeps its promises: offsets, anchors, deterministic IRIs. */
class TestDocumentGraph {

    static final List<Model> graphs = new ArrayList<>();
    static final List<Document> docs = new ArrayList<>();

    @BeforeAll
    static void extractSeeds() {
        List<String> problems = new ArrayList<>();
        for (DocumentReader.Input in : DocumentReader.list(List.of(TestPaths.seeds()), problems)) {
            Document d = DocumentReader.read(in);
            docs.add(d);
            graphs.add(ModelFactory.createModelForGraph(DocumentGraphWriter.write(Pipeline.standard().process(d))));
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(2, docs.size());
    }

    @Test
    void everyMentionsOffsetsSelectItsAnchor() {
        int checked = 0;
        for (int i = 0; i < docs.size(); i++) {
            String text = docs.get(i).text();
            String q = Namespaces.sparqlPrefixes() + """
                    SELECT ?m ?b ?e ?a ?text WHERE {
                      ?m a nif:Phrase ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a ;
                         nif:referenceContext ?doc .
                      ?doc nif:isString ?text }""";
            try (var qe = QueryExecutionFactory.create(q, graphs.get(i))) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    int b = s.getLiteral("b").getInt(), e = s.getLiteral("e").getInt();
                    assertEquals(text, s.getLiteral("text").getString());
                    assertTrue(b < e && e <= text.length(), "bad offsets on " + s.get("m"));
                    assertEquals(text.substring(b, e), s.getLiteral("a").getString(), "anchor of " + s.get("m"));
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "only " + checked + " mentions in the seeds");
    }

    @Test
    void sameInputGivesTheSameTriples() {
        Document d = docs.get(0);
        Model again = ModelFactory.createModelForGraph(DocumentGraphWriter.write(Pipeline.standard().process(
                DocumentReader.parse("x", d.id(), d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertTrue(again.isIsomorphicWith(graphs.get(0)));
        assertFalse(again.isEmpty());
    }

    @Test
    void documentNodeCarriesItsTextAndIdentifier() {
        for (int i = 0; i < docs.size(); i++) {
            Model m = graphs.get(i);
            var doc = m.createResource(Iris.document(docs.get(i)));
            assertTrue(m.contains(doc, org.apache.jena.vocabulary.RDF.type, NG.Document));
            assertEquals(docs.get(i).text(), m.getProperty(doc, NIF.isString).getString());
            assertEquals(docs.get(i).id(), m.getProperty(doc, org.apache.jena.vocabulary.DCTerms.identifier).getString());
        }
    }

    @Test
    void documentIriDependsOnBytesNotOnPath() {
        Document a = DocumentReader.parse("a", "a.txt", "Some text.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document b = DocumentReader.parse("b", "b.txt", "Some text.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document c = DocumentReader.parse("c", "a.txt", "Other text.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Iris.document(a), Iris.document(b));
        assertFalse(Iris.document(a).equals(Iris.document(c)));
    }
}
