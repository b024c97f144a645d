package org.newsgraph.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

import static org.newsgraph.names.NameTokens.*;

/**
 * The document vote: a name context showed to be an organisation's is one wherever the document writes it, each
 * surface string gets one type (the type with the most evidence, the model's votes among it), a surname alone
 * after a full name is that person, and headlines keep only what the body or the gazetteers confirm.
 */
final class DocumentVote {

    private final NameEvidence ev;
    private final UnknownRuns unknownRuns;

    DocumentVote(NameEvidence ev) {
        this.ev = ev;
        this.unknownRuns = new UnknownRuns(ev.gaz);
    }


    /**
     * "hit songs include " Baby Blue " and …": a run of two or more capitalised words that fills a whole quotation is
     * the title of a song, book or film, unless a gazetteer knows it or it ends in an organisation word.
     */
    boolean workTitle(AnnotatedDocument doc, Candidate c) {
        if (c.to - c.from < 2 || c.known || c.type == EntityType.ORGANIZATION && ev.gaz.isOrgWord(core(doc, c.s.token(c.to - 1)))) {
            return false;
        }
        String text = doc.text();
        int b = c.span.begin();
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        int e = c.span.end();
        while (e < text.length() && text.charAt(e) == ' ') {
            e++;
        }
        return b > 0 && e < text.length() && QUOTES.indexOf(text.charAt(b - 1)) >= 0 && QUOTES.indexOf(text.charAt(e)) >= 0;
    }

    static final String QUOTES = "\"\u201C\u201D";

    /**
     * A name that context showed to be an organisation's ("the group Tears for Fears") is that organisation wherever
     * the document writes it again, also where nothing around it says so or the words break into other names.
     */
    void propagate(AnnotatedDocument doc, List<Candidate> cands) {
        Set<String> names = new HashSet<>();
        for (Candidate c : cands) {
            if (c.type == EntityType.ORGANIZATION && c.known && !c.titleLine && c.to - c.from >= 2 && c.text.length() >= 6
                    && ev.gaz.phrase(c.text) == null) {
                names.add(c.text);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            for (int a = 0; a < s.size(); a++) {
                for (String name : names) {
                    int begin = s.token(a).begin();
                    if (!text.startsWith(name, begin)) {
                        continue;
                    }
                    int b = a + 1;
                    while (b < s.size() && s.token(b - 1).begin() + coreLength(s.token(b - 1)) < begin + name.length()) {
                        b++;
                    }
                    Token last = s.token(b - 1);
                    if (last.begin() + coreLength(last) != begin + name.length()) {
                        continue;
                    }
                    final int from = a, to = b;
                    boolean done = false;
                    for (Candidate o : cands) {
                        done |= o.s == s && o.from <= from && to <= o.to && o.type == EntityType.ORGANIZATION && !o.titleLine;
                    }
                    if (done) {
                        continue;
                    }
                    cands.removeIf(o -> o.s == s && o.from < to && from < o.to);
                    cands.add(new Candidate(s, from, to, spanOf(s, from, to), name, EntityType.ORGANIZATION, Candidate.KNOWN, false, true));
                    a = b - 1;
                    break;
                }
            }
        }
    }

    /** The type a candidate gets in its document, or null for none. */
    EntityType decide(Candidate c, Set<String> personParts, Map<String, EnumMap<EntityType, Double>> votes,
                              Map<String, Integer> counts) {
        EntityType type = c.type;
        boolean single = c.to - c.from == 1;
        if (single && personParts.contains(c.text)
                && !(c.known && c.type == EntityType.PLACE && placeContext(c.s, c.from))) {
            return EntityType.PERSON;
        }
        if (type != null || votes.containsKey(c.text)) {
            EnumMap<EntityType, Double> v = votes.get(c.text);
            double best = -1;
            for (Map.Entry<EntityType, Double> e : v.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    type = e.getKey();
                }
            }
            double total = v.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total <= Candidate.WEAK && counts.get(c.text) < 2 && !c.known) {
                type = null;
            }
        }
        return type;
    }

    /**
     * Whether the first {@code n} words of a title-case headline's run can be parts of a person's name: each is a name
     * the body writes, a given name, an initial or a particle, and none is a word the body writes in lower case
     * ("Calls", "Absurd", "Double").
     */
    boolean headlineNameWords(String[] words, int n, Set<String> bodyNameWords, Set<String> bodyLower) {
        for (int k = 0; k < n; k++) {
            String w = words[k];
            if (bodyLower.contains(w.toLowerCase(Locale.ROOT)) && !ev.gaz.isNameParticle(w)) {
                return false;
            }
            boolean name = bodyNameWords.contains(w) || ev.givenNameOnly(w) && !ev.gaz.isAmbiguousGivenName(w)
                    || w.matches("\\p{Lu}\\.?") || ev.gaz.isNameParticle(w);
            if (!name) {
                return false;
            }
        }
        return true;
    }

    /** In a headline run ("Hillary Clinton Speaks"), the longest parts that the body names. */
    static void confirmedParts(AnnotatedDocument doc, Candidate c, Map<String, EntityType> bodyTypes, List<Mention> out) {
        int i = c.from;
        while (i < c.to) {
            int found = -1;
            for (int j = c.to; j > i; j--) {
                if (i == c.from && j == c.to) {
                    continue;
                }
                String t = surface(doc, c.s, i, j);
                if (bodyTypes.containsKey(t)) {
                    out.add(Mention.name(spanOf(c.s, i, j), t, bodyTypes.get(t)));
                    found = j;
                    break;
                }
            }
            i = found > 0 ? found : i + 1;
        }
    }

    /**
     * The rule and confidence of a candidate given its document's votes for its string: the share of the votes that
     * agrees with the type times the agreeing evidence against that of a gazetteer hit ({@link Candidate#KNOWN}), at
     * most 1; the rule is the candidate's own when it agrees with the type, else "document-vote".
     */
    static NameSource source(Candidate c, EntityType type, Map<EntityType, Double> v) {
        double agree = v == null ? 0 : v.getOrDefault(type, 0.0);
        double total = v == null ? 0 : v.values().stream().mapToDouble(Double::doubleValue).sum();
        double conf = total <= 0 ? 0.1 : agree / total * Math.min(1, agree / Candidate.KNOWN);
        String rule = c.type == type ? c.rule : "document-vote";
        return new NameSource(rule, Math.round(Math.max(0.05, conf) * 1000) / 1000.0);
    }

    List<Mention> consistent(AnnotatedDocument doc, List<Candidate> cands, NameModelEvidence model,
                             Map<org.newsgraph.text.Span, NameSource> sources) {
        // an unknown name of two or three words whose last word also stands alone is a person's ("Motlanthe")
        Set<String> singles = new HashSet<>();
        for (Candidate c : cands) {
            if (c.to - c.from == 1 && !c.known && !c.titleLine) {
                singles.add(c.text);
            }
        }
        for (Candidate c : cands) {
            if (c.type == EntityType.ORGANIZATION && c.strength <= Candidate.UNKNOWN && c.to - c.from <= 3) {
                String[] words = c.text.split("\\s+");
                if (words.length >= 2 && singles.contains(words[words.length - 1]) && ev.surnameShaped(words[words.length - 1])) {
                    c.type = EntityType.PERSON;
                    c.strength = Candidate.SURNAME;
                }
            }
        }
        // an unknown name written once, which the vote would drop: typed by its words' shape where they tell
        Map<String, Integer> written = new HashMap<>();
        for (Candidate c : cands) {
            written.merge(c.text, 1, Integer::sum);
        }
        for (Candidate c : cands) {
            if ("unknown-run".equals(c.rule) && c.strength <= Candidate.UNKNOWN && written.get(c.text) == 1
                    && model.vote(c.span, c.type, c.strength) == null) {
                String rule = unknownRuns.rule(doc, c);
                if (rule != null) {
                    c.type = UnknownRuns.typeOf(rule);
                    c.strength = Candidate.CONTEXT;
                    c.rule = rule;
                }
            }
        }
        // words of the names the body writes, and the words it writes in lower case ("calls", "absurd")
        Set<String> bodyNameWords = new HashSet<>();
        for (Candidate c : cands) {
            if (!c.titleLine) {
                bodyNameWords.addAll(Arrays.asList(c.text.split("\\s+")));
            }
        }
        Set<String> bodyLower = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            if (!ev.isTitleLine(doc, s) && !shouting(s)) {
                for (Token t : s.tokens()) {
                    if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
                        bodyLower.add(t.lower());
                    }
                }
            }
        }
        // parts of person names met in the document
        Set<String> personParts = new HashSet<>();
        Set<String> bodyTexts = new HashSet<>();
        for (Candidate c : cands) {
            if (!c.titleLine) {
                bodyTexts.add(c.text);
            }
            if (c.type == EntityType.PERSON && c.to - c.from >= 2 && c.strength >= Candidate.SURNAME) {
                String[] words = c.text.split("\\s+");
                // a headline person counts when the body names them by the last word ("Mike Padden" ... "Padden") and
                // the words before it are names too ("Derelict Obama", "Christie Calls Hillary Clinton" are no names)
                if (c.titleLine && (!singles.contains(words[words.length - 1])
                        || !headlineNameWords(words, words.length - 1, bodyNameWords, bodyLower))) {
                    continue;
                }
                personParts.add(words[0]);
                personParts.add(words[words.length - 1]);
            }
        }
        // one type per surface string: the type with the most evidence
        Map<String, EnumMap<EntityType, Double>> votes = new HashMap<>();
        for (Candidate c : cands) {
            if (c.type == null) {
                continue;
            }
            double w = c.strength;
            if (personParts.contains(c.text) && c.to - c.from == 1) {
                w = 0;
            }
            votes.computeIfAbsent(c.text, x -> new EnumMap<>(EntityType.class)).merge(c.type, w, Double::sum);
        }
        for (Candidate c : cands) {
            Map.Entry<EntityType, Double> mv = model.vote(c.span, c.type, c.strength);
            if (mv != null && !(personParts.contains(c.text) && c.to - c.from == 1)) {
                votes.computeIfAbsent(c.text, x -> new EnumMap<>(EntityType.class)).merge(mv.getKey(), mv.getValue(), Double::sum);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : cands) {
            counts.merge(c.text, 1, Integer::sum);
        }
        Map<Candidate, EntityType> decided = new HashMap<>();
        Map<String, EntityType> bodyTypes = new HashMap<>();
        for (Candidate c : cands) {
            EntityType type = decide(c, personParts, votes, counts);
            decided.put(c, type);
            if (type != null && !c.titleLine) {
                bodyTypes.put(c.text, type);
            }
        }
        for (String p : personParts) {
            bodyTypes.putIfAbsent(p, EntityType.PERSON);
        }
        List<Mention> out = new ArrayList<>();
        for (Candidate c : cands) {
            EntityType type = decided.get(c);
            // headlines and headings: only what the body or the gazetteers confirm
            String[] words = c.titleLine ? c.text.split("\\s+") : null;
            boolean partsKnown = words != null && type == EntityType.PERSON && words.length >= 2
                    && personParts.contains(words[0]) && personParts.contains(words[words.length - 1])
                    && headlineNameWords(words, words.length - 1, bodyNameWords, bodyLower);
            if (c.titleLine && !c.known && !bodyTexts.contains(c.text) && !personParts.contains(c.text) && !partsKnown) {
                confirmedParts(doc, c, bodyTypes, out);
                continue;
            }
            if (type != null) {
                out.add(Mention.name(c.span, c.text, type));
                sources.put(c.span, source(c, type, votes.get(c.text)));
            }
        }
        // headline parts that the body confirms: as sure as the body's names
        for (Mention m : out) {
            if (!sources.containsKey(m.span())) {
                Map<EntityType, Double> v = votes.get(m.text());
                double agree = v == null ? Candidate.SURNAME : v.getOrDefault(m.type(), 0.0);
                double total = v == null ? Candidate.SURNAME : v.values().stream().mapToDouble(Double::doubleValue).sum();
                double conf = total <= 0 ? 0.1 : agree / total * Math.min(1, agree / Candidate.KNOWN);
                sources.put(m.span(), new NameSource("headline-confirmed", Math.round(Math.max(0.05, conf) * 1000) / 1000.0));
            }
        }
        return out;
    }
}
