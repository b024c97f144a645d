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
import org.newsgraph.store.GraphStore;

/**
 * Not a user command: runs {@code newsgraph query} on a small temporary store, so that the
 * launcher can record the classes a start loads in a class-data archive
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
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
