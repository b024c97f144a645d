package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.names.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * The corpus-level identity pass: after extraction it reads every document's entities from the
 * store, decides which are one ({@link Rules}), moves the mentions of merged entities to one node
 * in the document graphs ({@link Rewriter}), gives every entity one clean label in every document,
 * and replaces the identity graph ({@link Iris#IDENTITY_GRAPH}) with the merges (their rule,
 * evidence and confidence), the pairs it left apart and the party affiliations it found. Running it
 * again on an unchanged store changes nothing; after documents are added or replaced it decides
 * again from the extractor's view of every document, which the rewrite keeps.
 *
 * <pre>
 * IdentityReport r = IdentityPass.create().store(gs).build().run();
 * </pre>
 */
public final class IdentityPass {

    private static final Map<String, String> PARTY_WORDS = loadPartyWords();

    private final DatasetGraph dsg;
    private final Lexicon lexicon;

    private IdentityPass(DatasetGraph dsg, Lexicon lexicon) {
        this.dsg = dsg;
        this.lexicon = lexicon;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The one call {@code build} makes after loading documents. */
    public static IdentityReport runOn(GraphStore store) {
        return create().store(store).build().run();
    }

    private static Map<String, String> loadPartyWords() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Lexicons.Line l : Lexicons.read("/org/newsgraph/identity/party-words.tsv")) {
            String[] c = l.text().split("\t");
            if (c.length != 2) {
                throw new IllegalStateException("party-words.tsv:" + l.number() + ": want word<TAB>party: " + l.text());
            }
            out.put(c[0].strip(), c[1].strip());
        }
        return out;
    }

    public IdentityReport run() {
        long t0 = System.nanoTime();
        CorpusView view = CorpusView.read(dsg);
        long t1 = System.nanoTime();
        Map<String, Entry> entries = new TreeMap<>();
        Map<List<String>, Map<String, Integer>> docAnchors = new HashMap<>();
        for (CorpusView.Occurrence o : view.occurrences) {
            entries.computeIfAbsent(o.orig(), k -> new Entry(k, o.type())).add(o.doc(), o.anchors());
            Map<String, Integer> a = docAnchors.computeIfAbsent(List.of(o.doc(), o.orig()), k -> new TreeMap<>());
            o.anchors().forEach((k, n) -> a.merge(k, n, Integer::sum));
        }
        Map<String, Set<String>> docEntities = view.entitiesByDocument();
        Rules rules = new Rules(entries, docEntities, docAnchors, view.qids, PARTY_WORDS,
                lexicon.initialsSkipWords());
        rules.run();

        // which documents change, and the label every entity gets
        Set<String> changed = new TreeSet<>();
        Map<String, Map<String, Integer>> own = new HashMap<>();
        Map<String, Map<String, Integer>> all = new HashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (CorpusView.Occurrence o : view.occurrences) {
            String t = rules.resolve(o.doc(), o.orig());
            if (!t.equals(o.current())) {
                changed.add(o.doc());
            }
            types.putIfAbsent(t, o.type());
            Decision d = rules.global.get(o.orig());
            boolean isOwn = t.equals(o.orig()) || (d != null && (d.rule().equals("full-name") || d.rule().equals("wikidata"))
                    && rules.resolve(o.doc(), o.orig()).equals(rules.groups.find(o.orig())));
            o.anchors().forEach((a, n) -> {
                String f = Labels.clean(o.type(), a);
                all.computeIfAbsent(t, k -> new HashMap<>()).merge(f, n, Integer::sum);
                if (isOwn) {
                    own.computeIfAbsent(t, k -> new HashMap<>()).merge(f, n, Integer::sum);
                }
            });
        }
        Map<String, String> labels = new HashMap<>();
        all.forEach((t, forms) -> {
            Map<String, Integer> o = own.get(t);
            String hint = rules.labelHints.get(t);
            labels.put(t, o != null ? Labels.commonest(types.get(t), o) : hint != null ? hint : Labels.commonest(types.get(t), forms));
        });

        // party affiliations, read in the extractor's view before the rewrite
        Map<String, String> partyOf = new HashMap<>();
        Set<String> persons = new java.util.HashSet<>();
        entries.values().forEach(e -> {
            if (e.type == EntityType.PERSON) {
                persons.add(e.iri);
            }
        });
        rules.global.values().forEach(d -> {
            if (d.rule().equals("party-word")) {
                partyOf.put(d.from(), rules.groups.find(d.into()));
            }
        });
        List<Affiliations.Affiliation> affiliations = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            for (Map.Entry<String, Set<String>> de : docEntities.entrySet()) {
                if (de.getValue().stream().anyMatch(partyOf::containsKey)) {
                    affiliations.addAll(Affiliations.find(dsg, de.getKey(), partyOf, persons, rules));
                }
            }
        });

        long t2 = System.nanoTime();
        List<Decision> merges = merges(rules);
        List<Unmerged> unmerged = rules.unmerged();
        int[] moved = {0};
        int[] relabelled = {0};
        Txn.executeWrite(dsg, () -> {
            // the changes are gathered and written at the end (see DeferredWrites): the store stays its data's size
            DeferredWrites out = new DeferredWrites(dsg);
            for (String doc : changed) {
                moved[0] += Rewriter.rewrite(out, doc, rules::resolve);
            }
            Set<List<String>> described = new java.util.LinkedHashSet<>();
            for (CorpusView.Occurrence o : view.occurrences) {
                described.add(List.of(o.doc(), rules.resolve(o.doc(), o.orig())));
            }
            for (List<String> de : described) {
                String want = labels.get(de.get(1));
                if (want != null && Rewriter.relabel(out, de.get(0), de.get(1), want)) {
                    relabelled[0]++;
                }
            }
            Node graph = NodeFactory.createURI(Iris.IDENTITY_GRAPH);
            Graph ig = IdentityGraph.write(merges, unmerged, affiliations);
            out.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            ig.find().forEachRemaining(t -> out.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            out.flush();
        });
        return new IdentityReport(entries.size(), docEntities.size(), merges, unmerged, affiliations.size(), changed.size(),
                moved[0], relabelled[0], (System.nanoTime() - t0) / 1e9,
                new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9});
    }

    /** Global merges resolved to their final entity, then the per-document ones. */
    private static List<Decision> merges(Rules rules) {
        List<Decision> out = new ArrayList<>();
        for (Decision d : rules.global.values()) {
            out.add(new Decision(d.from(), rules.groups.find(d.into()), d.rule(), d.evidence(), d.confidence(), null));
        }
        new TreeMap<>(rules.perDoc).forEach((doc, m) -> new TreeMap<>(m).forEach((from, d) ->
                out.add(new Decision(d.from(), rules.groups.find(d.into()), d.rule(), d.evidence(), d.confidence(), doc))));
        return out;
    }

    /** Builds an {@link IdentityPass}. */
    public static final class Builder {
        private DatasetGraph dsg;
        private Lexicon lexicon = Lexicon.standard();

        /** The word lists (default: the standard lexicon). */
        public Builder lexicon(Lexicon l) {
            this.lexicon = l;
            return this;
        }

        public Builder store(GraphStore s) {
            this.dsg = s.dataset();
            return this;
        }

        public Builder dataset(DatasetGraph d) {
            this.dsg = d;
            return this;
        }

        public IdentityPass build() {
            if (dsg == null) {
                throw new IllegalStateException("No store given");
            }
            return new IdentityPass(dsg, lexicon);
        }
    }
}
