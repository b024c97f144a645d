package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A network to export: nodes (entities, or whatever a query returned) and edges between them.
 * Node ids are short and safe for every format ({@code n0}, {@code n1}…); the RDF term a node
 * stands for is kept as its {@link Node#iri()}.
 */
public final class Network {

    /** The kinds of edge of the default network, and the one for rows of a query. */
    public enum EdgeKind {
        ROLE("role", true), CLAIM("claim", true), CO_MENTION("co-mention", false), QUERY("query", true);

        private final String label;
        private final boolean directed;

        EdgeKind(String label, boolean directed) {
            this.label = label;
            this.directed = directed;
        }

        public String label() {
            return label;
        }

        public boolean directed() {
            return directed;
        }
    }

    /** A node: its id in the export, the IRI (or literal text) it stands for, label, type, mentions, Wikidata item. */
    public record Node(String id, String iri, String label, String type, long mentions, Optional<String> wikidata) {
    }

    /** An edge between two node ids; {@code label} may be empty. */
    public record Edge(String id, String source, String target, EdgeKind kind, String label, double weight) {
        public boolean directed() {
            return kind.directed();
        }
    }

    private final String name;
    private final List<Node> nodes;
    private final List<Edge> edges;

    private Network(String name, List<Node> nodes, List<Edge> edges) {
        this.name = name;
        this.nodes = Collections.unmodifiableList(nodes);
        this.edges = Collections.unmodifiableList(edges);
    }

    public static Builder create(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Builds a {@link Network}: nodes are keyed by the term they stand for; edges must join known nodes. */
    public static final class Builder {
        private final String name;
        private final Map<String, Node> byKey = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a node for {@code key} (an IRI or a literal) unless there is one; returns its id. */
        public String node(String key, String label, String type, long mentions, String wikidata) {
            Node n = byKey.get(key);
            if (n == null) {
                n = new Node("n" + byKey.size(), key, label == null || label.isBlank() ? key : label,
                        type == null ? "" : type, mentions, Optional.ofNullable(wikidata));
                byKey.put(key, n);
            }
            return n.id();
        }

        public boolean has(String key) {
            return byKey.containsKey(key);
        }

        /** Adds an edge between the nodes of two keys, which must have been added. */
        public Builder edge(String sourceKey, String targetKey, EdgeKind kind, String label, double weight) {
            Node s = byKey.get(sourceKey), t = byKey.get(targetKey);
            if (s == null || t == null) {
                throw new IllegalArgumentException("Edge between unknown nodes: " + sourceKey + " -> " + targetKey);
            }
            edges.add(new Edge("e" + edges.size(), s.id(), t.id(), kind, label == null ? "" : label, weight));
            return this;
        }

        public Network build() {
            return new Network(name, new ArrayList<>(byKey.values()), new ArrayList<>(edges));
        }
    }
}
