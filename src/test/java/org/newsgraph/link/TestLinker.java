package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.TestPaths;
import org.newsgraph.names.EntityType;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.NameVariants;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/**
 * Linking the seeds' graph against a second, real Fuseki (port 0, loopback) that serves a fixture
 * in Wikidata's shape, and against the same fixture as files.
 */
class TestLinker {

    static final String WD = "http://www.wikidata.org/entity/";
    static final Path FIXTURE = TestPaths.repo().resolve("src/test/resources/org/newsgraph/link/wikidata-fixture.ttl");
    static final Node LINKS = NodeFactory.createURI(Iris.LINKS_GRAPH);

    @TempDir
    static Path tmp;

    static GraphStore store;
    static FusekiServer wikidata;
    static final AtomicInteger requests = new AtomicInteger();
    /** How many of the next requests the fixture server fails, and with which status. */
    static final AtomicInteger failNext = new AtomicInteger();
    static volatile int failStatus = 503;
    static final List<String> userAgents = new ArrayList<>();

    /** Counts the requests that reach the fixture server, and keeps their User-Agent. */
    static final class Counter implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            requests.incrementAndGet();
            synchronized (userAgents) {
                userAgents.add(((HttpServletRequest) req).getHeader("User-Agent"));
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                ((jakarta.servlet.http.HttpServletResponse) res).sendError(failStatus, "failing on purpose");
                return;
            }
            chain.doFilter(req, res);
        }
    }

    @BeforeAll
    static void start() {
        store = GraphStore.open(tmp.resolve("store"));
        Loader.Summary s = Loader.create().store(store).errors(new PrintWriter(new StringWriter())).build()
                .run(List.of(TestPaths.seeds()));
        assertEquals(0, s.failed());
        DatasetGraph kb = DatasetGraphFactory.createTxnMem();
        RDFParser.source(FIXTURE).parse(kb);
        wikidata = FusekiServer.create().port(0).loopback(true).fusekiModules(FusekiModules.create())
                .add("/wikidata", kb, false).addFilter("/*", new Counter()).build().start();
    }

    @AfterAll
    static void stop() {
        if (wikidata != null) {
            wikidata.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static String endpoint() {
        return "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";
    }

    static EndpointSource source(Path cache) {
        return EndpointSource.create().endpoint(endpoint()).timeout(Duration.ofSeconds(20)).retries(1)
                .backoff(Duration.ofMillis(100)).batchSize(10).cache(cache).build();
    }

    static LinkReport link(CandidateSource src) {
        return Linker.create().store(store).source(src).build().run();
    }

    /** The links graph's owl:sameAs and skos:closeMatch triples as "entity predicate target" lines. */
    static Set<String> links() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().getGraph(LINKS).find().forEachRemaining(t -> {
                if (t.getPredicate().equals(OWL.sameAs.asNode()) || t.getPredicate().equals(SKOS.closeMatch.asNode())) {
                    out.add(t.getSubject().getURI() + " " + t.getPredicate().getLocalName() + " " + t.getObject().getURI());
                }
            });
            return out;
        });
    }

    static Graph linksGraph() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(LINKS).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** The decisions about entities of {@code type} whose label folds to a key that passes {@code key}. */
    static List<LinkReport.Decision> about(LinkReport r, EntityType type, Predicate<String> key) {
        return r.decisions().stream().filter(d -> d.type().equals(type.label()) && key.test(NameVariants.key(type, d.label())))
                .toList();
    }

    @Test
    void linksTheRightTargetsOverHttpAndASecondRunAsksNothing() {
        // a previous run's links must go: the links graph is replaced whole
        Node stale = NodeFactory.createURI("https://w3id.org/newsgraph/entity/person/nobody");
        store.replaceGraph(LINKS, GraphFactory.createGraphMem());
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(LINKS, stale, OWL.sameAs.asNode(),
                NodeFactory.createURI(WD + "Q1")));

        Path cache = tmp.resolve("cache");
        requests.set(0);
        synchronized (userAgents) {
            userAgents.clear();
        }
        LinkReport r;
        try (EndpointSource src = source(cache)) {
            r = link(src);
            assertEquals(requests.get(), src.requests(), "requests the server saw");
        }
        assertTrue(requests.get() > 0);
        assertTrue(userAgents.stream().allMatch(ua -> ua != null && ua.startsWith("newsgraph/")), userAgents.toString());
        assertEquals(r.seen(), r.sameAs() + r.closeMatch() + r.ambiguous() + r.notFound());

        // Witkoff, under his full given name or the nickname the fixture does not list
        List<LinkReport.Decision> witkoff = about(r, EntityType.PERSON, k -> k.endsWith(" witkoff"));
        assertFalse(witkoff.isEmpty(), "the seeds name Steve/Steven Witkoff");
        for (LinkReport.Decision d : witkoff) {
            assertEquals(LinkReport.Outcome.SAME_AS, d.outcome(), d.toString());
            assertEquals(WD + "Q9900001", d.target(), d.toString());
        }
        // two Maria Zakharovas: the Russian diplomat, not the Austrian skier, by context
        LinkReport.Decision zakharova = about(r, EntityType.PERSON, "maria zakharova"::equals).get(0);
        assertEquals(WD + "Q9900002", zakharova.target(), zakharova.toString());
        assertEquals(LinkReport.Outcome.SAME_AS, zakharova.outcome());
        // two Andrei Klintsevichs that nothing in the text tells apart: left unlinked, and said so
        LinkReport.Decision klintsevich = about(r, EntityType.PERSON, "andrei klintsevich"::equals).get(0);
        assertEquals(LinkReport.Outcome.AMBIGUOUS, klintsevich.outcome());
        assertTrue(r.describe().contains("ambiguous  Andrei Klintsevich"), r.describe());
        // the organisation by its acronym; the place (whatever type the recogniser gives it), never the film
        LinkReport.Decision nato = about(r, EntityType.ORGANIZATION, "nato"::equals).get(0);
        assertEquals(WD + "Q9900030", nato.target());
        List<LinkReport.Decision> moscow = r.decisions().stream().filter(d -> d.label().equals("Moscow")).toList();
        assertFalse(moscow.isEmpty());
        moscow.forEach(d -> assertEquals(WD + "Q9900020", d.target(), d.toString()));

        Set<String> links = links();
        assertFalse(links.stream().anyMatch(l -> l.startsWith(stale.getURI())), "stale link kept: " + links);
        assertFalse(links.stream().anyMatch(l -> l.startsWith(klintsevich.entity() + " ")), links.toString());
        assertTrue(links.contains(zakharova.entity() + " sameAs " + WD + "Q9900002"), links.toString());
        assertEquals(r.linked(), links.size());
        checkConfidences(linksGraph(), r);

        // the second run: every name from the cache, no request reaches the server, the same links
        requests.set(0);
        try (EndpointSource again = source(cache)) {
            LinkReport r2 = link(again);
            assertEquals(0, again.requests());
            assertEquals(r.decisions().size(), r2.decisions().size());
        }
        assertEquals(0, requests.get(), "requests on the cached run");
        assertEquals(links, links());
    }

    @Test
    void aFailedRequestIsRetriedAndABadRequestIsNot() {
        Set<String> expected;
        try (KbFileSource kb = KbFileSource.create().file(FIXTURE).build()) {
            link(kb);
            expected = links();
        }
        // a server error, then answers: the run retries and links as before
        requests.set(0);
        failStatus = 503;
        failNext.set(1);
        try (EndpointSource src = source(null)) {
            link(src);
            assertEquals(requests.get(), src.requests());
        }
        assertEquals(0, failNext.get());
        assertEquals(expected, links());
        // a refusal (400) is not worth repeating: one request, a clear error, the links graph as it was
        Graph before = linksGraph();
        requests.set(0);
        failStatus = 400;
        failNext.set(5);
        try (EndpointSource src = source(null)) {
            org.newsgraph.NewsGraphException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.newsgraph.NewsGraphException.class, () -> link(src));
            assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains(endpoint()), e.getMessage());
        } finally {
            failNext.set(0);
        }
        assertEquals(1, requests.get());
        assertTrue(before.isIsomorphicWith(linksGraph()));
    }

    /** Every link is reified with a confidence in [0,1] that agrees with its predicate and the report. */
    static void checkConfidences(Graph g, LinkReport r) {
        Map<String, Double> conf = r.decisions().stream().filter(d -> d.target() != null)
                .collect(Collectors.toMap(d -> d.entity() + " " + d.target(), LinkReport.Decision::confidence));
        int statements = 0;
        for (var st : g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).toList()) {
            Node s = st.getSubject();
            Node subj = g.find(s, RDF.subject.asNode(), Node.ANY).next().getObject();
            Node pred = g.find(s, RDF.predicate.asNode(), Node.ANY).next().getObject();
            Node obj = g.find(s, RDF.object.asNode(), Node.ANY).next().getObject();
            double c = Double.parseDouble(g.find(s, NG.confidence.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
            assertTrue(g.contains(subj, pred, obj), "reified link not asserted: " + s);
            assertTrue(c >= 0 && c <= 1);
            assertEquals(pred.equals(OWL.sameAs.asNode()), c >= 0.7, "predicate and threshold disagree for " + subj);
            assertEquals(conf.get(subj.getURI() + " " + obj.getURI()), c, 1e-9);
            statements++;
        }
        assertEquals(r.linked(), statements);
    }

    @Test
    void theFixtureAsFilesGivesTheSameLinksAsTheEndpoint() throws IOException {
        Set<String> overHttp;
        try (EndpointSource src = source(null)) {
            link(src);
            overHttp = links();
        }
        assertFalse(overHttp.isEmpty());
        try (KbFileSource kb = KbFileSource.create().file(FIXTURE).build()) {
            link(kb);
        }
        assertEquals(overHttp, links());
        // the same data as gzipped N-Triples
        Path gz = tmp.resolve("fixture.nt.gz");
        Graph g = RDFParser.source(FIXTURE).toGraph();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            RDFDataMgr.write(out, g, Lang.NTRIPLES);
        }
        store.replaceGraph(LINKS, GraphFactory.createGraphMem());
        try (KbFileSource kb = KbFileSource.create().file(gz).build()) {
            link(kb);
        }
        assertEquals(overHttp, links());
    }

    @Test
    void theFederatedQueryFetchesPositionsThroughTheSameAsLinks() {
        try (KbFileSource kb = KbFileSource.create().file(FIXTURE).build()) {
            link(kb);
        }
        String text = QueryCatalogue.load("person-positions-wikidata");
        String wikidataService = "SERVICE <" + EndpointSource.WIKIDATA + ">";
        assertTrue(text.contains(wikidataService), text);
        // the same query, with the fixture server standing in for Wikidata's
        String local = text.replace(wikidataService, "SERVICE <" + endpoint() + ">");
        List<String> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> QueryRunner.create().query(local).param("who", "zakharova")
                .dataset(store.dataset()).build().select()
                .forEachRemaining(b -> rows.add(b.get("name").getLiteralLexicalForm() + " | "
                        + b.get("wikidata").getURI() + " | " + b.get("positionLabel").getLiteralLexicalForm())));
        assertEquals(List.of("Maria Zakharova | " + WD + "Q9900002 | Director of the Information and Press Department"), rows);
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = NewsGraph.execute(out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The store is closed for the command, which opens it itself, and opened again after. */
    static Run cliOnStore(String... args) {
        store.close();
        try {
            List<String> all = new ArrayList<>(List.of("link", "--store", tmp.resolve("store").toString()));
            all.addAll(List.of(args));
            return cli(all.toArray(String[]::new));
        } finally {
            store = GraphStore.open(tmp.resolve("store"));
        }
    }

    @Test
    void commandLineLinksAndReports() {
        Run r = cliOnStore("--kb", FIXTURE.toString(), "--min-confidence", "0.75");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Entities seen "), r.out());
        assertTrue(r.out().contains("ambiguous 1 (not linked)") || r.out().contains("ambiguous "), r.out());
        assertFalse(links().isEmpty());
        assertEquals(2, cliOnStore().code(), "neither --kb nor --endpoint");
        assertEquals(2, cliOnStore("--kb", FIXTURE.toString(), "--min-confidence", "1.5").code());
        Run missing = cliOnStore("--kb", tmp.resolve("nope.ttl").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.ttl"), missing.err());
    }

    @Test
    void anEndpointThatIsDownFailsClearlyAndLeavesTheStoreAsItWas() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Graph before = linksGraph();
        long quads = store.quadCount();
        String url = "http://127.0.0.1:" + port + "/sparql";
        Run r = cliOnStore("--endpoint", url, "--no-cache", "--timeout", "2", "--retries", "1", "--backoff", "0.1");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains(url) && r.err().contains("no answer after 2 tries"), r.err());
        assertTrue(before.isIsomorphicWith(linksGraph()));
        assertEquals(quads, store.quadCount());
    }

    @Test
    void anEndpointThatDoesNotAnswerTimesOutAndLeavesTheStoreAsItWas() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accept, read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Graph before = linksGraph();
            long quads = store.quadCount();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
            Run r = cliOnStore("--endpoint", url, "--no-cache", "--timeout", "1", "--retries", "1", "--backoff", "0.1");
            assertEquals(1, r.code(), r.out());
            assertTrue(r.err().contains(url) && r.err().contains("timeout 1.0 s"), r.err());
            assertTrue(r.err().toLowerCase(java.util.Locale.ROOT).contains("timed out")
                    || r.err().toLowerCase(java.util.Locale.ROOT).contains("timeout"), r.err());
            assertTrue(before.isIsomorphicWith(linksGraph()));
            assertEquals(quads, store.quadCount());
            assertNotNull(acceptor);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        assertNotEquals(0, held.size(), "the client never connected");
    }
}
