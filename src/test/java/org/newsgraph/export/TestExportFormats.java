package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.GraphStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each export read back by a real consumer: GraphML validated against the GraphML schema and
 * imported by JGraphT, GEXF parsed as GEXF 1.3, DOT rendered to SVG by Graphviz's dot, Cytoscape.js
 * JSON parsed; node and edge counts (and labels) compared with the network written.
 */
class TestExportFormats {

    @TempDir
    static Path tmp;
    static GraphStore fixture, seeds;
    static Network fixtureNet, seedsNet;

    @BeforeAll
    static void load() {
        fixture = ExportFixtures.fixture(tmp.resolve("fixture"));
        seeds = ExportFixtures.seeds(tmp.resolve("seeds"));
        fixtureNet = Networks.entities(fixture.dataset());
        seedsNet = Networks.entities(seeds.dataset());
    }

    @AfterAll
    static void close() {
        fixture.close();
        seeds.close();
    }

    static Stream<Arguments> networks() {
        return Stream.of(Arguments.of("fixture", fixtureNet), Arguments.of("seeds", seedsNet));
    }

    private static byte[] export(ExportFormat f, Network n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(n, out);
        return out.toByteArray();
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Graphviz's SVG names the SVG 1.1 DTD: read the doctype, never fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Map<String, String> labels(Network n) {
        return n.nodes().stream().collect(Collectors.toMap(Network.Node::id, Network.Node::label));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void graphmlIsValidAgainstTheSchemaAndJGraphTReadsIt(String name, Network n) throws Exception {
        byte[] xml = export(ExportFormat.GRAPHML, n);
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the schema and its import come from the test resources, never from the network
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = sf.newSchema(ExportFixtures.resource("graphml.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true)
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> read = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> {
            if ("label".equals(p.getSecond())) {
                read.put(p.getFirst(), a.getValue());
            }
        });
        importer.importGraph(g, new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
        assertEquals(n.nodes().size(), g.vertexSet().size());
        assertEquals(n.edges().size(), g.edgeSet().size());
        assertEquals(labels(n), read);
        double weights = g.edgeSet().stream().mapToDouble(g::getEdgeWeight).sum();
        assertEquals(n.edges().stream().mapToDouble(Network.Edge::weight).sum(), weights, 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void gexfIsGexf13WithEveryNodeAndEdge(String name, Network n) throws Exception {
        Document d = dom(export(ExportFormat.GEXF, n));
        Element root = d.getDocumentElement();
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        NodeList nodes = d.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        NodeList edges = d.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertEquals(n.nodes().size(), nodes.getLength());
        assertEquals(n.edges().size(), edges.getLength());
        Map<String, String> read = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            read.put(e.getAttribute("id"), e.getAttribute("label"));
        }
        assertEquals(labels(n), read);
        Set<String> declared = new HashSet<>();
        NodeList atts = d.getElementsByTagNameNS("http://gexf.net/1.3", "attribute");
        for (int i = 0; i < atts.getLength(); i++) {
            declared.add(((Element) atts.item(i)).getAttribute("id"));
        }
        NodeList values = d.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            assertTrue(declared.contains(((Element) values.item(i)).getAttribute("for")), "attvalue of an undeclared attribute");
        }
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(read.containsKey(e.getAttribute("source")) && read.containsKey(e.getAttribute("target")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void dotIsRenderedByGraphvizWithEveryNodeAndEdge(String name, Network n) throws Exception {
        Path dotFile = tmp.resolve(name + ".dot"), svg = tmp.resolve(name + ".svg"), err = tmp.resolve(name + ".err");
        Files.write(dotFile, export(ExportFormat.DOT, n));
        Process p;
        try {
            p = new ProcessBuilder(graphvizDot(), "-Tsvg", "-o", svg.toString(), dotFile.toString())
                    .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            org.newsgraph.ExternalTool.missing("Graphviz 'dot' could not be run (install graphviz): " + e.getMessage());
            return;
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dot did not finish");
        String stderr = Files.readString(err);
        assertEquals(0, p.exitValue(), "dot failed: " + stderr);
        assertTrue(!stderr.contains("Error") && !stderr.contains("syntax error"), stderr);
        Document d = dom(Files.readAllBytes(svg));
        Set<String> nodeTitles = new HashSet<>();
        int edges = 0;
        NodeList gs = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if ("node".equals(g.getAttribute("class"))) {
                nodeTitles.add(g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
            } else if ("edge".equals(g.getAttribute("class"))) {
                edges++;
            }
        }
        assertEquals(labels(n).keySet(), nodeTitles);
        assertEquals(n.edges().size(), edges);
        // every label is drawn, so quoting kept them whole
        Set<String> drawn = new HashSet<>();
        NodeList texts = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            drawn.add(texts.item(i).getTextContent());
        }
        for (Network.Node node : n.nodes()) {
            assertTrue(drawn.contains(node.label()), "label not drawn: " + node.label());
        }
    }


    /** The Graphviz dot binary: CI installs Debian's graphviz; without it the test is skipped (failed on CI). */
    static String graphvizDot() {
        return org.newsgraph.ExternalTool.find(null, "install Graphviz (apt-get install graphviz)", "dot").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void cytoscapeJsonHasEveryNodeAndEdge(String name, Network n) {
        JsonObject root = JSON.parse(new ByteArrayInputStream(export(ExportFormat.CYJS, n)));
        JsonObject elements = root.get("elements").getAsObject();
        List<JsonValue> nodes = elements.get("nodes").getAsArray();
        List<JsonValue> edges = elements.get("edges").getAsArray();
        assertEquals(n.nodes().size(), nodes.size());
        assertEquals(n.edges().size(), edges.size());
        Map<String, String> read = new HashMap<>();
        for (JsonValue v : nodes) {
            JsonObject d = v.getAsObject().get("data").getAsObject();
            read.put(d.get("id").getAsString().value(), d.get("label").getAsString().value());
        }
        assertEquals(labels(n), read);
        Set<String> edgeIds = new HashSet<>();
        for (JsonValue v : edges) {
            JsonObject d = v.getAsObject().get("data").getAsObject();
            assertTrue(read.containsKey(d.get("source").getAsString().value()));
            assertTrue(read.containsKey(d.get("target").getAsString().value()));
            assertTrue(edgeIds.add(d.get("id").getAsString().value()), "edge ids are unique");
            assertTrue(d.get("weight").getAsNumber().value().doubleValue() > 0);
        }
    }
}
