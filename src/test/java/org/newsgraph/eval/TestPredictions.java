package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Predictions reads a graph exactly as rdf_to_pred.py reads the same graph written by {@link Predictions#writeNQuads}. */
class TestPredictions {

    @TempDir
    Path tmp;

    @Test
    void readsTheGraphAsRdfToPredDoes() throws IOException {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(EvalFixtures.resource("graph.trig").toString());
        Path nq = tmp.resolve("graph.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            Predictions.writeNQuads(dsg, out);
        }
        JsonObject py = JSON.read(EvalFixtures.rdfToPred(nq, tmp.resolve("pred.json")).toString());
        JsonObject java = Predictions.read(dsg);
        assertTrue(PyJson.pyEquals(py, java), () -> "differ at" + TestScorerAgreement.firstDifference(py, java)
                + "\npython: " + JSON.toStringFlat(py) + "\njava:   " + JSON.toStringFlat(java));

        Map<String, JsonObject> docs = new HashMap<>();
        for (JsonValue d : java.get("documents").getAsArray()) {
            JsonValue f = d.getAsObject().get("file");
            docs.put(f.isNull() ? null : f.getAsString().value(), d.getAsObject());
        }
        assertEquals(3, docs.size(), "three documents, one without a file name");
        JsonObject one = docs.get("one.txt");
        // Jane (named and anaphoric mention), Elm Street (no offsets), Acme (m7's first context is d:one)
        assertEquals(3, one.get("entities").getAsArray().size(), () -> JSON.toStringFlat(one));
        // only named mentions with offsets: m1, m7, m8
        assertEquals(3, one.get("mentions").getAsArray().size(), () -> JSON.toStringFlat(one));
        // d:two has Acme only through an anaphoric mention: an entity, no mention
        JsonObject two = docs.get("two.txt");
        assertEquals(1, two.get("entities").getAsArray().size());
        assertEquals(0, two.get("mentions").getAsArray().size());
        // the membership is stated by both documents
        assertEquals(1, two.get("roles").getAsArray().size());
    }

    /** In the order of a stream (as parsed, and backwards), first values and item order follow that stream. */
    @Test
    void followsTheOrderOfTheStreamItCameFrom() throws IOException {
        List<Quad> quads = new ArrayList<>();
        RDFParser.source(EvalFixtures.resource("graph.trig")).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                quads.add(Quad.create(Quad.defaultGraphIRI, t));
            }
        });
        DatasetGraph dsg = DatasetGraphFactory.create();
        quads.forEach(dsg::add);
        List<Quad> backwards = new ArrayList<>(quads);
        Collections.reverse(backwards);
        JsonObject forward = null;
        for (List<Quad> order : List.of(quads, backwards)) {
            Path nq = tmp.resolve("stream" + (order == quads ? "" : "-backwards") + ".nq");
            try (OutputStream out = Files.newOutputStream(nq)) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                w.start();
                order.forEach(w::quad);
                w.finish();
            }
            JsonObject py = JSON.read(EvalFixtures.rdfToPred(nq, tmp.resolve(nq.getFileName() + ".json")).toString());
            JsonObject java = Predictions.read(dsg, ReadOrder.of(() -> order.stream().map(Quad::asTriple).iterator()));
            assertTrue(PyJson.pyEquals(py, java), () -> "differ at" + TestScorerAgreement.firstDifference(py, java)
                    + "\npython: " + JSON.toStringFlat(py) + "\njava:   " + JSON.toStringFlat(java));
            if (forward == null) {
                forward = java;
            }
        }
        // Jane's first label differs between the two orders, so the order did matter
        assertTrue(!PyJson.pyEquals(forward, Predictions.read(dsg, ReadOrder.of(
                () -> backwards.stream().map(Quad::asTriple).iterator()))));
    }
}
