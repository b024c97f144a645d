package org.newsgraph.export;

import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes Cytoscape.js JSON: {@code {"data":…, "elements":{"nodes":[{"data":…}], "edges":[…]}}},
 * what {@code cy.json()} and {@code cytoscape({elements})} take and Cytoscape desktop imports.
 */
final class CytoscapeJsonWriter {

    private CytoscapeJsonWriter() {
    }

    static void write(Network n, OutputStream out) {
        JsonObject root = new JsonObject();
        JsonObject meta = new JsonObject();
        meta.put("name", n.name());
        root.put("data", meta);
        JsonArray nodes = new JsonArray(), edges = new JsonArray();
        for (Network.Node node : n.nodes()) {
            JsonObject d = new JsonObject();
            d.put("id", node.id());
            d.put("name", node.label());
            d.put("label", node.label());
            d.put("type", node.type());
            d.put("mentions", node.mentions());
            node.wikidata().ifPresent(wd -> d.put("wikidata", wd));
            d.put("iri", node.iri());
            nodes.add(element(d));
        }
        for (Network.Edge e : n.edges()) {
            JsonObject d = new JsonObject();
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("kind", e.kind().label());
            d.put("directed", e.directed());
            if (!e.label().isEmpty()) {
                d.put("label", e.label());
            }
            if (e.weight() == Math.rint(e.weight())) {
                d.put("weight", (long) e.weight());
            } else {
                d.put("weight", org.apache.jena.atlas.json.JsonNumber.value(e.weight()));
            }
            edges.add(element(d));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        root.put("elements", elements);
        JSON.write(out, root);
    }

    private static JsonObject element(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }
}
