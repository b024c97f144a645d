package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.NewsGraph;
import org.newsgraph.TestPaths;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** The SHACL shapes and {@code newsgraph validate} on real graphs, and on graphs broken on purpose. */
class TestGraphValidator {

    static final String NS_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String NS_ORG = "http://www.w3.org/ns/org#";
    static final String NS_PROV = "http://www.w3.org/ns/prov#";
    static final String DOC_A = "https://w3id.org/newsgraph/doc/fixture-a";
    static final String DOC_B = "https://w3id.org/newsgraph/doc/fixture-b";

    @TempDir
    static Path tmp;
    static GraphStore seeds;
    static GraphValidator validator;

    @BeforeAll
    static void build() {
        seeds = GraphStore.open(tmp.resolve("seeds"));
        Loader.Summary s = Loader.create().store(seeds).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        assertEquals(0, s.failed());
        validator = GraphValidator.create().build();
    }

    @AfterAll
    static void close() {
        seeds.close();
    }

    private static String explain(ValidationResult r) {
        StringWriter w = new StringWriter();
        r.print(new PrintWriter(w));
        return w.toString();
    }

    private static Graph seedsCopy() {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(seeds.dataset(), () -> seeds.dataset().getUnionGraph().find().forEachRemaining(g::add));
        return g;
    }

    private static Graph fixture() {
        return GraphValidator.readMerged(TestPaths.repo().resolve("src/test/resources/org/newsgraph/query/fixture.trig"));
    }

    @Test
    void theSeedsGraphConforms() {
        ValidationResult r = validator.validate(seeds.dataset());
        assertTrue(r.conforms(), explain(r));
        assertEquals(0, r.violations(), explain(r));
    }

    @Test
    void thePolnearDevGraphConforms() {
        Path texts = TestPaths.shared().resolve("eval/polnear-dev/text");
        assertTrue(Files.isDirectory(texts), texts + " is missing");
        try (GraphStore gs = GraphStore.open(tmp.resolve("polnear"))) {
            Loader.Summary s = Loader.create().store(gs).errors(new PrintWriter(new StringWriter())).build().run(List.of(texts));
            assertEquals(0, s.failed());
            assertTrue(s.documents() > 50, s.documents() + " documents");
            ValidationResult r = validator.validate(gs.dataset());
            assertTrue(r.conforms(), explain(r));
        }
    }

    @Test
    void aBrokenMentionIsReportedWithItsFocusNodeAndPath() {
        Graph g = seedsCopy();
        // the first name mention of the graph, in IRI order, gets an end beyond its document's text
        Node mention = g.find(Node.ANY, RDF.type.asNode(), NIF.Phrase.asNode()).mapWith(Triple::getSubject).toList()
                .stream().min(Comparator.comparing(Node::getURI)).orElseThrow();
        Node doc = g.find(mention, NIF.referenceContext.asNode(), Node.ANY).next().getObject();
        int length = g.find(doc, NIF.isString.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm().length();
        Node end = g.find(mention, NIF.endIndex.asNode(), Node.ANY).next().getObject();
        g.delete(Triple.create(mention, NIF.endIndex.asNode(), end));
        g.add(Triple.create(mention, NIF.endIndex.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(length + 5), XSDDatatype.XSDnonNegativeInteger)));

        ValidationResult r = validator.validate(g);
        assertFalse(r.conforms());
        assertTrue(r.problems().stream().filter(ValidationResult.Problem::isViolation)
                .allMatch(p -> p.focusNode().equals(mention)), explain(r));
        assertTrue(r.problems().stream().anyMatch(p -> "nif:endIndex".equals(p.path())
                && p.message().contains("beyond the end") && p.message().contains(Integer.toString(length))), explain(r));
    }

    static Stream<Arguments> breakages() {
        Node claimA = NodeFactory.createURI(DOC_A + "#claim=76,105");
        Node unnamed = NodeFactory.createURI(DOC_A + "/source/sources-close-to-the-matter");
        Node membership = NodeFactory.createURI("https://w3id.org/newsgraph/membership/fixture-jane-acme");
        Node jane = NodeFactory.createURI("https://w3id.org/newsgraph/entity/person/fixture-jane");
        Node mentionJane = NodeFactory.createURI(DOC_A + "#char=34,42");
        Node docB = NodeFactory.createURI(DOC_B);
        return Stream.of(
            Arguments.of("claim without a cue", claimA, "ng:cue", (Function<Graph, Graph>) g -> {
                g.remove(claimA, NG.cue.asNode(), Node.ANY);
                return g;
            }),
            Arguments.of("claim without a content span", claimA, "ng:contentSpan", (Function<Graph, Graph>) g -> {
                g.remove(claimA, NG.contentSpan.asNode(), Node.ANY);
                return g;
            }),
            Arguments.of("claim derived from no document", claimA, "prov:wasDerivedFrom", (Function<Graph, Graph>) g -> {
                g.remove(claimA, NodeFactory.createURI(NS_PROV + "wasDerivedFrom"), Node.ANY);
                return g;
            }),
            Arguments.of("claim whose content lies in another document", claimA, "ng:contentSpan", (Function<Graph, Graph>) g -> {
                g.remove(claimA, NodeFactory.createURI(NS_PROV + "wasDerivedFrom"), Node.ANY);
                g.add(Triple.create(claimA, NodeFactory.createURI(NS_PROV + "wasDerivedFrom"), docB));
                return g;
            }),
            Arguments.of("entity with two labels", jane, "rdfs:label", (Function<Graph, Graph>) g -> {
                g.add(Triple.create(jane, RDFS.label.asNode(), NodeFactory.createLiteralString("J. Roe")));
                return g;
            }),
            Arguments.of("mention without its anchor", mentionJane, "nif:anchorOf", (Function<Graph, Graph>) g -> {
                g.remove(mentionJane, NIF.anchorOf.asNode(), Node.ANY);
                return g;
            }),
            Arguments.of("mention whose anchor is not its text", mentionJane, "nif:anchorOf", (Function<Graph, Graph>) g -> {
                g.remove(mentionJane, NIF.anchorOf.asNode(), Node.ANY);
                g.add(Triple.create(mentionJane, NIF.anchorOf.asNode(), NodeFactory.createLiteralString("Jane Doe")));
                return g;
            }),
            Arguments.of("mention that ends before it begins", mentionJane, "nif:beginIndex", (Function<Graph, Graph>) g -> {
                g.remove(mentionJane, NIF.endIndex.asNode(), Node.ANY);
                g.add(Triple.create(mentionJane, NIF.endIndex.asNode(),
                        NodeFactory.createLiteralDT("30", XSDDatatype.XSDnonNegativeInteger)));
                return g;
            }),
            Arguments.of("membership without a member", membership, "org:member", (Function<Graph, Graph>) g -> {
                g.remove(membership, NodeFactory.createURI(NS_ORG + "member"), Node.ANY);
                return g;
            }),
            Arguments.of("unnamed source that no claim cites", unnamed, "^prov:wasAttributedTo", (Function<Graph, Graph>) g -> {
                g.remove(Node.ANY, NodeFactory.createURI(NS_PROV + "wasAttributedTo"), unnamed);
                return g;
            }),
            Arguments.of("document without its text", docB, "nif:isString", (Function<Graph, Graph>) g -> {
                g.remove(docB, NIF.isString.asNode(), Node.ANY);
                return g;
            }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachKindOfBrokenNodeIsReportedWithItsFocusNode(String what, Node focus, String path, Function<Graph, Graph> breakIt) {
        assertTrue(validator.validate(fixture()).conforms(), "the fixture conforms before it is broken");
        ValidationResult r = validator.validate(breakIt.apply(fixture()));
        assertFalse(r.conforms(), what);
        assertTrue(r.problems().stream().anyMatch(p -> p.focusNode().equals(focus) && path.equals(p.path())),
                what + ": expected " + focus + " " + path + "\n" + explain(r));
    }

    private record Run(int code, String out, String err) { }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = NewsGraph.execute(out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void labelsSpeltDifferentlyByTwoDocumentsAreAWarningNotAViolation() {
        Graph g = fixture();
        Node jane = NodeFactory.createURI("https://w3id.org/newsgraph/entity/person/fixture-jane");
        g.add(Triple.create(jane, RDFS.label.asNode(), NodeFactory.createLiteralString("JANE ROE")));
        ValidationResult r = validator.validate(g);
        assertTrue(r.conforms(), explain(r));
        assertEquals(1, r.problems().size(), explain(r));
        assertEquals(jane, r.problems().get(0).focusNode());
        assertTrue(explain(r).contains("Warning: <" + jane.getURI() + ">"), explain(r));
    }

    @Test
    void validateCommandOnAFileAndOnAStore() throws Exception {
        Path good = tmp.resolve("fixture.trig");
        Files.copy(TestPaths.repo().resolve("src/test/resources/org/newsgraph/query/fixture.trig"), good,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run ok = cli("validate", good.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("Conforms"), ok.out());

        Graph broken = fixture();
        Node jane = NodeFactory.createURI("https://w3id.org/newsgraph/entity/person/fixture-jane");
        broken.add(Triple.create(jane, RDFS.label.asNode(), NodeFactory.createLiteralString("J. Roe")));
        Path bad = tmp.resolve("broken.nt");
        try (var out = Files.newOutputStream(bad)) {
            RDFDataMgr.write(out, broken, Lang.NTRIPLES);
        }
        Run r = cli("validate", bad.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Violation: <" + jane.getURI() + ">"), r.out());
        assertTrue(r.out().contains("path:    rdfs:label"), r.out());
        assertTrue(r.out().contains("exactly one rdfs:label"), r.out());
        assertTrue(r.out().contains("1 violation"), r.out());

        seeds.close();
        try {
            Run s = cli("validate", "--store", tmp.resolve("seeds").toString());
            assertEquals(0, s.code(), s.out() + s.err());
            assertTrue(s.out().contains("Conforms"), s.out());
        } finally {
            seeds = GraphStore.open(tmp.resolve("seeds"));
        }

        Run missing = cli("validate", tmp.resolve("nope.nq").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.nq"), missing.err());
        Run noStore = cli("validate", "--store", tmp.resolve("empty").toString());
        assertEquals(1, noStore.code());
        assertTrue(noStore.err().contains("no newsgraph store"), noStore.err());
        Run both = cli("validate", "--store", tmp.resolve("seeds").toString(), good.toString());
        assertEquals(2, both.code(), "a store and a file at once is bad usage");
    }
}
