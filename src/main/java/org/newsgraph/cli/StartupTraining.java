package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.NewsGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.GraphStore;

/**
 * Not a user command: runs {@code newsgraph query} on a small temporary store, so that the
 * launcher can record the classes a start loads (a query on a store, and one against an endpoint) in a class-data archive
 * ({@code java -XX:ArchiveClassesAtExit}); later starts map that archive instead of reading,
 * verifying and linking some 5,000 classes from the jars again (see the launcher {@code newsgraph}).
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("newsgraph-startup");
        try {
            Path store = dir.resolve("store");
            try (GraphStore gs = GraphStore.open(store)) {
                gs.replaceGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), Ontology.model().getGraph());
            }
            OutputStream none = OutputStream.nullOutputStream();
            for (String format : new String[] {"table", "csv", "json"}) {
                NewsGraph.execute(none, none, "query", "ontology", "--param", "name=claim", "--format", format, "--store", store.toString());
            }
            NewsGraph.execute(none, none, "query", "persons", "--store", store.toString());
            // and against an endpoint: the HTTP client and the result parsers a query --endpoint loads
            try (GraphStore gs = GraphStore.openExisting(store);
                 NewsGraphServer server = NewsGraphServer.create().dataset(gs.dataset()).port(0).ui(false).build().start()) {
                for (String format : new String[] {"table", "csv"}) {
                    NewsGraph.execute(none, none, "query", "ontology", "--param", "name=claim", "--format", format,
                            "--endpoint", server.datasetUrl() + "/sparql");
                }
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
