package org.newsgraph.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.names.EntityType;
import org.newsgraph.resolve.NameVariants;

/** One entity node as the extractor wrote it, summed over the corpus: its mentions, documents, forms and titles. */
final class Entry {

    static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    final String iri;
    final EntityType type;
    int mentions;
    final Set<String> docs = new TreeSet<>();
    /** cleaned name forms → mentions. */
    final Map<String, Integer> forms = new HashMap<>();
    /** title words written in the mentions ("president", "mr") → mentions. */
    final Map<String, Integer> titles = new HashMap<>();
    /** normalised keys of the mentions → mentions. */
    private final Map<String, Integer> keys = new HashMap<>();
    int male;
    int female;
    private List<String> tokens;

    Entry(String iri, EntityType type) {
        this.iri = iri;
        this.type = type;
    }

    void add(String doc, Map<String, Integer> anchors) {
        docs.add(doc);
        anchors.forEach((a, n) -> {
            mentions += n;
            forms.merge(Labels.clean(type, a), n, Integer::sum);
            keys.merge(NameVariants.key(type, a), n, Integer::sum);
            if (type == EntityType.PERSON) {
                for (String t : titlesOf(a)) {
                    titles.merge(NameVariants.titleWord(t), n, Integer::sum);
                    char g = NameVariants.titleGender(t);
                    if (g == 'M') {
                        male += n;
                    } else if (g == 'F') {
                        female += n;
                    }
                }
            }
        });
        tokens = null;
    }

    /** Leading title words of a mention ("Sen." of "Sen. Ted Cruz"). */
    static List<String> titlesOf(String anchor) {
        List<String> out = new ArrayList<>();
        String[] w = anchor.strip().split("\\s+");
        for (int i = 0; i < w.length - 1 && NameVariants.isTitle(w[i]); i++) {
            out.add(w[i]);
        }
        return out;
    }

    /** The normalised words of the fullest form (most words; then the commonest). */
    List<String> tokens() {
        if (tokens == null) {
            String best = null;
            int bw = -1;
            int bn = -1;
            for (Map.Entry<String, Integer> e : keys.entrySet()) {
                int w = e.getKey().isBlank() ? 0 : e.getKey().split(" ").length;
                if (w > bw || (w == bw && e.getValue() > bn) || (w == bw && e.getValue() == bn && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                    bw = w;
                    bn = e.getValue();
                }
            }
            tokens = best == null || best.isBlank() ? List.of() : Arrays.asList(best.split(" "));
        }
        return tokens;
    }

    boolean isSingleWord() {
        return tokens().size() == 1;
    }

    /** For a person of two words or more: given name, middle names or initials, surname, suffix ("jr"). */
    record PersonName(String first, List<String> middles, String last, String suffix) {
        String block() {
            return first + "|" + last + "|" + suffix;
        }
    }

    PersonName personName() {
        List<String> t = tokens();
        if (type != EntityType.PERSON || t.size() < 2) {
            return null;
        }
        int end = t.size();
        String suffix = "";
        if (end >= 3 && SUFFIXES.contains(t.get(end - 1))) {
            suffix = t.get(end - 1);
            end--;
        }
        return new PersonName(t.get(0), List.copyOf(t.subList(1, end - 1)), t.get(end - 1), suffix);
    }

    /** 'M' or 'F' when the titles in the mentions say so clearly, else the given name's gender, else 'U'. */
    char gender() {
        if (male > 0 && male >= 4 * female) {
            return 'M';
        }
        if (female > 0 && female >= 4 * male) {
            return 'F';
        }
        PersonName p = personName();
        return p == null ? 'U' : NameVariants.givenGender(p.first());
    }

    /** The commonest cleaned form. */
    String label() {
        return Labels.commonest(type, forms);
    }

    @Override
    public String toString() {
        return label() + " (" + mentions + " mentions, " + docs.size() + " documents)";
    }
}
