package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPaths;

/** {@code newsgraph extract}: each format parses back, with one graph per document. */
class TestExtractCommand {

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(ds);
        return ds;
    }

    @Test
    void nquadsTrigAndJsonLdHoldOneGraphPerDocumentAndAgree() {
        Cli nq = Cli.run("extract", "--format", "nq", TestPaths.seeds().toString());
        assertEquals(0, nq.code(), nq.err());
        DatasetGraph a = parse(nq.out(), Lang.NQUADS);
        assertEquals(2, a.size(), "named graphs");
        Cli trig = Cli.run("extract", "--format", "trig", TestPaths.seeds().toString());
        DatasetGraph b = parse(trig.out(), Lang.TRIG);
        Cli jsonld = Cli.run("extract", "--format", "jsonld", TestPaths.seeds().toString());
        DatasetGraph c = parse(jsonld.out(), Lang.JSONLD);
        a.listGraphNodes().forEachRemaining(g -> {
            assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), "trig differs for " + g);
            assertTrue(a.getGraph(g).isIsomorphicWith(c.getGraph(g)), "json-ld differs for " + g);
        });
        Cli ttl = Cli.run("extract", "--format", "ttl", TestPaths.seeds().toString());
        assertEquals(0, ttl.code());
        assertTrue(parse(ttl.out(), Lang.TURTLE).getDefaultGraph().size() > 100);
    }
}
