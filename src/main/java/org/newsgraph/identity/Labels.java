package org.newsgraph.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.names.EntityType;
import org.newsgraph.resolve.NameVariants;

/**
 * Canonical labels over the whole corpus: the commonest full form of a name, without leading
 * titles, possessive, quote marks or trailing punctuation ("Hillary Clinton''" and "Hillary Rodham
 * Clinton:" are "Hillary Clinton" and "Hillary Rodham Clinton").
 */
final class Labels {

    private static final Pattern EDGE_OPEN = Pattern.compile("^[\\s\\p{Pi}\\p{Pf}\"'`\u00b4(\\[]+");
    private static final Pattern EDGE_CLOSE = Pattern.compile("[\\s\\p{Pi}\\p{Pf}\"'`\u00b4:;,!?)\\]\\-\u2013\u2014]+$");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");

    private Labels() {
    }

    /** A name form cleaned: quote marks and punctuation at its edges, possessive, titles (persons), a leading "the". */
    static String clean(EntityType type, String form) {
        String s = form.replace('\u2019', '\'');
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = EDGE_OPEN.matcher(s).replaceAll("");
            s = EDGE_CLOSE.matcher(s).replaceAll("");
            if (s.endsWith("'s") || s.endsWith("'S")) {
                s = s.substring(0, s.length() - 2);
            }
            if (s.equals(before)) {
                break;
            }
        }
        if (s.isBlank()) {
            return form.strip();
        }
        return NameVariants.canonical(type, s);
    }

    /** Whether a form is an acronym ("FBI", "F.B.I."). */
    static boolean isAcronym(String form) {
        return ACRONYM.matcher(form.strip()).matches();
    }

    static int words(String form) {
        return form.strip().split("\\s+").length;
    }

    /**
     * The commonest full form among cleaned forms with their counts: for persons the forms of two
     * words or more when there are any, for the others the forms that are not acronyms; ties go to
     * the longer, then to the first in code-point order.
     */
    static String commonest(EntityType type, Map<String, Integer> forms) {
        List<Map.Entry<String, Integer>> all = List.copyOf(forms.entrySet());
        List<Map.Entry<String, Integer>> full = all.stream()
                .filter(e -> type == EntityType.PERSON ? words(e.getKey()) >= 2 : !isAcronym(e.getKey())).toList();
        List<Map.Entry<String, Integer>> pool = full.isEmpty() ? all : full;
        return pool.stream().min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }
}
