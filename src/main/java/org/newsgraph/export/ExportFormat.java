package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.NewsGraphException;

/** The export formats and the writer of each. */
public enum ExportFormat {
    /** GraphML (Gephi, yEd, Cytoscape), typed {@code <key>}s. */
    GRAPHML("graphml") {
        @Override
        public void write(Network n, OutputStream out) {
            GraphMLWriter.write(n, out);
        }
    },
    /** GEXF 1.3 (Gephi). */
    GEXF("gexf") {
        @Override
        public void write(Network n, OutputStream out) {
            GexfWriter.write(n, out);
        }
    },
    /** DOT (Graphviz). */
    DOT("dot") {
        @Override
        public void write(Network n, OutputStream out) {
            DotWriter.write(n, out);
        }
    },
    /** Cytoscape.js JSON ({@code elements.nodes}, {@code elements.edges}), which Cytoscape desktop imports too. */
    CYJS("cyjs") {
        @Override
        public void write(Network n, OutputStream out) {
            CytoscapeJsonWriter.write(n, out);
        }
    };

    private final String name;

    ExportFormat(String name) {
        this.name = name;
    }

    /** The name on the command line, which is also the file extension. */
    public String formatName() {
        return name;
    }

    public abstract void write(Network n, OutputStream out);

    public static ExportFormat of(String s) {
        for (ExportFormat f : values()) {
            if (f.name.equals(s.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new NewsGraphException(s + ": unknown export format ("
                + Arrays.stream(values()).map(ExportFormat::formatName).collect(Collectors.joining(", ")) + ")");
    }
}
