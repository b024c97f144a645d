package org.newsgraph.identity;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newsgraph.names.EntityType;
import org.newsgraph.store.GraphStore;

/**
 * Measures how many mentions of well-known names land on one node: for each name of the list, the
 * name mentions written in one of its variants (full name, with or without middle name or initial,
 * surname alone, title and surname, acronym and expansion), and the share of them that point at the
 * node most of them point at. Not a test: run it on a store built elsewhere,
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.newsgraph.identity.IdentityShare STORE_DIR}.
 */
public final class IdentityShare {

    /** name → type and variants as written (compared after the label cleaning: titles, possessive, quotes). */
    static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

    static {
        person("Barack Obama", "Barack Obama", "Barack H. Obama", "Barack Hussein Obama", "Obama");
        person("Donald Trump", "Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump");
        person("Hillary Clinton", "Hillary Clinton", "Hillary Rodham Clinton", "Hillary R. Clinton");
        person("Paul Ryan", "Paul Ryan", "Paul D. Ryan", "Ryan");
        person("Bernie Sanders", "Bernie Sanders", "Bernard Sanders", "Sanders");
        person("Marco Rubio", "Marco Rubio", "Rubio");
        person("Mitch McConnell", "Mitch McConnell", "McConnell");
        person("Vladimir Putin", "Vladimir Putin", "Vladimir V. Putin", "Putin");
        person("Mike Pence", "Mike Pence", "Michael Pence", "Pence");
        person("Tim Kaine", "Tim Kaine", "Timothy Kaine", "Kaine");
        person("John Kasich", "John Kasich", "Kasich");
        person("Chris Christie", "Chris Christie", "Christie");
        person("Jeb Bush", "Jeb Bush");
        org("FBI", "FBI", "F.B.I.", "Federal Bureau of Investigation");
        org("CIA", "CIA", "Central Intelligence Agency");
        org("NATO", "NATO", "North Atlantic Treaty Organization");
        org("Republican Party", "Republican Party", "GOP", "Republicans", "Republican");
        org("Democratic Party", "Democratic Party", "Democrats", "Democrat", "Democratic");
    }

    private static void person(String name, String... variants) {
        NAMES.put("P|" + name, List.of(variants));
    }

    private static void org(String name, String... variants) {
        NAMES.put("O|" + name, List.of(variants));
    }

    private IdentityShare() {
    }

    /** name → {mentions, on the top node, share}. */
    static Map<String, double[]> measure(GraphStore gs) {
        Map<String, Map<String, Integer>> byForm = new HashMap<>();   // "P|form" → entity → mentions
        Txn.executeRead(gs.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(gs.dataset()).query(QueryFactory.create(CorpusView.PREFIXES + """
                    SELECT ?anchor ?e ?cls (COUNT(?m) AS ?n) WHERE {
                      ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?anchor . ?e a ?cls .
                      VALUES ?cls { schema:Person schema:Organization }
                      FILTER NOT EXISTS { ?m a ng:AnaphoricMention }
                    } GROUP BY ?anchor ?e ?cls""")).build()) {
                qe.select().forEachRemaining(b -> {
                    EntityType t = CorpusView.type(b.get("cls").getURI());
                    String f = (t == EntityType.PERSON ? "P|" : "O|") + Labels.clean(t, b.get("anchor").getLiteralLexicalForm());
                    byForm.computeIfAbsent(f, k -> new HashMap<>()).merge(b.get("e").getURI(),
                            Integer.parseInt(b.get("n").getLiteralLexicalForm()), Integer::sum);
                });
            }
        });
        Map<String, double[]> out = new LinkedHashMap<>();
        NAMES.forEach((name, variants) -> {
            EntityType t = name.startsWith("P|") ? EntityType.PERSON : EntityType.ORGANIZATION;
            String p = name.substring(0, 2);
            Set<String> forms = variants.stream().map(v -> p + Labels.clean(t, v)).collect(Collectors.toSet());
            Map<String, Integer> nodes = new HashMap<>();
            forms.forEach(f -> byForm.getOrDefault(f, Map.of()).forEach((e, n) -> nodes.merge(e, n, Integer::sum)));
            int total = nodes.values().stream().mapToInt(Integer::intValue).sum();
            int top = nodes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            out.put(name.substring(2), new double[] {total, top, total == 0 ? 0 : top / (double) total, nodes.size()});
        });
        return out;
    }

    public static void main(String[] args) {
        try (GraphStore gs = GraphStore.openExisting(Path.of(args[0]))) {
            Map<String, double[]> m = measure(gs);
            double sum = 0;
            double min = 1;
            System.out.printf(Locale.ROOT, "%-20s %8s %8s %6s %6s%n", "name", "mentions", "top", "nodes", "share");
            for (Map.Entry<String, double[]> e : m.entrySet()) {
                double[] v = e.getValue();
                System.out.printf(Locale.ROOT, "%-20s %8d %8d %6d %6.3f%n", e.getKey(), (int) v[0], (int) v[1], (int) v[3], v[2]);
                sum += v[2];
                min = Math.min(min, v[2]);
            }
            System.out.printf(Locale.ROOT, "average share %.3f, worst %.3f%n", sum / m.size(), min);
        }
    }
}
