package org.newsgraph.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.PROV;
import org.newsgraph.store.GraphStore;

/**
 * Links the persons, organisations and places of a store to entities of a target dataset
 * (Wikidata, or a file in its shape). Each link has a confidence in [0,1]: {@code owl:sameAs} at
 * or above the threshold, {@code skos:closeMatch} below it down to a floor, each reified with
 * {@code ng:confidence}; all of them in the links graph ({@link Iris#LINKS_GRAPH}), which a run
 * replaces whole. When two candidates are too close to call nothing is linked and the report says so.
 * The store is only written at the end, so a source that fails leaves it as it was.
 *
 * <pre>
 * LinkReport r = Linker.create().store(gs).source(EndpointSource.create().endpoint(url).build()).build().run();
 * </pre>
 */
public final class Linker {

    private final GraphStore store;
    private final CandidateSource source;
    private final double minConfidence;
    private final double floor;
    private final double margin;

    private Linker(Builder b) {
        this.store = b.store;
        this.source = b.source;
        this.minConfidence = b.minConfidence;
        this.floor = b.floor;
        this.margin = b.margin;
    }

    public static Builder create() {
        return new Builder();
    }

    public LinkReport run() {
        long t0 = System.nanoTime();
        List<LinkEntity> entities = StoreEntities.read(store.dataset());
        long t1 = System.nanoTime();
        List<Map<String, Double>> forms = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (LinkEntity e : entities) {
            Map<String, Double> f = NameForms.of(e.type(), e.label(), e.aliases());
            forms.add(f);
            names.addAll(f.keySet());
        }
        Graph candidates = source.fetch(names);
        long t2 = System.nanoTime();
        Ranker ranker = new Ranker(candidates);
        List<LinkReport.Decision> decisions = new ArrayList<>();
        Graph links = GraphFactory.createDefaultGraph();
        int[] n = new int[LinkReport.Outcome.values().length];
        for (int i = 0; i < entities.size(); i++) {
            LinkEntity e = entities.get(i);
            LinkReport.Decision d = decide(e, ranker.rank(e, forms.get(i)));
            if (d.target() != null || d.outcome() == LinkReport.Outcome.AMBIGUOUS) {
                d = splitByDocument(e, forms.get(i), ranker, d);
            }
            n[d.outcome().ordinal()]++;
            decisions.add(d);
            if (d.outcome() == LinkReport.Outcome.SAME_AS || d.outcome() == LinkReport.Outcome.CLOSE_MATCH) {
                write(links, d);
            }
        }
        Node graphName = NodeFactory.createURI(Iris.LINKS_GRAPH);
        links.add(Triple.create(graphName, RDF.type.asNode(), PROV.Entity.asNode()));
        links.add(Triple.create(graphName, NG.linkedBy.asNode(), NodeFactory.createLiteralString(source.target())));
        links.add(Triple.create(graphName, PROV.generatedAtTime.asNode(), NodeFactory.createLiteralDT(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime)));
        long t3 = System.nanoTime();
        store.replaceGraph(graphName, links);
        long t4 = System.nanoTime();
        String phases = String.format(Locale.ROOT, "reading the store %.1f s, look-ups of %d names %.1f s, ranking %.1f s, writing %.1f s",
                (t1 - t0) / 1e9, names.size(), (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
        return new LinkReport(entities.size(), n[0], n[1], n[2], n[3], List.copyOf(decisions), source.target(),
                source.costs(), (t4 - t0) / 1e9, phases);
    }

    private LinkReport.Decision decide(LinkEntity e, List<Ranker.Scored> ranked) {
        String type = e.type().label();
        if (ranked.isEmpty()) {
            return new LinkReport.Decision(e.iri(), e.label(), type, LinkReport.Outcome.NOT_FOUND, null, 0, "no candidate");
        }
        Ranker.Scored best = ranked.get(0);
        if (ranked.size() > 1 && best.score() - ranked.get(1).score() < margin) {
            String why = ranked.stream().limit(3).map(Linker::brief).collect(Collectors.joining(" vs "));
            return new LinkReport.Decision(e.iri(), e.label(), type, LinkReport.Outcome.AMBIGUOUS, null, 0,
                    "too close to call: " + why);
        }
        double conf = round(best.score() * Ranker.share(ranked));
        String why = brief(best) + (ranked.size() > 1 ? " over " + (ranked.size() - 1) + " other" + (ranked.size() > 2 ? "s" : "") : "");
        LinkReport.Outcome o = conf >= minConfidence ? LinkReport.Outcome.SAME_AS
                : conf >= floor ? LinkReport.Outcome.CLOSE_MATCH : LinkReport.Outcome.NOT_FOUND;
        return new LinkReport.Decision(e.iri(), e.label(), type, o, o == LinkReport.Outcome.NOT_FOUND ? null : best.iri().getURI(),
                conf, why);
    }

    /**
     * When the documents that name an entity each have a clear but different best candidate, one
     * name stands for different people (or places) there: link none of them, and say which
     * document points where.
     */
    private LinkReport.Decision splitByDocument(LinkEntity e, Map<String, Double> forms, Ranker ranker,
            LinkReport.Decision d) {
        if (e.byDocument().size() < 2) {
            return d;
        }
        Map<String, String> winners = new java.util.TreeMap<>();
        e.byDocument().forEach((doc, ctx) -> {
            List<Ranker.Scored> r = ranker.rank(e, forms, ctx);
            // a document counts only when its own context decides clearly: twice the usual margin
            if (!r.isEmpty() && r.get(0).score() >= floor
                    && (r.size() == 1 || r.get(0).score() - r.get(1).score() >= Math.max(2 * margin, 0.1))) {
                winners.put(doc, r.get(0).iri().getURI());
            }
        });
        if (new java.util.HashSet<>(winners.values()).size() < 2) {
            return d;
        }
        String why = winners.entrySet().stream().map(w -> w.getKey() + " -> " + w.getValue().replace(Ranker.WD, "wd:"))
                .collect(Collectors.joining(", "));
        return new LinkReport.Decision(e.iri(), e.label(), e.type().label(), LinkReport.Outcome.AMBIGUOUS, null, 0,
                "documents disagree: " + why);
    }

    private static String brief(Ranker.Scored s) {
        return String.format(Locale.ROOT, "%s \"%s\" (%s) %.3f%s", s.iri().getURI().replace(Ranker.WD, "wd:"), s.label(),
                s.description(), s.score(), s.evidence().isEmpty() ? "" : " context: " + String.join(" ", s.evidence()));
    }

    private static double round(double x) {
        return BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    private static void write(Graph g, LinkReport.Decision d) {
        Node s = NodeFactory.createURI(d.entity()), o = NodeFactory.createURI(d.target());
        Node p = d.outcome() == LinkReport.Outcome.SAME_AS ? OWL.sameAs.asNode() : SKOS.closeMatch.asNode();
        g.add(Triple.create(s, p, o));
        Node st = NodeFactory.createURI(Iris.BASE + "link/" + Iris.sha256(d.entity() + " " + d.target()).substring(0, 20));
        g.add(Triple.create(st, RDF.type.asNode(), RDF.Statement.asNode()));
        g.add(Triple.create(st, RDF.subject.asNode(), s));
        g.add(Triple.create(st, RDF.predicate.asNode(), p));
        g.add(Triple.create(st, RDF.object.asNode(), o));
        g.add(Triple.create(st, NG.confidence.asNode(),
                org.newsgraph.rdf.Literals.decimal(BigDecimal.valueOf(d.confidence()).setScale(3, RoundingMode.HALF_UP))));
    }

    /** Builds a {@link Linker}. */
    public static final class Builder {
        private GraphStore store;
        private CandidateSource source;
        private double minConfidence = 0.7;
        private double floor = 0.4;
        private double margin = 0.05;

        public Builder store(GraphStore s) {
            this.store = s;
            return this;
        }

        public Builder source(CandidateSource s) {
            this.source = s;
            return this;
        }

        /** The confidence from which a link is {@code owl:sameAs} (default 0.7). */
        public Builder minConfidence(double x) {
            this.minConfidence = checkUnit("min-confidence", x);
            return this;
        }

        /** The confidence below which nothing is written, not even {@code skos:closeMatch} (default 0.4). */
        public Builder floor(double x) {
            this.floor = checkUnit("floor", x);
            return this;
        }

        /** How far ahead of the next the best candidate's score must be (default 0.05); closer is ambiguous. */
        public Builder margin(double x) {
            this.margin = checkUnit("margin", x);
            return this;
        }

        private static double checkUnit(String name, double x) {
            if (!(x >= 0 && x <= 1)) {
                throw new IllegalArgumentException(name + " must be in [0,1]: " + x);
            }
            return x;
        }

        public Linker build() {
            if (store == null || source == null) {
                throw new IllegalStateException("A linker needs a store and a candidate source");
            }
            if (floor > minConfidence) {
                throw new IllegalArgumentException("The floor (" + floor + ") is above the sameAs threshold (" + minConfidence + ")");
            }
            return new Linker(this);
        }
    }
}
