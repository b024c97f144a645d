package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.names.EntityType;

/**
 * Ranks the candidates of one entity: by name (label or alias, through the same folding as the
 * extractor), filtered by type (humans for persons; organisations; places, with organisation and
 * place allowed for each other at a cost, since news names a capital for its government), and by
 * context (the entity's context words against the candidate's description and statements).
 */
final class Ranker {

    static final String WD = "http://www.wikidata.org/entity/";
    static final String WDT = "http://www.wikidata.org/prop/direct/";
    static final Node P31 = NodeFactory.createURI(WDT + "P31");
    static final Node P279 = NodeFactory.createURI(WDT + "P279");
    static final Node ROOT = NodeFactory.createURI("https://w3id.org/newsgraph/link#root");
    static final Node DESCRIPTION = NodeFactory.createURI("http://schema.org/description");
    static final Node SITELINKS = NodeFactory.createURI("http://wikiba.se/ontology#sitelinks");
    /** The statements whose values describe a candidate (see candidates.rq). */
    static final Set<Node> DESCRIBING = Set.of("P39", "P108", "P463", "P106", "P27", "P17", "P102", "P131", "P159")
            .stream().map(p -> NodeFactory.createURI(WDT + p)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Kinds of target entity. */
    enum Kind { HUMAN, ORGANIZATION, PLACE }

    /** The worth of a type that is only close: an organisation for a place or the other way round. */
    static final double NEAR_TYPE = 0.7;
    /** A person named by one word only matches weakly. */
    static final double ONE_WORD = 0.75;
    /** Softmax temperature that turns score gaps into a share of belief. */
    static final double TEMPERATURE = 0.05;

    private static final Map<String, Kind> CLASSES = new HashMap<>();

    static {
        for (String line : Resources.lines("kb-classes.tsv")) {
            String[] f = line.split("\t");
            CLASSES.put(WD + f[0], Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** A scored candidate, with the context words that spoke for it. */
    record Scored(Node iri, String label, String description, double name, double type, double context,
            double score, List<String> evidence) {
    }

    private final Graph g;
    private final Map<EntityType, Map<String, Map<Node, Double>>> index = new EnumMap<>(EntityType.class);
    private final Map<Node, Set<Kind>> kinds = new HashMap<>();

    Ranker(Graph candidates) {
        this.g = candidates;
    }

    /** Candidates of {@code e} that pass the type filter, best first. */
    List<Scored> rank(LinkEntity e, Map<String, Double> forms) {
        return rank(e, forms, e.context());
    }

    /** Candidates of {@code e} ranked on the given context (one document's, say), best first. */
    List<Scored> rank(LinkEntity e, Map<String, Double> forms, Context context) {
        Map<String, Map<Node, Double>> idx = index.computeIfAbsent(e.type(), this::buildIndex);
        Map<Node, Double> nameScore = new LinkedHashMap<>();
        for (Map.Entry<String, Double> f : forms.entrySet()) {
            String key = NameForms.key(e.type(), f.getKey());
            double oneWord = e.type() == EntityType.PERSON && !key.contains(" ") ? ONE_WORD : 1.0;
            idx.getOrDefault(key, Map.of()).forEach((c, w) -> nameScore.merge(c, w * f.getValue() * oneWord, Math::max));
        }
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<Node, Double> c : nameScore.entrySet()) {
            double type = typeFactor(e.type(), kindsOf(c.getKey()));
            if (type == 0) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            double s = 0;
            for (String stem : bag(c.getKey())) {
                double w = context.weight(stem);
                if (w > 0) {
                    s += w;
                    evidence.add(stem);
                }
            }
            double ctx = s / (s + 2.0);
            double prior = prior(c.getKey());
            double score = c.getValue() * type * (0.6 + 0.3 * ctx + 0.1 * prior);
            out.add(new Scored(c.getKey(), literal(c.getKey(), RDFS.label.asNode()), literal(c.getKey(), DESCRIPTION),
                    c.getValue(), type, ctx, score, evidence));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(x -> x.iri().getURI()));
        return out;
    }

    /** The share of belief the best candidate holds against the others (1 when alone). */
    static double share(List<Scored> ranked) {
        double best = ranked.get(0).score(), sum = 0;
        for (Scored s : ranked) {
            sum += Math.exp((s.score() - best) / TEMPERATURE);
        }
        return 1.0 / sum;
    }

    private Map<String, Map<Node, Double>> buildIndex(EntityType type) {
        Map<String, Map<Node, Double>> idx = new HashMap<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            double w = p.equals(RDFS.label.asNode()) ? NameForms.LABEL : NameForms.ALIAS;
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral() && g.contains(t.getSubject(), P31, Node.ANY)) {
                    String key = NameForms.key(type, t.getObject().getLiteralLexicalForm());
                    idx.computeIfAbsent(key, k -> new HashMap<>()).merge(t.getSubject(), w, Math::max);
                }
            });
        }
        return idx;
    }

    Set<Kind> kindsOf(Node c) {
        return kinds.computeIfAbsent(c, x -> {
            Set<Kind> direct = EnumSet.noneOf(Kind.class), roots = EnumSet.noneOf(Kind.class);
            for (Triple t : g.find(x, P31, Node.ANY).toList()) {
                Node cls = t.getObject();
                add(direct, cls);
                g.find(cls, P279, Node.ANY).forEachRemaining(s -> add(direct, s.getObject()));
                g.find(cls, ROOT, Node.ANY).forEachRemaining(s -> add(roots, s.getObject()));
            }
            Set<Kind> k = direct.isEmpty() ? roots : direct;
            // a human is never an organisation or a place, however the classes above it read
            return k.contains(Kind.HUMAN) ? EnumSet.of(Kind.HUMAN) : k;
        });
    }

    private static void add(Set<Kind> s, Node cls) {
        Kind k = cls.isURI() ? CLASSES.get(cls.getURI()) : null;
        if (k != null) {
            s.add(k);
        }
    }

    static double typeFactor(EntityType t, Set<Kind> k) {
        return switch (t) {
            case PERSON -> k.contains(Kind.HUMAN) ? 1.0 : 0.0;
            case ORGANIZATION -> k.contains(Kind.HUMAN) ? 0.0 : k.contains(Kind.ORGANIZATION) ? 1.0
                    : k.contains(Kind.PLACE) ? NEAR_TYPE : 0.0;
            case PLACE -> k.contains(Kind.HUMAN) ? 0.0 : k.contains(Kind.PLACE) ? 1.0
                    : k.contains(Kind.ORGANIZATION) ? NEAR_TYPE : 0.0;
        };
    }

    /** The context stems of a candidate: its description and the labels of its describing statements. */
    private Set<String> bag(Node c) {
        Set<String> own = new HashSet<>();
        g.find(c, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> own.addAll(stemsOf(t.getObject())));
        g.find(c, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> own.addAll(stemsOf(t.getObject())));
        Set<String> bag = new java.util.TreeSet<>();
        g.find(c, DESCRIPTION, Node.ANY).forEachRemaining(t -> bag.addAll(stemsOf(t.getObject())));
        g.find(c, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (DESCRIBING.contains(t.getPredicate())) {
                g.find(t.getObject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> bag.addAll(stemsOf(l.getObject())));
            }
        });
        bag.removeAll(own);
        return bag;
    }

    private static Set<String> stemsOf(Node lit) {
        return lit.isLiteral() ? Words.stems(lit.getLiteralLexicalForm()) : Set.of();
    }

    /** How well known a candidate is (Wikipedia site links), in [0,1]; 0 when the data does not say. */
    private double prior(Node c) {
        double best = 0;
        for (Triple t : g.find(c, SITELINKS, Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                try {
                    double n = Double.parseDouble(t.getObject().getLiteralLexicalForm());
                    best = Math.max(best, Math.min(1.0, Math.log10(1 + n) / 2.5));
                } catch (NumberFormatException e) {
                    // not a count: no prior
                }
            }
        }
        return best;
    }

    /** An English (else any) literal of {@code p}, for the report. */
    private String literal(Node c, Node p) {
        String any = null;
        for (Triple t : g.find(c, p, Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                String lang = t.getObject().getLiteralLanguage();
                if ("en".equals(lang)) {
                    return t.getObject().getLiteralLexicalForm();
                }
                if (any == null || any.compareTo(t.getObject().getLiteralLexicalForm()) > 0) {
                    any = t.getObject().getLiteralLexicalForm();
                }
            }
        }
        return any == null ? "" : any;
    }
}
