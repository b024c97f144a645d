package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes DOT for Graphviz: a digraph whose nodes are coloured by type; co-mention edges have no
 * arrow ({@code dir=none}); weights are Graphviz's {@code weight} and set the pen width.
 * The other attributes (type, mentions, wikidata, iri, kind) are kept for tools that read them.
 */
final class DotWriter {

    private static final Map<String, String> COLOURS = Map.of(
            "Person", "#fde7c8", "Organization", "#cfe3f7", "Place", "#d7f0d2");

    private DotWriter() {
    }

    static void write(Network n, OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("digraph " + quote(n.name()) + " {\n");
            w.write("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n");
            w.write("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eeeeee\", fontname=\"Helvetica\"];\n");
            w.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
            for (Network.Node node : n.nodes()) {
                w.write("  " + node.id() + " [label=" + quote(node.label()) + ", type=" + quote(node.type())
                        + ", mentions=" + node.mentions()
                        + node.wikidata().map(wd -> ", wikidata=" + quote(wd) + ", URL=" + quote(wd)).orElse("")
                        + ", iri=" + quote(node.iri())
                        + (COLOURS.containsKey(node.type()) ? ", fillcolor=" + quote(COLOURS.get(node.type())) : "")
                        + "];\n");
            }
            for (Network.Edge e : n.edges()) {
                // Graphviz's dot wants integer weights
                long weight = Math.max(1, Math.round(e.weight()));
                w.write("  " + e.source() + " -> " + e.target() + " [kind=" + quote(e.kind().label())
                        + (e.label().isEmpty() ? "" : ", label=" + quote(e.label()))
                        + ", weight=" + weight + ", penwidth=" + Math.min(6, 1 + Math.log(weight))
                        + (e.directed() ? "" : ", dir=none, style=dashed, color=\"#888888\"")
                        + "];\n");
            }
            w.write("}\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOT quoted string: backslashes and quotes escaped, line breaks made spaces. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.append('"').toString();
    }
}
