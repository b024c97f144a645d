package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/** ontology/newsgraph.ttl and ontology/shapes.ttl: they load cleanly, and the ontology covers the graph. */
class TestOntology {

    static final String SCHEMA = "http://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    @TempDir
    static Path tmp;
    static GraphStore store;

    @BeforeAll
    static void build() {
        store = GraphStore.open(tmp.resolve("store"));
        Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build().run(List.of(TestPaths.seeds()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Parses a checked-in file strictly: any warning of the Turtle parser is an error. */
    private static Model strict(String file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(TestPaths.repo().resolve("ontology").resolve(file)).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(m);
        return m;
    }

    private static Model ontology() {
        return strict("newsgraph.ttl");
    }

    @Test
    void ontologyAndShapesLoadWithoutWarnings() {
        try (LogCapture log = LogCapture.capture()) {
            Model o = ontology();
            Model s = strict("shapes.ttl");
            Shapes shapes = Shapes.parse(s.getGraph());
            assertTrue(o.size() > 100, "ontology has " + o.size() + " triples");
            long declared = s.listSubjectsWithProperty(RDF.type,
                    s.createResource("http://www.w3.org/ns/shacl#NodeShape")).toList().size();
            assertEquals(declared, shapes.numRootShapes(), "every node shape parsed");
            // runs every constraint, SPARQL ones included, over a graph that has each kind of node
            Graph fixture = GraphValidator.readMerged(TestPaths.repo().resolve("src/test/resources/org/newsgraph/query/fixture.trig"));
            assertTrue(GraphValidator.create().build().validate(fixture).conforms());
            assertEquals(List.of(), log.events(), "Jena logged warnings while loading");
        }
        assertTrue(Ontology.model().isIsomorphicWith(ontology()), "the packaged ontology is the checked-in one");
    }

    @Test
    void ontologyMetadata() {
        Model m = ontology();
        Resource o = m.createResource("https://w3id.org/newsgraph/ontology");
        assertTrue(m.contains(o, RDF.type, OWL.Ontology));
        assertTrue(m.contains(o, OWL.versionIRI, m.createResource("https://w3id.org/newsgraph/ontology/0.1.0")));
        assertTrue(m.contains(o, DCTerms.license, m.createResource("https://www.apache.org/licenses/LICENSE-2.0")));
        assertTrue(m.contains(o, DCTerms.creator, "The newsgraph project"));
    }

    @Test
    void everyNgTermIsDocumentedAndEveryStandardTermIsReusedNotRedeclared() {
        Model m = ontology();
        List<String> problems = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            for (Resource t : m.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (t.isAnon()) {
                    continue;
                }
                if (!t.getURI().startsWith(NG.NS)) {
                    problems.add(t + " is a standard term redeclared");
                    continue;
                }
                if (!m.contains(t, RDFS.label) || !m.contains(t, RDFS.comment)) {
                    problems.add(t + " lacks rdfs:label or rdfs:comment");
                }
                if (type.equals(OWL.Class) && !m.contains(t, RDFS.subClassOf)) {
                    problems.add(t + " is not aligned to any class");
                }
                if (!type.equals(OWL.Class) && (!m.contains(t, RDFS.domain) || !m.contains(t, RDFS.range))) {
                    problems.add(t + " lacks a domain or range");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void classesAreAlignedToTheStandardTermsTheySpecialise() {
        Model m = ontology();
        String[][] expected = {
            {NG.NS + "Claim", SCHEMA + "Claim"}, {NG.NS + "Claim", PROV + "Entity"},
            {NG.NS + "UnnamedSource", PROV + "Agent"}, {NG.NS + "Document", SCHEMA + "NewsArticle"},
            {NG.NS + "Document", NIF + "Context"}, {NG.NS + "AnaphoricMention", NIF + "Phrase"}};
        for (String[] e : expected) {
            assertTrue(m.contains(m.createResource(e[0]), RDFS.subClassOf, m.createResource(e[1])), e[0] + " ⊑ " + e[1]);
        }
    }

    private static Set<String> declaredNgTerms() {
        Set<String> out = new TreeSet<>();
        Model m = ontology();
        m.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(NG.NS)) {
                out.add(r.getURI());
            }
        });
        return out;
    }

    @Test
    void everyNgTermTheGraphUsesIsDeclared() {
        Set<String> used = new TreeSet<>();
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            if (q.getGraph().getURI().equals(Iris.ONTOLOGY_GRAPH)) {
                return;
            }
            for (Node n : List.of(q.getPredicate(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NG.NS)) {
                    used.add(n.getURI());
                }
            }
        }));
        Graph fixture = GraphValidator.readMerged(TestPaths.repo().resolve("src/test/resources/org/newsgraph/query/fixture.trig"));
        fixture.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NG.NS)) {
                    used.add(n.getURI());
                }
            }
        });
        assertTrue(used.contains(NG.NS + "Document"), "the seeds' graph uses ng:Document: " + used);
        used.removeAll(declaredNgTerms());
        assertEquals(Set.of(), used, "ng: terms in the graph that the ontology does not declare");
    }

    @Test
    void everyTermOfTheNgVocabularyClassIsDeclared() throws IllegalAccessException {
        Set<String> inCode = new TreeSet<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                inCode.add(r.getURI());
            }
        }
        assertTrue(inCode.size() >= 10, inCode.toString());
        inCode.removeAll(declaredNgTerms());
        assertEquals(Set.of(), inCode);
    }

    @Test
    void theLoaderPutsTheOntologyIntoItsOwnGraphOnceSoSparqlCanQueryTheSchema() {
        Node g = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        DatasetGraph dsg = store.dataset();
        long size = Txn.calculateRead(dsg, () -> dsg.getGraph(g).size());
        assertEquals(Ontology.model().size(), size);
        Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build().run(List.of(TestPaths.seeds()));
        assertEquals(size, (long) Txn.calculateRead(dsg, () -> dsg.getGraph(g).size()), "reloading replaces, not adds");
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { GRAPH <" + Iris.ONTOLOGY_GRAPH + "> { <"
                + NG.NS + "Claim> rdfs:subClassOf <" + SCHEMA + "Claim> } }";
        assertTrue(Txn.calculateRead(dsg, () -> org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).ask()));
        boolean inDocGraphs = Txn.calculateRead(dsg, () -> org.apache.jena.sparql.exec.QueryExec.dataset(dsg)
                .query("ASK { GRAPH ?g { <" + NG.NS + "Claim> ?p ?o } FILTER (?g != <" + Iris.ONTOLOGY_GRAPH + ">) }").ask());
        assertFalse(inDocGraphs, "the ontology is in its own graph only");
    }

    @Test
    void theDiagramShowsTheMainClassesAndItsPictureIsCheckedIn() throws java.io.IOException {
        Path dir = TestPaths.repo().resolve("ontology");
        String dot = java.nio.file.Files.readString(dir.resolve("newsgraph.dot"));
        String svg = java.nio.file.Files.readString(dir.resolve("newsgraph.svg"));
        String readme = java.nio.file.Files.readString(dir.resolve("README.md"));
        for (String c : List.of("ng:Document", "nif:Phrase", "schema:Person", "schema:Organization", "org:Membership",
                "org:Role", "ng:Claim", "ng:UnnamedSource")) {
            assertTrue(dot.contains(c), "the diagram source shows " + c);
            assertTrue(svg.contains(c), "the rendered picture shows " + c + " (render again: dot -Tsvg newsgraph.dot -o newsgraph.svg)");
        }
        assertTrue(java.nio.file.Files.size(dir.resolve("newsgraph.png")) > 10_000);
        assertTrue(readme.contains("newsgraph.svg") && readme.contains("newsgraph.dot"));
    }

    @SuppressWarnings("unused")
    private static String show(Statement s) {
        RDFNode o = s.getObject();
        return s.getSubject() + " " + s.getPredicate() + " " + o;
    }
}
