package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.Lexicons;

/**
 * The word lists that several stages read, each kept once under {@code org/newsgraph/lexicon/}
 * (sources and licences in its {@code SOURCES.md}). Loaded once ({@link #standard()}) and passed
 * to the stages by their constructors; immutable, so safe to share between threads. Lists that
 * only one stage reads stay in that stage's package.
 */
public final class Lexicon {

    /** Where the lists are on the classpath. */
    public static final String BASE = "/org/newsgraph/lexicon/";

    /** One row of {@code titles.tsv}. */
    public record Title(String form, String kind, char gender, String full) {
        /** Honorifics and roles, the titles the name recogniser reads (not the resolver's descriptors). */
        public boolean isPersonTitle() {
            return !DESCRIPTOR.equals(kind);
        }
    }

    /** The kind of a {@code titles.tsv} row that only the resolver reads. */
    public static final String DESCRIPTOR = "descriptor";

    private static final class Holder {
        static final Lexicon STANDARD = load(BASE);
    }

    private final List<Title> titles;
    private final Set<String> initialsSkipWords;
    /** group → word → tags. */
    private final Map<String, Map<String, Set<String>>> closedClass;

    private Lexicon(List<Title> titles, Set<String> initialsSkipWords,
                    Map<String, Map<String, Set<String>>> closedClass) {
        this.titles = titles;
        this.initialsSkipWords = initialsSkipWords;
        this.closedClass = closedClass;
    }

    /** The lexicon newsgraph ships, loaded on first call and shared afterwards. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /**
     * A lexicon read afresh from the lists under {@code base} (a classpath folder ending in
     * {@code /}); for tests. A bad line throws, naming the file and line.
     */
    public static Lexicon load(String base) {
        List<Title> titles = new ArrayList<>();
        for (Lexicons.Line l : Lexicons.read(base + "titles.tsv")) {
            String[] c = l.text().split("\t", -1);
            if (c.length < 3 || c[0].isBlank() || c[2].isEmpty()) {
                throw bad(base + "titles.tsv", l, "title<TAB>kind<TAB>gender[<TAB>full form] expected");
            }
            titles.add(new Title(c[0], c[1].strip(), c[2].charAt(0),
                    c.length > 3 && !c[3].isBlank() ? c[3].strip() : null));
        }
        Map<String, Map<String, Set<String>>> groups = new HashMap<>();
        for (Lexicons.Line l : Lexicons.read(base + "closed-class.tsv")) {
            String[] c = l.text().split("\t", -1);
            if (c.length < 2 || c[0].isBlank() || c[1].isBlank()) {
                throw bad(base + "closed-class.tsv", l, "group<TAB>word[<TAB>tags] expected");
            }
            Set<String> tags = c.length > 2 && !c[2].isBlank() ? Set.of(c[2].strip().split("\\s+")) : Set.of();
            groups.computeIfAbsent(c[0].strip(), k -> new HashMap<>()).put(c[1].toLowerCase(Locale.ROOT), tags);
        }
        groups.replaceAll((k, v) -> Map.copyOf(v));
        return new Lexicon(List.copyOf(titles), Lexicons.lines(base + "initials-skip-words.txt"), Map.copyOf(groups));
    }

    private static NewsGraphException bad(String file, Lexicons.Line l, String problem) {
        return new NewsGraphException(file + ":" + l.number() + ": " + problem + ", got '" + l.text() + "'");
    }

    /**
     * Titles and other words before or beside a person's name, in file order: honorifics and roles
     * (original case, with and without full stop) and the resolver's descriptors.
     */
    public List<Title> titles() {
        return titles;
    }

    /** Small words left out of an organisation's name when its initials are compared with an acronym. */
    public Set<String> initialsSkipWords() {
        return initialsSkipWords;
    }

    /** The names of the groups of closed-class words ("be", "possessive", "article", ...). */
    public Set<String> closedClassGroups() {
        return closedClass.keySet();
    }

    /** The words of a group of closed-class words (lower case); empty for an unknown group. */
    public Set<String> closedClass(String group) {
        Map<String, Set<String>> g = closedClass.get(group);
        return g == null ? Set.of() : g.keySet();
    }

    /** The words of a group that carry {@code tag} ("be" with "plain": is, was, are, were). */
    public Set<String> closedClass(String group, String tag) {
        Set<String> out = new LinkedHashSet<>();
        closedClass.getOrDefault(group, Map.of()).forEach((w, tags) -> {
            if (tags.contains(tag)) {
                out.add(w);
            }
        });
        return Set.copyOf(out);
    }
}
