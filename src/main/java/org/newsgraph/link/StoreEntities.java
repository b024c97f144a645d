package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newsgraph.names.EntityType;
import org.newsgraph.rdf.Namespaces;

/**
 * Reads the persons, organisations and places of a store with their context, in one read
 * transaction, for the linker.
 */
final class StoreEntities {

    /** Weights of context words by where they were found. */
    static final double ROLE = 1.5;
    static final double SENTENCE = 1.0;
    static final double COENTITY = 0.8;
    static final double DOCUMENT = 0.3;

    private StoreEntities() {
    }

    private record Mention(String entity, String doc, int begin, int end) {
    }

    static List<LinkEntity> read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> readInTxn(dsg));
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String body) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(Namespaces.sparqlPrefixes() + body).build()) {
            ResultSet rs = ResultSet.adapt(qe.select());
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<LinkEntity> readInTxn(DatasetGraph dsg) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        for (QuerySolution s : select(dsg, """
                SELECT ?e ?type ?label WHERE {
                  VALUES ?type { schema:Person schema:Organization schema:Place }
                  ?e a ?type ; rdfs:label ?label . FILTER(isIRI(?e))
                } ORDER BY ?e ?type ?label""")) {
            String e = s.getResource("e").getURI();
            EntityType t = switch (s.getResource("type").getLocalName()) {
                case "Person" -> EntityType.PERSON;
                case "Organization" -> EntityType.ORGANIZATION;
                default -> EntityType.PLACE;
            };
            types.putIfAbsent(e, t);
            labels.putIfAbsent(e, s.getLiteral("label").getLexicalForm());
        }
        for (QuerySolution s : select(dsg, "SELECT ?e ?a WHERE { ?e skos:altLabel ?a } ORDER BY ?e ?a")) {
            String e = s.getResource("e").getURI();
            if (types.containsKey(e)) {
                aliases.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(s.getLiteral("a").getLexicalForm());
            }
        }
        Map<String, String> texts = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (QuerySolution s : select(dsg, """
                SELECT ?doc ?text ?file WHERE { ?doc a ng:Document ; nif:isString ?text .
                  OPTIONAL { ?doc dcterms:identifier ?file } }""")) {
            String d = s.getResource("doc").getURI();
            texts.put(d, s.getLiteral("text").getLexicalForm());
            if (s.contains("file")) {
                files.put(d, s.getLiteral("file").getLexicalForm());
            }
        }
        Map<String, List<int[]>> sentences = new HashMap<>();
        for (QuerySolution s : select(dsg, """
                SELECT ?doc ?b ?e WHERE { ?s a nif:Sentence ; nif:referenceContext ?doc ;
                  nif:beginIndex ?b ; nif:endIndex ?e }""")) {
            sentences.computeIfAbsent(s.getResource("doc").getURI(), k -> new ArrayList<>())
                    .add(new int[] {s.getLiteral("b").getInt(), s.getLiteral("e").getInt()});
        }
        sentences.values().forEach(l -> l.sort((x, y) -> Integer.compare(x[0], y[0])));
        List<Mention> mentions = new ArrayList<>();
        for (QuerySolution s : select(dsg, """
                SELECT ?e ?doc ?b ?end WHERE { ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?doc ;
                  nif:beginIndex ?b ; nif:endIndex ?end }""")) {
            String e = s.getResource("e").getURI();
            if (types.containsKey(e)) {
                mentions.add(new Mention(e, s.getResource("doc").getURI(), s.getLiteral("b").getInt(),
                        s.getLiteral("end").getInt()));
            }
        }
        Map<String, List<String>> roles = new HashMap<>();
        for (QuerySolution s : select(dsg, """
                SELECT ?e ?role ?org WHERE { ?ms org:member ?e ; org:role/rdfs:label ?role .
                  OPTIONAL { ?ms org:organization/rdfs:label ?org } }""")) {
            List<String> l = roles.computeIfAbsent(s.getResource("e").getURI(), k -> new ArrayList<>());
            l.add(s.getLiteral("role").getLexicalForm());
            if (s.contains("org")) {
                l.add(s.getLiteral("org").getLexicalForm());
            }
        }

        Map<String, List<Mention>> byEntity = new HashMap<>();
        Map<String, Set<String>> entitiesOfDoc = new HashMap<>();
        for (Mention m : mentions) {
            byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
            entitiesOfDoc.computeIfAbsent(m.doc(), k -> new LinkedHashSet<>()).add(m.entity());
        }
        Map<String, Set<String>> docStems = new HashMap<>();
        Map<String, org.newsgraph.text.CodePoints> codePoints = new HashMap<>();
        List<LinkEntity> out = new ArrayList<>();
        for (Map.Entry<String, EntityType> te : types.entrySet()) {
            String e = te.getKey();
            Set<String> own = new LinkedHashSet<>(Words.stems(labels.get(e)));
            aliases.getOrDefault(e, Set.of()).forEach(a -> own.addAll(Words.stems(a)));
            Map<String, Map<String, Double>> perDoc = new java.util.TreeMap<>();
            Map<String, String> docOfFile = new HashMap<>();
            for (Mention m : byEntity.getOrDefault(e, List.of())) {
                String text = texts.get(m.doc());
                if (text == null) {
                    continue;
                }
                String file = files.getOrDefault(m.doc(), m.doc());
                docOfFile.put(file, m.doc());
                Map<String, Double> ctx = perDoc.computeIfAbsent(file, k -> {
                    Map<String, Double> c = new HashMap<>();
                    for (String r : roles.getOrDefault(e, List.of())) {
                        add(c, Words.stems(r), ROLE, own);
                    }
                    for (String other : entitiesOfDoc.getOrDefault(m.doc(), Set.of())) {
                        if (!other.equals(e)) {
                            add(c, Words.stems(labels.get(other)), COENTITY, own);
                        }
                    }
                    return c;
                });
                // offsets in the graph count code points, the text's indices are UTF-16
                org.newsgraph.text.CodePoints cps = codePoints.computeIfAbsent(m.doc(),
                        d -> org.newsgraph.text.CodePoints.of(text));
                int[] sent = sentenceAround(sentences.getOrDefault(m.doc(), List.of()), m, cps.toCodePoint(text.length()));
                add(ctx, Words.stems(text.substring(cps.toUtf16(sent[0]), cps.toUtf16(sent[1]))), SENTENCE, own);
            }
            Map<String, Double> all = new HashMap<>();
            for (String r : roles.getOrDefault(e, List.of())) {
                add(all, Words.stems(r), ROLE, own);
            }
            List<Set<String>> allDocs = new ArrayList<>();
            Map<String, Context> byDoc = new java.util.TreeMap<>();
            perDoc.forEach((file, c) -> {
                String doc = docOfFile.get(file);
                Set<String> words = docStems.computeIfAbsent(doc, d -> Set.copyOf(Words.stems(texts.get(d))));
                c.forEach((k, v) -> all.merge(k, v, Math::max));
                allDocs.add(words);
                byDoc.put(file, new Context(Map.copyOf(c), List.of(words)));
            });
            out.add(new LinkEntity(e, te.getValue(), labels.get(e), List.copyOf(aliases.getOrDefault(e, Set.of())),
                    new Context(Map.copyOf(all), List.copyOf(allDocs)), java.util.Collections.unmodifiableMap(byDoc)));
        }
        return out;
    }

    private static void add(Map<String, Double> ctx, Set<String> stems, double w, Set<String> own) {
        for (String s : stems) {
            if (!own.contains(s)) {
                ctx.merge(s, w, Math::max);
            }
        }
    }

    /** The sentence that holds the mention, or a window of text around it when sentences are absent. */
    private static int[] sentenceAround(List<int[]> sents, Mention m, int length) {
        int lo = 0, hi = sents.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sents.get(mid);
            if (s[1] <= m.begin()) {
                lo = mid + 1;
            } else if (s[0] > m.begin()) {
                hi = mid - 1;
            } else {
                return new int[] {s[0], Math.min(s[1], length)};
            }
        }
        return new int[] {Math.max(0, m.begin() - 150), Math.min(length, m.end() + 150)};
    }
}
