package org.newsgraph.names;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Finds names of persons, organisations and places without a statistical model: capitalised runs
 * built on the UD tags (PROPN, and capitalised ADJ/NOUN that the tagger gives to parts of names
 * such as "Atlantic Council"), known phrases from the {@link Gazetteers}, and evidence from
 * context (a title before the name, "in X", an organisation word at the end). Titles and
 * nationality adjectives are kept out of person names; possessives are cut off. A document-level
 * pass gives each surface string one type and makes a surname-only mention a person when the full
 * name is in the document. Title-case lines (headlines, section headings) only yield names the
 * rest of the document or the gazetteers confirm.
 */
public final class NameRecogniser implements Annotator {

    /** Evidence strengths: higher wins when one surface string gets different types. */
    private static final double TITLED = 4, KNOWN = 3, ORG_WORD = 3, GIVEN = 2, ACRONYM = 2, SURNAME = 1.5,
            CONTEXT = 1, WEAK = 0.5, UNKNOWN = 0.1;

    /** Small words that title-case lines leave in lower case. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "but", "vs", "vs.", "via", "into", "over", "amid");

    /** Small words that may stand inside a known name: "Bank of England", "Trinidad and Tobago". */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "du", "des", "del", "da", "do",
            "dos", "la", "le", "el", "von", "van", "der", "den", "al", "for", "on", "&", "-", ".", ",", "'s", "\u2019s", "upon", "in");

    private final Gazetteers gaz;

    public NameRecogniser() {
        this.gaz = Gazetteers.get();
    }

    /** One candidate name. */
    private static final class Cand {
        final Sentence s;
        final int from;
        final int to;
        final Span span;
        final String text;
        EntityType type;
        double strength;
        final boolean titleLine;
        final boolean known;

        Cand(Sentence s, int from, int to, Span span, String text, EntityType type, double strength,
             boolean titleLine, boolean known) {
            this.s = s;
            this.from = from;
            this.to = to;
            this.span = span;
            this.text = text;
            this.type = type;
            this.strength = strength;
            this.titleLine = titleLine;
            this.known = known;
        }
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Cand> cands = new ArrayList<>();
        // "Edwin O. Reischauer" is one sentence: nlp/NlpAnnotator does not break after an initial
        for (Sentence s : doc.sentences()) {
            int before = cands.size();
            scan(doc, s, cands);
            classifiedLists(doc, s, cands);
            partyWords(doc, s, cands, before);
        }
        propagate(doc, cands);
        cands.removeIf(c -> workTitle(doc, c));
        // the statistical model's votes (NameModelEvidence), where a vote can change the outcome: untyped or weak names
        NameModelEvidence model = NameModelEvidence.of(doc, cands.stream()
                .filter(c -> c.type == null || c.strength <= WEAK).map(c -> c.s).collect(Collectors.toSet()));
        doc.setMentions(consistent(doc, cands, model));
    }

    private static final String QUOTES = "\"\u201C\u201D";

    /**
     * "hit songs include " Baby Blue " and …": a run of two or more capitalised words that fills a whole quotation is
     * the title of a song, book or film, unless a gazetteer knows it or it ends in an organisation word.
     */
    private boolean workTitle(AnnotatedDocument doc, Cand c) {
        if (c.to - c.from < 2 || c.known || c.type == EntityType.ORGANIZATION && gaz.isOrgWord(core(doc, c.s.token(c.to - 1)))) {
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

    /**
     * A name that context showed to be an organisation's ("the group Tears for Fears") is that organisation wherever
     * the document writes it again, also where nothing around it says so or the words break into other names.
     */
    private void propagate(AnnotatedDocument doc, List<Cand> cands) {
        Set<String> names = new HashSet<>();
        for (Cand c : cands) {
            if (c.type == EntityType.ORGANIZATION && c.known && !c.titleLine && c.to - c.from >= 2 && c.text.length() >= 6
                    && gaz.phrase(c.text) == null) {
                names.add(c.text);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        String text = doc.text();
        // the candidates of each sentence: a match looks only at its own sentence's, so that a name written
        // thousands of times costs linear time; the list is rebuilt once at the end in the order the removals
        // and additions one by one would leave (survivors in order, then the added ones)
        Map<Sentence, List<Cand>> bySentence = new java.util.IdentityHashMap<>();
        for (Cand c : cands) {
            bySentence.computeIfAbsent(c.s, k -> new ArrayList<>()).add(c);
        }
        Set<Cand> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Cand> added = new ArrayList<>();
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
                    List<Cand> here = bySentence.computeIfAbsent(s, k -> new ArrayList<>());
                    boolean done = false;
                    for (Cand o : here) {
                        done |= o.from <= from && to <= o.to && o.type == EntityType.ORGANIZATION && !o.titleLine;
                    }
                    if (done) {
                        continue;
                    }
                    here.removeIf(o -> {
                        boolean overlaps = o.from < to && from < o.to;
                        if (overlaps) {
                            removed.add(o);
                        }
                        return overlaps;
                    });
                    Cand c = new Cand(s, from, to, spanOf(s, from, to), name, EntityType.ORGANIZATION, KNOWN, false, true);
                    here.add(c);
                    added.add(c);
                    a = b - 1;
                    break;
                }
            }
        }
        if (!removed.isEmpty()) {
            cands.removeIf(removed::contains);
            added.removeIf(removed::contains);
        }
        cands.addAll(added);
    }

    // ---------------------------------------------------------------- per sentence

    /**
     * A singular party word standing alone before a person or a noun, or after "a"/"fellow" ("fellow Democrat X",
     * "the Republican candidate", "an Independent member") names the party as written: an organisation mention.
     * Words inside a longer name ("Liberal Democrats", "Labour Party") are left to that name.
     */
    private void partyWords(AnnotatedDocument doc, Sentence s, List<Cand> cands, int firstOfSentence) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            if (!capitalised(t) || !gaz.isPartyWord(core(doc, t)) || possessive(t)) {
                continue;
            }
            boolean covered = false;
            for (int c = firstOfSentence; c < cands.size() && !covered; c++) {
                Cand o = cands.get(c);
                covered = o.s == s && o.from <= i && i < o.to;
            }
            if (covered || i + 1 >= n) {
                continue;
            }
            Token next = s.token(i + 1);
            String prev = i > 0 ? s.token(i - 1).text().toLowerCase(Locale.ROOT) : "";
            boolean nounAfter = next.pos().startsWith("NOUN") && !capitalised(next);
            boolean nameAfter = false;
            for (int c = firstOfSentence; c < cands.size(); c++) {
                Cand o = cands.get(c);
                nameAfter |= o.s == s && o.from == i + 1 && o.to - o.from >= 2 && o.type == EntityType.PERSON;
            }
            boolean asNoun = prev.equals("a") || prev.equals("an") || prev.equals("fellow");
            // sentence-initial "Independent experts said": a capital that only starts the sentence
            if (i == 0 && !nameAfter || !(nounAfter || nameAfter || asNoun)) {
                continue;
            }
            cands.add(new Cand(s, i, i + 1, spanOf(s, i, i + 1), surface(doc, s, i, i + 1),
                    EntityType.ORGANIZATION, KNOWN, false, true));
        }
    }

    /** Words between a plural classifier noun and the list of names it introduces: "bands such as X, Y and Z". */
    private static final Set<String> LIST_OPENERS = Set.of("such", "as", "including", "like", "were", "are", "namely", ",", ":");

    /**
     * "hard rock bands such as Kamikaze, Alakran and Rata Blanca", "his former clubs were X and Y": every name in a list
     * that a plural classifier noun opens is an organisation's.
     */
    private void classifiedLists(AnnotatedDocument doc, Sentence s, List<Cand> out) {
        if (shouting(s) || isTitleLine(doc, s)) {
            return;
        }
        int n = s.size();
        for (int k = 0; k < n; k++) {
            Token c = s.token(k);
            if (capitalised(c) && k > 0 || !c.pos().startsWith("NOUN") || !c.lower().endsWith("s") || !gaz.isOrgClassifier(c.lower())) {
                continue;
            }
            int j = k + 1;
            while (j < n && j <= k + 3 && LIST_OPENERS.contains(s.token(j).lower())) {
                j++;
            }
            if (j >= n) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            while (j < n && capitalised(s.token(j))) {
                int e = classifiedEnd(s, j);
                items.add(new int[] {j, e});
                if (e + 1 < n && (s.token(e).is(",") || s.token(e).is("and") || s.token(e).is("or"))) {
                    j = e + 1;
                    if (s.token(e).is(",") && (s.token(j).is("and") || s.token(j).is("or")) && j + 1 < n) {
                        j++;
                    }
                } else {
                    break;
                }
            }
            // a list has at least two names, and none of them is a person's by title
            if (items.size() < 2) {
                continue;
            }
            boolean ok = true;
            for (int[] it : items) {
                ok &= titleAt(doc, s, it[0], it[1]) == 0 && titleBefore(doc, s, it[0]) == null;
            }
            if (!ok) {
                continue;
            }
            for (int[] it : items) {
                out.removeIf(o -> o.s == s && o.from < it[1] && it[0] < o.to);
                out.add(new Cand(s, it[0], it[1], spanOf(s, it[0], it[1]), surface(doc, s, it[0], it[1]),
                        EntityType.ORGANIZATION, KNOWN, false, true));
            }
        }
    }

    private static boolean initial(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /** The token's text without a possessive ending ('s, ’s, or a bare apostrophe after s). */
    static int coreLength(Token t) {
        String w = t.text();
        int n = w.length();
        // "Ushakov." : a sentence's full stop the tokenizer left on the last word (but "Corp.", "Gov." keep theirs)
        if (n >= 4 && w.charAt(n - 1) == '.' && w.indexOf('.') == n - 1 && Character.isLowerCase(w.charAt(n - 2))) {
            Gazetteers g = Gazetteers.get();
            if (!g.isOrgWord(w) && !g.isTitle(w) && g.phrase(w) == null) {
                return n - 1;
            }
        }
        if (n > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'S") || w.endsWith("\u2019S"))) {
            return n - 2;
        }
        if (n > 2 && (w.endsWith("'") || w.endsWith("\u2019")) && (w.charAt(n - 2) == 's' || w.charAt(n - 2) == 'S')) {
            return n - 1;
        }
        return n;
    }

    private static boolean possessive(Token t) {
        return coreLength(t) < t.text().length();
    }

    private static boolean capitalised(Token t) {
        String w = t.text();
        if (w.isEmpty()) {
            return false;
        }
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) || (c == '-' && w.length() > 1 && Character.isUpperCase(w.codePointAt(1)));
    }

    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[DRI]-(\\p{Lu}\\p{L}*\\.?)?");

    private static boolean nameTag(Token t) {
        String p = t.pos();
        return p.startsWith("PROPN") || p.startsWith("NOUN") || p.startsWith("ADJ") || p.equals("X") || p.equals("NUM")
                || p.startsWith("INTJ");
    }

    private static boolean propn(Token t) {
        return t.pos().startsWith("PROPN");
    }

    /** A known given name the tagger mis-tagged (PRON, VERB...) right before a capitalised proper noun. */
    private boolean givenNameBeforeName(Sentence s, int i) {
        if (i + 1 >= s.size() || !capitalised(s.token(i)) || !capitalised(s.token(i + 1)) || !propn(s.token(i + 1))) {
            return false;
        }
        String w = s.token(i).text();
        return gaz.isGivenName(w) && !gaz.isAmbiguousGivenName(w);
    }

    /** Whether tokens a and b (adjacent) are glued by a hyphen with no space: "Asia" "-Pacific". */
    private static boolean hyphenJoined(Token a, Token b) {
        return a.end() == b.begin() && (b.text().startsWith("-") || a.text().endsWith("-"));
    }

    /**
     * "(Conservative Party)", "an Irish Labour Party politician": the tagger calls a capitalised word before an
     * organisation word a verb; inside the sentence, capitalised words running up to "Party", "Council" … are a name.
     */
    private boolean capitalsToOrgWord(AnnotatedDocument doc, Sentence s, int i) {
        Token w = s.token(i);
        String pos = w.pos();
        if (i == 0 || !capitalised(w) || shouting(s) || calendarWord(w.text()) || TITLE_SMALL_WORDS.contains(w.lower())
                || pos.startsWith("DET") || pos.startsWith("ADP") || pos.startsWith("PRON") || pos.startsWith("CCONJ")
                || pos.startsWith("SCONJ") || pos.startsWith("PART") || pos.startsWith("PUNCT")) {
            return false;
        }
        for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
            Token t = s.token(k);
            if (!capitalised(t) || possessive(s.token(k - 1))) {
                return false;
            }
            if (gaz.isOrgWord(core(doc, t)) && nameTag(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitleLine(AnnotatedDocument doc, Sentence s) {
        String text = doc.text();
        Span sp = s.span();
        // the sentence is a whole line, not ended by a full stop
        boolean lineStart = true;
        for (int k = sp.begin() - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                lineStart = false;
                break;
            }
        }
        boolean lineFinish = true;
        for (int k = sp.end(); k < text.length() && text.charAt(k) != '\n'; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                lineFinish = false;
                break;
            }
        }
        if (!lineStart || !lineFinish) {
            return false;
        }
        char last = text.charAt(sp.end() - 1);
        boolean stop = last == '.' || last == '"' || last == '\u201D';
        int words = 0, caps = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            if (TITLE_SMALL_WORDS.contains(t.lower())) {
                continue;
            }
            words++;
            if (capitalised(t)) {
                caps++;
            }
        }
        // title case: every word but the small ones capitalised (one slip allowed in a long headline, never in a
        // body line: "New Jersey Gov. Chris Christie on Wednesday criticised Hillary Clinton." is a sentence)
        boolean firstLine = true;   // nothing but white space before it (a scan that stops at the first word)
        for (int k = sp.begin() - 1; k >= 0 && firstLine; k--) {
            firstLine = Character.isWhitespace(text.charAt(k));
        }
        return words >= (stop ? 4 : 1) && words - caps <= (words >= 8 && (firstLine || !stop) ? 1 : 0);
    }

    /** A sentence mostly in capitals ("CONGRESS HAS INVESTIGATED HIM"): capitals tell nothing there. */
    private static boolean shouting(Sentence s) {
        int words = 0, caps = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            boolean upper = true;
            for (int k = 0; k < w.length() && upper; k++) {
                upper = !Character.isLowerCase(w.charAt(k));
            }
            if (upper) {
                caps++;
            }
        }
        return words >= 3 && caps * 10 >= words * 6;
    }

    private void scan(AnnotatedDocument doc, Sentence s, List<Cand> out) {
        boolean titleLine = shouting(s) || isTitleLine(doc, s);
        int n = s.size();
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            // after "band", "party" … the tagger's guess for the name's first word ("Led/VERB Zeppelin") does not count
            if (!capitalised(t) || !nameTag(t) && !givenNameBeforeName(s, i) && !afterClassifier(s, i)
                    && orgContextBefore(s, i) == null && !roleNounAhead(doc, s, i) && !capitalsToOrgWord(doc, s, i)
                    && !(i == 0 && !t.is("The") && subjectEnd(s, i) > 0 && saidToBeOrg(s, subjectEnd(s, i)))
                    && !knownWithThe(doc, s, i)) {
                i++;
                continue;
            }
            // a known phrase starting here (longest)
            int gEnd = -1;
            Gazetteers.Kind gKind = null;
            // a known phrase runs over capitalised words and a few small connecting words only
            int limit = i + 1;
            while (limit < n && limit < i + gaz.maxPhraseWords() && !possessive(s.token(limit - 1))) {
                Token nx = s.token(limit);
                if (capitalised(nx) || nx.text().startsWith("-") || CONNECTORS.contains(nx.text())
                        || gaz.isPhraseInnerWord(nx.text())) {
                    limit++;
                } else {
                    break;
                }
            }
            for (int j = limit; j > i; j--) {
                if (!capitalised(s.token(j - 1)) && !s.token(j - 1).text().startsWith("-")) {
                    continue;
                }
                boolean possInside = false;
                for (int k = i; k < j - 1; k++) {
                    possInside |= possessive(s.token(k));
                }
                if (possInside) {
                    continue;
                }
                String sf = surface(doc, s, i, j);
                Gazetteers.Kind k = gaz.phrase(sf);
                // "U.N." and "Ala." that the tokenizer cut before their last full stop
                if (k == null && j < n && s.token(j).text().equals(".") && s.token(j - 1).end() == s.token(j).begin()
                        && !possessive(s.token(j - 1))) {
                    k = gaz.phrase(sf + ".");
                    if (k != null) {
                        gEnd = j + 1;
                        gKind = k;
                        break;
                    }
                }
                if (k != null) {
                    gEnd = j;
                    gKind = k;
                    break;
                }
            }
            // the capitalised run starting here
            int runEnd = runEnd(doc, s, i);
            int cEnd = !titleLine && afterClassifier(s, i) ? classifiedEnd(s, i) : -1;
            final int rEnd = cEnd > runEnd && classifiedOrg(doc, s, i, cEnd) ? cEnd : runEnd;
            boolean hasPropn = false;
            for (int k = i; k < rEnd; k++) {
                hasPropn |= propn(s.token(k));
            }
            Token lastTok = s.token(rEnd - 1);
            // "Washington House of Representatives", "Philadelphia Museum of Art": a known place opens the name
            boolean endsOrg = gaz.isOrgWord(core(doc, lastTok)) || orgOf(doc, s, i, rEnd);
            for (int k = i + 1; k < rEnd - 1; k++) {
                endsOrg |= s.token(k).text().equals("&");
            }
            // "punk rock band Bad Religion", "the party Vlaams Belang": the noun before the name says what it is;
            // "Rust Out Girl bassist Tom Reddy": so does a role noun after it
            if (!titleLine && gEnd < 0 && !classifiedOrg(doc, s, i, rEnd)
                    && roleNounThenName(doc, s, i, rEnd)) {
                // "Rust Out Girl bassist", "Rust Against the Harbour bassist": the band's name may start with words
                // the tagger took for no name; it reaches back over capitalised words not yet in a name
                int b = i;
                while (b > 0 && !claimed(out, s, b - 1) && (capitalised(s.token(b - 1)) && !possessive(s.token(b - 1))
                        || CONNECTORS.contains(s.token(b - 1).text()) && b > 1 && capitalised(s.token(b - 2))
                        && !claimed(out, s, b - 2))) {
                    b--;
                }
                final int from = b;
                out.removeIf(c -> c.s == s && c.from >= from && c.to <= rEnd);
                out.add(new Cand(s, b, rEnd, spanOf(s, b, rEnd), surface(doc, s, b, rEnd), EntityType.ORGANIZATION,
                        KNOWN, titleLine, true));
                i = rEnd;
                continue;
            }
            // "Kestrel Yard is an American rock band": the noun the name is said to be tells what it names
            // ("Rage Against the Machine is an American rap metal band": the subject runs over small words up to the verb)
            int subjectEnd = !titleLine && (i == 0 || i == 1 && s.token(0).is("The")) && !claimed(out, s, i)
                    ? subjectEnd(s, i) : -1;
            if (subjectEnd > 0 && (gEnd < 0 || gEnd < subjectEnd) && saidToBeOrg(s, subjectEnd)) {
                out.add(new Cand(s, i, subjectEnd, spanOf(s, i, subjectEnd), surface(doc, s, i, subjectEnd),
                        EntityType.ORGANIZATION, KNOWN, titleLine, true));
                i = subjectEnd;
                continue;
            }
            if (!titleLine && classifiedOrg(doc, s, i, rEnd)) {
                out.add(new Cand(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.ORGANIZATION,
                        KNOWN, titleLine, true));
                i = rEnd;
                continue;
            }
            // "Kansas City Chiefs", "Berlin Capitals": a known place, then a plural name is a team
            if (!titleLine && gEnd > 0 && gKind == Gazetteers.Kind.PLACE && gEnd < rEnd
                    && teamAfterPlace(doc, s, gEnd, rEnd)) {
                out.add(new Cand(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.ORGANIZATION,
                        KNOWN, titleLine, true));
                i = rEnd;
                continue;
            }
            // "Omaha Beach", "Washington State", "Dublin West", "Southern California": a known place with a place word or
            // a compass word is one place
            if (!titleLine && !endsOrg && rEnd - i >= 2 && rEnd - i <= 4 && placeExtended(doc, s, i, rEnd, gKind, gEnd)) {
                out.add(new Cand(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.PLACE, KNOWN,
                        titleLine, true));
                i = rEnd;
                continue;
            }
            // "said Chad Bown", "Paris Hilton": a one-word known place that is also a given name, then a surname, is a person
            if (gKind == Gazetteers.Kind.PLACE && gEnd == i + 1 && rEnd == i + 2 && placeNamedPerson(doc, s, i)) {
                addRun(doc, s, i, rEnd, titleLine, out);
                i = rEnd;
                continue;
            }
            // "Nintendo Australia's director", "Apple Music show": a company's name and one more word is the company's arm or product
            if (!titleLine && gKind == Gazetteers.Kind.ORGANIZATION && gEnd > i && rEnd == gEnd + 1 && companyArm(doc, s, i, gEnd)) {
                out.add(new Cand(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.ORGANIZATION, KNOWN,
                        titleLine, true));
                i = rEnd;
                continue;
            }
            if (gEnd > 0 && (gEnd >= rEnd || !(endsOrg || personLike(doc, s, i, rEnd)))) {
                addKnown(doc, s, i, gEnd, gKind, titleLine, out);
                i = gEnd;
                continue;
            }
            // in headlines and headings the tagger is lost: the body decides what is kept
            // ("presenters Kirsty/ADJ Wark/NOUN": a known given name inside the sentence opens a name whatever the tags)
            boolean givenFirst = i > 0 && rEnd - i >= 2 && givenNameOnly(core(doc, t)) && !gaz.isAmbiguousGivenName(core(doc, t));
            if (!hasPropn && !(endsOrg && rEnd - i >= 2) && !titleLine && !givenNameBeforeName(s, i) && !givenFirst
                    && !newsSurnameRun(doc, s, i, rEnd)
                    && !(rEnd - i == 1 && i > 0 && camelCase(core(doc, t)) && !tagOrHandle(doc, t))) {
                i = Math.max(i + 1, gEnd);
                continue;
            }
            addRun(doc, s, i, rEnd, titleLine, out);
            i = rEnd;
        }
    }

    /** "as The New Yorker put it": a capital "The" inside a sentence that starts a known name ("The Hill", "The Atlantic"). */
    private boolean knownWithThe(AnnotatedDocument doc, Sentence s, int i) {
        if (i == 0 || !s.token(i).is("The")) {
            return false;
        }
        for (int j = Math.min(s.size(), i + 4); j >= i + 2; j--) {
            if (allCapitalised(s, i, j) && !possessive(s.token(i)) && gaz.phrase(surface(doc, s, i, j)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The end (exclusive) of the capitalised run that starts at {@code i}. */
    private int runEnd(AnnotatedDocument doc, Sentence s, int i) {
        int n = s.size();
        int j = i + 1;
        boolean orgTail = false;    // inside the "of …" part of an organisation's name
        while (j < n) {
            Token prev = s.token(j - 1);
            if (possessive(prev) && !possessiveInsideOrg(doc, s, j)) {
                break;
            }
            Token t = s.token(j);
            // "Hester A. Davis": the full stop after a middle initial stays inside the name
            if (t.text().equals(".") && initial(prev) && prev.end() == t.begin() && j + 1 < n
                    && capitalised(s.token(j + 1)) && j - 1 > i) {
                j++;
                continue;
            }
            if (hyphenJoined(prev, t) && capitalised(t)) {
                j++;
                continue;
            }
            // "travel to North Florida Friday": a weekday ends no name; "the Kent County Republican headquarters": a party
            // word before a lower-case noun qualifies the noun
            if (weekday(t.text()) || gaz.isAffiliation(core(doc, t)) && j + 1 < n && !capitalised(s.token(j + 1))
                    && s.token(j + 1).pos().startsWith("NOUN")) {
                break;
            }
            if (capitalised(t) && (nameTag(t) || givenNameBeforeName(s, j) || capitalsToOrgWord(doc, s, j)
                    || surnameAfterGiven(doc, s, j)) && !"NUM".equals(t.pos()) && !romanNumeral(t.text())) {
                j++;
                continue;
            }
            // "Song and Dance Ensemble", "Economic and Monetary Union": "and" inside a name that goes on to an organisation word
            if (t.is("and") && andOrgTail(doc, s, i, j)) {
                j++;
                continue;
            }
            // "Zack de la Rocha", "Ursula von der Leyen": particles inside a person's name
            if (j > i && capitalised(prev) && gaz.isNameParticle(t.text()) && givenNameIn(doc, s, i, j)) {
                int k = j;
                while (k < n && k < j + 3 && gaz.isNameParticle(s.token(k).text())) {
                    k++;
                }
                if (k < n && capitalised(s.token(k)) && nameTag(s.token(k)) && !gaz.isOrgWord(core(doc, s.token(k)))
                        && gaz.phrase(core(doc, s.token(k))) != Gazetteers.Kind.PLACE) {
                    j = k + 1;
                    continue;
                }
            }
            // "Procter & Gamble", "Washington & Lee": names joined by an ampersand are one organisation's
            // (but "Mount Sinai Medical Center & Miami Heart Institute" are two)
            if (t.text().equals("&") && j + 1 < n && capitalised(s.token(j + 1)) && nameTag(s.token(j + 1))
                    && !gaz.isOrgWord(core(doc, prev))) {
                j += 2;
                continue;
            }
            // "Pope John Paul II", "Fernando VII": a regnal number closes a person's name
            if (romanNumeral(t.text()) && givenNameIn(doc, s, i, j)) {
                j++;
                break;
            }
            // "Bank of England", "Ministry of Defence", "Council of the European Union"
            // "National Council for Peace and Order": "for" as "of"
            if ((t.is("of") || t.is("for") || t.is("on") && gaz.isOrgOnWord(core(doc, prev))) && gaz.isOrgOfWord(core(doc, prev))
                    && j + 1 < n && !calendarWord(s.token(j + 1).text())) {
                int k = j + 1;
                if (s.token(k).is("the") && k + 1 < n) {
                    k++;
                }
                if (capitalised(s.token(k)) && nameTag(s.token(k))) {
                    j = k + 1;
                    orgTail = true;
                    continue;
                }
            }
            // "Department of Health and Human Services", "Academy of Sciences and Arts": "and" inside the tail,
            // unless what follows is a name of its own ("… of Defence and Foreign Office", "and Minister X")
            // ("American Civil Liberties Union of Ohio and Demos": after a place, "and" joins two names)
            if (orgTail && t.is("and") && j + 1 < n && !placeBefore(doc, s, j)) {
                Token nx = s.token(j + 1);
                String w = core(doc, nx);
                if (capitalised(nx) && nameTag(nx) && !gaz.isOrgWord(w) && !gaz.isGivenName(w) && gaz.phrase(w) == null
                        && titleAt(doc, s, j + 1, n) == 0 && (j + 2 >= n || !capitalised(s.token(j + 2)))) {
                    j += 2;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    /** Whether the one or two words before token {@code j} are a known place. */
    private boolean placeBefore(AnnotatedDocument doc, Sentence s, int j) {
        for (int w = 1; w <= 2 && j - w >= 0; w++) {
            if (gaz.phrase(surface(doc, s, j - w, j)) == Gazetteers.Kind.PLACE) {
                return true;
            }
        }
        return false;
    }

    private boolean givenNameIn(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = core(doc, s.token(k));
            if (givenNameOnly(w) && !gaz.isAmbiguousGivenName(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "and" at {@code j} joins two halves of one organisation's name: capitalised words on both sides, an
     * organisation word within three capitalised words after it, none before it, and on the left no place or person
     * ("Mexico and Border Patrol", "Smith and Labour Party" are two names).
     */
    private boolean andOrgTail(AnnotatedDocument doc, Sentence s, int i, int j) {
        if (j <= i || j + 1 >= s.size() || !capitalised(s.token(j - 1)) || possessive(s.token(j - 1))) {
            return false;
        }
        for (int k = i; k < j; k++) {
            String w = core(doc, s.token(k));
            if (gaz.isOrgWord(w) && k == j - 1 || gaz.phrase(w) == Gazetteers.Kind.PLACE || gaz.isAffiliation(w) || gaz.isTitle(w)
                    || gaz.isGivenName(w) && !gaz.isAmbiguousGivenName(w) || j - i == 1 && gaz.isSurname(w)) {
                return false;
            }
        }
        if (gaz.phrase(surface(doc, s, i, j)) != null || titleAt(doc, s, i, j) > 0) {
            return false;
        }
        for (int k = j + 1; k < s.size() && k <= j + 3; k++) {
            Token t = s.token(k);
            if (!capitalised(t) || !nameTag(t) && !capitalsToOrgWord(doc, s, k)) {
                return false;
            }
            if (gaz.isOrgWord(core(doc, t))) {
                return true;
            }
            if (possessive(t)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SAINTLY = Set.of("St.", "St", "Saint", "Sainte", "Prince", "Princess", "King", "Queen");

    /** "Convention People's Party", "National Farmers' Union": the possessive before token {@code j} is inside the name. */
    private boolean possessiveInsideOrg(AnnotatedDocument doc, Sentence s, int j) {
        Token prev = s.token(j - 1);
        // "St. Joseph's Cemetery", "Prince George's County", "St. Patrick's Academy": a saint's or a prince's name
        boolean saint = j >= 2 && SAINTLY.contains(s.token(j - 2).text());
        if (!gaz.isPossessiveNameWord(core(doc, prev)) && !saint) {
            return false;
        }
        for (int k = j; k < s.size() && k <= j + 2 && capitalised(s.token(k)); k++) {
            if (gaz.isOrgWord(core(doc, s.token(k))) || saint && gaz.isPlaceWordLast(core(doc, s.token(k)))) {
                return true;
            }
            if (possessive(s.token(k))) {
                return false;
            }
        }
        return false;
    }

    /** II, III, IV … XXX (not I, V, X alone: a pronoun, a letter). */
    static boolean romanNumeral(String w) {
        return w.length() >= 2 && w.matches("X{0,3}(IX|IV|V?I{0,3})");
    }

    /**
     * Whether the tagger put a capitalised word in a closed class (ADP, DET, PRON, conjunctions, AUX, PART) although it is
     * no function word: "drummer Jay Ziskrout/ADP left" — the tag is a guess for an unknown word, likely a name.
     */
    private boolean misTaggedClosed(Token t) {
        String pos = t.pos();
        boolean closed = pos.startsWith("DET") || pos.startsWith("ADP") || pos.startsWith("PRON") || pos.startsWith("CCONJ")
                || pos.startsWith("SCONJ") || pos.startsWith("PART") || pos.startsWith("AUX");
        return closed && capitalised(t) && t.text().length() >= 3 && t.text().chars().allMatch(Character::isLetter)
                && !gaz.isFunctionWord(t.text());
    }

    /**
     * "Chad Bown", "Paris Hilton", "Georgia Fowler": token {@code i} is a known place that is also a given name (not one
     * that is an everyday word), and the next word is a surname, no place, organisation, title or nationality word
     * ("Jordan Valley", "Georgia Tech" stay as they are).
     */
    private boolean placeNamedPerson(AnnotatedDocument doc, Sentence s, int i) {
        Token t = s.token(i);
        Token nx = s.token(i + 1);
        String w = core(doc, t);
        String next = core(doc, nx);
        return !possessive(t) && gaz.isGivenName(w) && !gaz.isAmbiguousGivenName(w) && !gaz.isDemonym(w)
                && capitalised(nx) && (nameTag(nx) || misTaggedClosed(nx)) && gaz.isSurname(next) && surnameShaped(next)
                && gaz.phrase(next) != Gazetteers.Kind.PLACE && !gaz.isPlaceWordFirst(next) && !COMPASS.contains(next)
                && !gaz.isTitle(next) && !calendarWord(next);
    }

    /**
     * "Nintendo Australia's", "Toyota Canada": a known company then a country; "Apple Music show", "Google Maps app": a
     * known company then one capitalised word that no list knows, before a lower-case noun (the tagger may call it a
     * verb: "show"). Either is one organisation.
     */
    private boolean companyArm(AnnotatedDocument doc, Sentence s, int i, int gEnd) {
        if (possessive(s.token(gEnd - 1)) || !gaz.isCompany(surface(doc, s, i, gEnd))) {
            return false;
        }
        Token nx = s.token(gEnd);
        String w = core(doc, nx);
        if (!capitalised(nx) || !nameTag(nx) || acronym(w)) {
            return false;
        }
        if (gaz.isCountry(w)) {
            return true;
        }
        int after = gEnd + 1;
        return !possessive(nx) && after < s.size() && !capitalised(s.token(after))
                && (s.token(after).pos().startsWith("NOUN") || s.token(after).pos().startsWith("VERB"))
                && !gaz.isFunctionWord(s.token(after).text())
                && gaz.phrase(w) == null && !gaz.isGivenName(w) && !gaz.isDemonym(w) && !gaz.isTitle(w)
                && !gaz.isAffiliation(w) && !gaz.isRoleNoun(w.toLowerCase(java.util.Locale.ROOT)) && !calendarWord(w);
    }

    /**
     * "to replace Thabo/NOUN Mbeki/NOUN as president": two capitalised words that the tagger took for common nouns, the
     * second a news surname (not from the census list, so no English word), are a person's name.
     */
    private boolean newsSurnameRun(AnnotatedDocument doc, Sentence s, int from, int to) {
        if (to - from != 2) {
            return false;
        }
        String first = core(doc, s.token(from));
        String last = core(doc, s.token(to - 1));
        return !possessive(s.token(from)) && gaz.isNewsSurname(last) && !gaz.isFunctionWord(first) && !gaz.isDemonym(first)
                && !gaz.isAffiliation(first) && !gaz.isOrgWord(first) && gaz.phrase(first) == null && !gaz.isTitle(first)
                && !gaz.isAmbiguousGivenName(first) && !calendarWord(first);
    }

    /** "Sir Thomas Legg/VERB": a capitalised word inside the sentence right after a known given name is the surname. */
    private boolean surnameAfterGiven(AnnotatedDocument doc, Sentence s, int j) {
        if (j < 2 || s.token(j).isPunct() || romanNumeral(s.token(j).text())) {
            return false;
        }
        String pos = s.token(j).pos();
        if ((pos.startsWith("DET") || pos.startsWith("ADP") || pos.startsWith("PRON") || pos.startsWith("CCONJ")
                || pos.startsWith("SCONJ") || pos.startsWith("PART") || pos.startsWith("AUX")) && !misTaggedClosed(s.token(j))
                || TITLE_SMALL_WORDS.contains(s.token(j).lower())) {
            return false;
        }
        String prev = core(doc, s.token(j - 1));
        return capitalised(s.token(j - 1)) && propn(s.token(j - 1)) && !possessive(s.token(j - 1))
                && givenNameOnly(prev) && !gaz.isAmbiguousGivenName(prev);
    }

    private static String core(AnnotatedDocument doc, Token t) {
        return t.text().substring(0, coreLength(t));
    }

    /** The document text of tokens [from, to), the last without its possessive. */
    private static String surface(AnnotatedDocument doc, Sentence s, int from, int to) {
        return doc.text().substring(s.token(from).begin(), s.token(to - 1).begin() + coreLength(s.token(to - 1)));
    }

    private static Span spanOf(Sentence s, int from, int to) {
        return new Span(s.token(from).begin(), s.token(to - 1).begin() + coreLength(s.token(to - 1)));
    }

    /** The org-context words before token {@code i} ("joined", "member of the"): null, or whether academic. */
    private Boolean orgContextBefore(Sentence s, int i) {
        int k = i;
        if (k > 0 && s.token(k - 1).is("the")) {
            k--;
        }
        for (int w = 2; w >= 1; w--) {
            if (k - w < 0) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (int j = k - w; j < k; j++) {
                b.append(j > k - w ? " " : "").append(s.token(j).lower());
            }
            Boolean c = gaz.orgContext(b.toString());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private boolean afterClassifier(Sentence s, int i) {
        if (i == 0) {
            return false;
        }
        Token before = s.token(i - 1);
        // "a new-age music label called Earthtone", "a band named Kestrel Yard"
        if ((before.is("called") || before.is("named")) && i >= 2) {
            before = s.token(i - 2);
        }
        return !capitalised(before) && before.pos().startsWith("NOUN") && gaz.isOrgClassifier(before.text());
    }

    /**
     * "the group Tears for Fears", "band Rage Against the Machine": after a classifier noun the name runs over
     * capitalised words whatever their tag, and over small joining words that a capitalised word follows.
     */
    private int classifiedEnd(Sentence s, int i) {
        int n = s.size();
        int end = i + 1;
        int j = i + 1;
        while (j < n && !possessive(s.token(j - 1))) {
            Token t = s.token(j);
            if (capitalised(t) && !"NUM".equals(t.pos())) {
                end = ++j;
            } else if (gaz.isNameConnector(t.text())) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The end of a sentence's capitalised subject that "is"/"was" follows, small joining words allowed inside; or -1. */
    private int subjectEnd(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 8; k++) {
            Token t = s.token(k);
            if (t.is("is") || t.is("was")) {
                return capitalised(s.token(k - 1)) ? k : -1;
            }
            if (!(capitalised(t) && !possessive(s.token(k - 1)) || gaz.isNameConnector(t.text()))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean allCapitalised(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!capitalised(s.token(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean classifiedOrg(AnnotatedDocument doc, Sentence s, int from, int to) {
        Boolean context = afterClassifier(s, from) ? Boolean.FALSE : orgContextBefore(s, from);
        if (context == null) {
            return false;
        }
        String first = core(doc, s.token(from));
        // "member of Hol municipal council", "captain of the Austrian team": the name only qualifies what follows
        if (to - from == 1 && (gaz.isDemonym(first) || gaz.isAffiliation(first))
                || to < s.size() && !capitalised(s.token(to))
                && (s.token(to).pos().startsWith("NOUN") || s.token(to).pos().startsWith("ADJ"))) {
            return false;
        }
        Gazetteers.Kind known = gaz.phrase(surface(doc, s, from, to));
        if (known == Gazetteers.Kind.PLACE && context) {
            return true;    // "studied at Oxford": the university
        }
        // "the team Ronaldo joined", "joined John Smith": a person's name is left to the person rules, unless an
        // article stands before it ("playing for the Adler Mannheim")
        boolean article = s.token(from - 1).is("the");
        // "the metal band Amaranthe,": one word after a classifier noun is the name, given name or not, unless a verb
        // follows it ("the team Ronaldo joined")
        // ("band Rage Against the Machine", "band La Oreja de Van Gogh": a longer name is a person's only when it is
        // shaped like one, given name and surname)
        boolean named = afterClassifier(s, from)
                && (to - from == 1 ? to >= s.size() || !(s.token(to).pos().startsWith("VERB") || s.token(to).pos().startsWith("AUX"))
                    : !(to - from <= 3 && allCapitalised(s, from, to) && personLike(doc, s, from, to)));
        return (article || named || !personLike(doc, s, from, to) && !gaz.isGivenName(first)) && titleAt(doc, s, from, to) == 0
                && gaz.phrase(surface(doc, s, from, to)) == null;
    }

    private boolean teamAfterPlace(AnnotatedDocument doc, Sentence s, int from, int to) {
        String last = core(doc, s.token(to - 1));
        if (last.length() < 4 || !last.endsWith("s") || last.endsWith("ss") || gaz.isPlaceWordLast(last) || gaz.isAffiliation(last)
                || titleAt(doc, s, from, to) > 0 || gaz.isOrgWord(last) || gaz.isDemonym(last)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!capitalised(s.token(k)) || possessive(s.token(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean personLike(AnnotatedDocument doc, Sentence s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        String first = core(doc, s.token(from));
        return gaz.isGivenName(first) && !gaz.isAmbiguousGivenName(first) && !gaz.isDemonym(first)
                && gaz.phrase(first) == null;
    }

    private void addKnown(AnnotatedDocument doc, Sentence s, int from, int to, Gazetteers.Kind k, boolean titleLine,
                          List<Cand> out) {
        EntityType type = k == Gazetteers.Kind.PLACE ? EntityType.PLACE : EntityType.ORGANIZATION;
        String text = surface(doc, s, from, to);
        double strength = KNOWN;
        // "Jordan said", "Mr Washington": a title before a known place name makes it a person
        // ("led by coal-producer West Virginia": a lower-case role noun before a place does not make it a person)
        String title = type == EntityType.PLACE ? titleBefore(doc, s, from) : null;
        if (title != null && (gaz.isHonorific(title) || Character.isUpperCase(title.codePointAt(0)))) {
            type = EntityType.PERSON;
            strength = TITLED;
        }
        out.add(new Cand(s, from, to, spanOf(s, from, to), text, type, strength, titleLine, true));
    }

    /** The title (one or more words) just before token {@code i}, or null. */
    String titleBefore(AnnotatedDocument doc, Sentence s, int i) {
        if (i >= 2 && s.token(i - 1).text().equals(".") && s.token(i - 2).end() == s.token(i - 1).begin()) {
            i--;
        }
        for (int w = Math.min(gaz.maxTitleWords(), i); w >= 1; w--) {
            String words = doc.text().substring(s.token(i - w).begin(), s.token(i - 1).end());
            if (gaz.isTitle(words)) {
                return words;
            }
        }
        return null;
    }

    /** Strips titles and nationality words, splits at inner titles, then types what is left. */
    private void addRun(AnnotatedDocument doc, Sentence s, int from, int to, boolean titleLine, List<Cand> out) {
        if (PARTY_STATE.matcher(s.token(from).text()).matches()) {
            return;     // "(D-Mass.)", ", R-Texas,": a US legislator's party and state, not a name
        }
        boolean endsOrg = gaz.isOrgWord(core(doc, s.token(to - 1))) || orgOf(doc, s, from, to);
        boolean titled = titleBefore(doc, s, from) != null;
        int i = from;
        while (i < to) {
            // a title inside the run: what comes before it is a name of its own ("Florida Governor X")
            int titleLen = titleAt(doc, s, i, to);
            if (titleLen > 0 && !endsOrg && !(i > from && givenNameOnly(core(doc, s.token(i - 1))))) {
                i += titleLen;
                titled = true;
                from = i;
                continue;
            }
            String w = core(doc, s.token(i));
            if ((gaz.isDemonym(w) && !(gaz.isGivenName(w) && !gaz.isAmbiguousGivenName(w) && i + 1 < to) || gaz.isAffiliation(w)) && !endsOrg) {
                i++;
                from = i;
                continue;
            }
            // "Former White House", "Either Clinton": a leading common word the tagger did not call a proper noun
            if (i + 1 < to && !propn(s.token(i)) && !endsOrg && !gaz.isGivenName(w) && !(i == from && lifeAside(s, to))
                    && !gaz.isMiscWord(core(doc, s.token(to - 1)))
                    && !newsSurnameRun(doc, s, i, to)
                    && gaz.phrase(surface(doc, s, i, to)) == null && !placeWordRun(doc, s, i, to)) {
                i++;
                from = i;
                continue;
            }
            // a known place before an inner title: "U.S. President Donald Trump"
            int k = i + 1;
            int split = -1;
            while (k < to) {
                int tl = titleAt(doc, s, k, to);
                // "James Earl Jones": a title word right after a given name is a middle name
                if (tl > 0 && !endsOrg && !givenNameOnly(core(doc, s.token(k - 1)))) {
                    split = k;
                    break;
                }
                k++;
            }
            if (split > 0) {
                typeRun(doc, s, i, split, false, titleLine, out);
                i = split;
                from = i;
                continue;
            }
            typeRun(doc, s, i, to, titled, titleLine, out);
            return;
        }
    }

    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central", "Upper", "Lower");

    private boolean placeExtended(AnnotatedDocument doc, Sentence s, int from, int to, Gazetteers.Kind gKind, int gEnd) {
        String last = core(doc, s.token(to - 1));
        for (int k = from; k < to - 1; k++) {
            if (possessive(s.token(k))) {
                return false;
            }
        }
        if (gKind == Gazetteers.Kind.PLACE && gEnd < to && gaz.phrase(surface(doc, s, from, to)) == null) {
            boolean restPlaceWord = to - gEnd == 1 && (gaz.isPlaceWordLast(last) || COMPASS.contains(last));
            return restPlaceWord && !gaz.isOrgWord(last);
        }
        return gEnd < 0 && COMPASS.contains(s.token(from).text()) && gaz.phrase(surface(doc, s, from + 1, to)) == Gazetteers.Kind.PLACE;
    }

    private boolean placeWordRun(AnnotatedDocument doc, Sentence s, int from, int to) {
        return to - from >= 2 && (gaz.isPlaceWordLast(core(doc, s.token(to - 1))) || gaz.isPlaceWordFirst(core(doc, s.token(from))));
    }

    /** The number of tokens of a title starting at {@code i} and followed by more of the run, or 0. */
    private int titleAt(AnnotatedDocument doc, Sentence s, int i, int to) {
        for (int w = Math.min(gaz.maxTitleWords(), to - i - 1); w >= 1; w--) {
            String words = doc.text().substring(s.token(i).begin(), s.token(i + w - 1).end());
            if (gaz.isTitle(words)) {
                return w;
            }
        }
        return 0;
    }

    /** "Bank of England", "Council for Peace": an organisation word followed by "of" or "for". */
    private boolean orgOf(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if ((s.token(k).is("of") || s.token(k).is("for") || s.token(k).is("on") && gaz.isOrgOnWord(core(doc, s.token(k - 1))))
                    && gaz.isOrgOfWord(core(doc, s.token(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Tarvex chairperson Ben Dlamini", "Rust Out Girl bassist Tom Reddy": an unknown name right before a lower-case
     * role noun and a following name is the organisation the role is held in.
     */
    private boolean roleNounThenName(AnnotatedDocument doc, Sentence s, int from, int to) {
        String first = core(doc, s.token(from));
        if (to - from == 1 && (gaz.isDemonym(first) || calendarWord(first)) || personLike(doc, s, from, to)) {
            return false;
        }
        for (int w = 1; w <= 2 && to + w < s.size(); w++) {
            StringBuilder b = new StringBuilder();
            boolean lower = true;
            for (int k = to; k < to + w; k++) {
                lower &= !capitalised(s.token(k));
                b.append(k > to ? " " : "").append(s.token(k).lower());
            }
            if (lower && gaz.isRoleNoun(b.toString()) && capitalised(s.token(to + w)) && nameTag(s.token(to + w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the capitalised run at {@code i} is followed by a role noun and a name. */
    private boolean roleNounAhead(AnnotatedDocument doc, Sentence s, int i) {
        int j = i;
        while (j < s.size() && capitalised(s.token(j))) {
            j++;
        }
        return j > i && roleNounThenName(doc, s, i, j);
    }

    /** "is an American rock band", "was a political party" right after a name: is/was, an article, modifiers, a classifier. */
    private boolean saidToBeOrg(Sentence s, int to) {
        if (to + 2 >= s.size() || !(s.token(to).is("is") || s.token(to).is("was"))
                || !(s.token(to + 1).is("a") || s.token(to + 1).is("an"))) {
            return false;
        }
        for (int k = to + 2; k < s.size() && k <= to + 6; k++) {
            Token t = s.token(k);
            // ("was a German band leader": the classifier only qualifies the noun after it)
            if (!capitalised(t) && gaz.isOrgClassifier(t.text()) && t.pos().startsWith("NOUN")) {
                return k + 1 >= s.size() || !s.token(k + 1).pos().startsWith("NOUN");
            }
            if (t.isPunct() || !(t.pos().startsWith("ADJ") || t.pos().startsWith("NOUN") || gaz.isDemonym(t.text()))) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code ti} lies in a name already found that is known or typed as a person or place. */
    private static boolean claimed(List<Cand> out, Sentence s, int ti) {
        for (Cand c : out) {
            if (c.s == s && c.from <= ti && ti < c.to) {
                // a lone word only guessed a person from a surname list ("Rust") gives way
                return c.known || c.type == EntityType.PLACE
                        || c.type == EntityType.PERSON && (c.to - c.from > 1 || c.strength > WEAK);
            }
        }
        return false;
    }

    /** "#WitkoffUkraine", "@JohnMelloy": a hashtag or a user handle, not a name as written. */
    private static boolean tagOrHandle(AnnotatedDocument doc, Token t) {
        int b = t.begin();
        return t.text().startsWith("#") || t.text().startsWith("@")
                || b > 0 && (doc.text().charAt(b - 1) == '#' || doc.text().charAt(b - 1) == '@');
    }

    /** Prefixes of persons' names that a capital follows: "MacArthur", "VanDyke", "DeVos", "McCain", "FitzGerald". */
    private static final java.util.regex.Pattern NAME_PREFIX =
            java.util.regex.Pattern.compile("(Mac|Mc|Van|Von|Vander|De|Des|Del|Della|Di|Da|Dos|Du|La|Le|Fitz|Ben|Bin|Abu|Abd|Al|St|Ste|San|Santa)\\p{Lu}.*");

    /** A word with a capital after at least two lower-case letters and not after a name prefix: "PricewaterhouseCoopers". */
    static boolean camelCase(String w) {
        return w.length() >= 5 && w.matches("\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{L}*") && !NAME_PREFIX.matcher(w).matches();
    }

    private static boolean acronym(String w) {
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    private void typeRun(AnnotatedDocument doc, Sentence s, int from, int to, boolean titled, boolean titleLine,
                         List<Cand> out) {
        if (from >= to) {
            return;
        }
        // "John D. Rockefeller III": the name is typed without its regnal number, which then joins a person's name
        if (to - from >= 2 && romanNumeral(s.token(to - 1).text())) {
            List<Cand> inner = new ArrayList<>();
            typeRun(doc, s, from, to - 1, titled, titleLine, inner);
            for (Cand c : inner) {
                boolean ends = c.to == to - 1 && c.type == EntityType.PERSON;
                out.add(!ends ? c : new Cand(s, c.from, to, spanOf(s, c.from, to), surface(doc, s, c.from, to), c.type,
                        c.strength, c.titleLine, c.known));
            }
            return;
        }
        String text = surface(doc, s, from, to);
        Span span = spanOf(s, from, to);
        int len = to - from;
        String first = core(doc, s.token(from));
        String last = core(doc, s.token(to - 1));
        Gazetteers.Kind known = gaz.phrase(text);
        EntityType type = null;
        double strength = 0;
        boolean ampersand = false;
        for (int k = from + 1; k < to - 1; k++) {
            ampersand |= s.token(k).text().equals("&");
        }
        if (known == null && (gaz.isTitle(text) || len == 1 && (calendarWord(first) || gaz.isOrgWord(first)
                || gaz.isAffiliation(first)))) {
            return;
        }
        boolean digits = false;
        for (int k = 0; k < text.length(); k++) {
            digits |= Character.isDigit(text.charAt(k));
        }
        // "the House", "Battle of X": a determiner before or "of" after a single word is no person
        boolean notPerson = len == 1 && (from > 0 && (s.token(from - 1).is("the") || s.token(from - 1).is("a")
                || s.token(from - 1).is("an")) || to < s.size() && s.token(to).is("of"));
        // "a major General Assembly vote", "the Queen City", "Miss Universe": a title before an organisation, place or
        // event word names no person
        boolean titledName = titled && !gaz.isOrgWord(last) && !gaz.isPlaceWordLast(last) && !gaz.isMiscWord(last);
        if (titledName && known != Gazetteers.Kind.ORGANIZATION && known != Gazetteers.Kind.OUTLET) {
            type = EntityType.PERSON;
            strength = TITLED;
        } else if (known != null) {
            type = known == Gazetteers.Kind.PLACE ? EntityType.PLACE : EntityType.ORGANIZATION;
            strength = KNOWN;
        } else if (ampersand) {
            type = EntityType.ORGANIZATION;
            strength = ORG_WORD;
        } else if (gaz.isOrgWord(last) && (len >= 2 || propn(s.token(from))) || orgOf(doc, s, from, to)
                || roleNounThenName(doc, s, from, to)) {
            type = EntityType.ORGANIZATION;
            strength = ORG_WORD;
        } else if (len == 1 && camelCase(first) && !shouting(s) && !tagOrHandle(doc, s.token(from))) {
            // "PricewaterhouseCoopers", "VenCatalyst": a capital inside a word is a brand's, not a person's
            type = EntityType.ORGANIZATION;
            strength = ACRONYM;
        } else if (len == 1 && acronym(first) && !shouting(s)) {
            type = EntityType.ORGANIZATION;
            strength = ACRONYM;
        } else if (len >= 2 && (gaz.isPlaceWordLast(last) || gaz.isPlaceWordFirst(first))
                && !(gaz.isGivenName(first) && !gaz.isAmbiguousGivenName(first) && gaz.isSurname(last) && len == 2)) {
            type = EntityType.PLACE;
            strength = ORG_WORD;
        } else if (len >= 2 && gaz.isNameArticle(first)) {
            type = EntityType.ORGANIZATION;
            strength = 0.1;
        } else if (len >= 2 && gaz.isMiscWord(last) && !(len == 2 && gaz.isGivenName(first) && gaz.isSurname(last)
                && !gaz.isAmbiguousGivenName(first))) {
            return;
        } else if (len >= 2 && innerOrgWord(doc, s, from, to)) {
            // "Loyola University Chicago", "Club Atlético Tigre": an organisation word inside, no person's name
            type = EntityType.ORGANIZATION;
            strength = CONTEXT;
        } else if (len >= 3 && (gaz.isOrgWord(first) || gaz.isOrgOfWord(first)) && (givenNameOnly(core(doc, s.token(from + 1)))
                && !gaz.isAmbiguousGivenName(core(doc, s.token(from + 1))) || len == 3 && gaz.isSurname(last)
                && surnameShaped(last) && gaz.phrase(core(doc, s.token(from + 1))) == null
                && !gaz.isOrgWord(core(doc, s.token(from + 1))))) {
            // "Speaker of the House Newt Gingrich": an organisation word before a given name is not part of the name
            typeRun(doc, s, from + 1, to, titled, titleLine, out);
            return;
        } else if (len >= 2 && len - particles(s, from, to) <= (particles(s, from, to) > 0 ? 5 : 4) && !digits
                && gaz.isGivenName(first) && !gaz.isDemonym(first)
                && (!gaz.isAmbiguousGivenName(first) || gaz.isSurname(last)
                    || from > 0 && propn(s.token(from)) && !titleLine)) {
            type = EntityType.PERSON;
            strength = GIVEN;
        } else if (len >= 2 && !gaz.isGivenName(first) && innerGivenName(doc, s, from, to) > from) {
            typeRun(doc, s, innerGivenName(doc, s, from, to), to, titled, titleLine, out);
            return;
        } else if (len >= 2 && len <= 4 && !digits && gaz.isSurname(last) && !gaz.isOrgWord(first)) {
            type = EntityType.PERSON;
            strength = SURNAME;
        } else if (len == 1 && gaz.isDemonym(first)) {
            return;
        } else if (placeContext(s, from)) {
            type = EntityType.PLACE;
            strength = CONTEXT;
        } else if (len == 1 && notPerson) {
            type = null;
        } else if (digits) {
            type = null;
        } else if (len == 1 && from > 0 && !titleLine && propn(s.token(from)) && gaz.isSurname(first)
                && !(to < s.size() && s.token(to).text().matches("\\d+"))) {
            // ("from Day 1", "Game 7": a word before a number names a day or an item, not a person)
            type = EntityType.PERSON;
            strength = WEAK;
        } else if (len == 1 && gaz.isGivenName(first) && !gaz.isAmbiguousGivenName(first) && from > 0) {
            type = EntityType.PERSON;
            strength = WEAK;
        } else if (len >= 2 && innerGivenName(doc, s, from, to) > from) {
            typeRun(doc, s, innerGivenName(doc, s, from, to), to, titled, titleLine, out);
            return;
        } else if (len >= 2 && len <= 4 && !digits && lifeAside(s, to)) {
            // "Eivind Bolle (13 October 1923 – 10 June 2012) was …": a name with dates of life is a person's
            type = EntityType.PERSON;
            strength = GIVEN;
        } else if (len >= 2 && len <= 3 && partyAside(doc, s, to) && surnameShaped(last)) {
            // "Terje Halleland (Progress Party)", "Jeff Flake (R-Ariz.)": a party in brackets after a name is a person's
            type = EntityType.PERSON;
            strength = GIVEN;
        } else if (len >= 2 && len <= 3 && sayingNear(s, from, to) && surnameShaped(last)) {
            type = EntityType.PERSON;
            strength = SURNAME;
        } else if (len >= 2 && len <= 5) {
            type = EntityType.ORGANIZATION;
            strength = UNKNOWN;
        } else {
            // kept as an unknown single word: the document may tell who it is
            type = null;
        }
        out.add(new Cand(s, from, to, span, text, type, strength, titleLine, known != null));
    }

    /** The lower-case name particles ("de", "von", "der") among tokens [from, to). */
    private int particles(Sentence s, int from, int to) {
        int p = 0;
        for (int k = from + 1; k < to - 1; k++) {
            if (gaz.isNameParticle(s.token(k).text())) {
                p++;
            }
        }
        return p;
    }

    /** An organisation word strictly inside the run (not its first or last word). */
    private boolean innerOrgWord(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            String w = core(doc, s.token(k));
            if (gaz.isOrgWord(w) && !gaz.isSurname(w) && !gaz.isGivenName(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether brackets with a party follow token {@code to - 1}: "(Progress Party)", "(Labour)", "(R-Ariz.)". */
    private boolean partyAside(AnnotatedDocument doc, Sentence s, int to) {
        if (to + 2 >= s.size() || !s.token(to).is("(")) {
            return false;
        }
        int close = -1;
        for (int k = to + 1; k < s.size() && k <= to + 5; k++) {
            if (s.token(k).is(")")) {
                close = k;
                break;
            }
        }
        if (close < 0 || close == to + 1) {
            return false;
        }
        String first = s.token(to + 1).text();
        String last = core(doc, s.token(close - 1));
        return first.matches("[RDI]-.*") || close == to + 2 && gaz.isAffiliation(first)
                || last.equals("Party") && allCapitalised(s, to + 1, close);
    }

    /** Whether brackets with a birth or a life span follow token {@code to - 1}: "(born 1950)", "(1923 – 2012)". */
    private static boolean lifeAside(Sentence s, int to) {
        if (to >= s.size() || !s.token(to).is("(")) {
            return false;
        }
        int years = 0;
        for (int k = to + 1; k < s.size() && k <= to + 16; k++) {
            Token t = s.token(k);
            if (t.is(")")) {
                return years >= 2;
            }
            if (k == to + 1 && (t.is("born") || t.is("b.") || t.is("died"))) {
                return true;
            }
            if (t.text().matches("\\d{3,4}")) {
                years++;
            }
        }
        return false;
    }

    private static boolean weekday(String w) {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equals(w.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Month and weekday names: capitalised, often PROPN, never names here. */
    private static boolean calendarWord(String w) {
        String u = w.toUpperCase(Locale.ROOT);
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().equals(u) || u.length() >= 3 && u.endsWith(".") && m.name().startsWith(u.substring(0, u.length() - 1))) {
                return true;
            }
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equals(u)) {
                return true;
            }
        }
        return false;
    }

    /** A given name that is not also a known place, organisation or demonym. */
    private boolean givenNameOnly(String w) {
        return gaz.isGivenName(w) && gaz.phrase(w) == null && !gaz.isDemonym(w);
    }

    /** Could end a person's name: no acronym, nationality, organisation or event word. */
    private boolean surnameShaped(String w) {
        return !acronym(w) && !gaz.isDemonym(w) && !gaz.isOrgWord(w) && !gaz.isMiscWord(w) && !gaz.isPlaceWordLast(w)
                && !(w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2)));
    }

    /** "X said", "X told", ", said X": a verb of saying next to the name. */
    private boolean sayingNear(Sentence s, int from, int to) {
        if (to < s.size() && gaz.isPersonVerb(s.token(to).text())) {
            return true;
        }
        return from >= 1 && gaz.isPersonVerb(s.token(from - 1).text());
    }

    /** The first token after {@code from} that starts a person name inside an unknown run, or -1. */
    private int innerGivenName(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            String w = core(doc, s.token(k));
            if (gaz.isGivenName(w) && !gaz.isAmbiguousGivenName(w) && gaz.phrase(w) == null) {
                return k;
            }
        }
        return -1;
    }

    /** "in X", "at X", "from X", "near X": weak evidence of a place. */
    private static boolean placeContext(Sentence s, int from) {
        int k = from - 1;
        if (k >= 0 && s.token(k).is("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token p = s.token(k);
        return p.is("in") || p.is("near") || p.is("across") || p.is("throughout");
    }

    // ---------------------------------------------------------------- per document

    /** The type a candidate gets in its document, or null for none. */
    private EntityType decide(Cand c, Set<String> personParts, Map<String, EnumMap<EntityType, Double>> votes,
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
            if (total <= WEAK && counts.get(c.text) < 2 && !c.known) {
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
    private boolean headlineNameWords(String[] words, int n, Set<String> bodyNameWords, Set<String> bodyLower) {
        for (int k = 0; k < n; k++) {
            String w = words[k];
            if (bodyLower.contains(w.toLowerCase(Locale.ROOT)) && !gaz.isNameParticle(w)) {
                return false;
            }
            boolean name = bodyNameWords.contains(w) || givenNameOnly(w) && !gaz.isAmbiguousGivenName(w)
                    || w.matches("\\p{Lu}\\.?") || gaz.isNameParticle(w);
            if (!name) {
                return false;
            }
        }
        return true;
    }

    /** In a headline run ("Hillary Clinton Speaks"), the longest parts that the body names. */
    private static void confirmedParts(AnnotatedDocument doc, Cand c, Map<String, EntityType> bodyTypes, List<Mention> out) {
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

    private List<Mention> consistent(AnnotatedDocument doc, List<Cand> cands, NameModelEvidence model) {
        // an unknown name of two or three words whose last word also stands alone is a person's ("Motlanthe")
        Set<String> singles = new HashSet<>();
        for (Cand c : cands) {
            if (c.to - c.from == 1 && !c.known && !c.titleLine) {
                singles.add(c.text);
            }
        }
        for (Cand c : cands) {
            if (c.type == EntityType.ORGANIZATION && c.strength <= UNKNOWN && c.to - c.from <= 3) {
                String[] words = c.text.split("\\s+");
                if (words.length >= 2 && singles.contains(words[words.length - 1]) && surnameShaped(words[words.length - 1])) {
                    c.type = EntityType.PERSON;
                    c.strength = SURNAME;
                }
            }
        }
        // words of the names the body writes, and the words it writes in lower case ("calls", "absurd")
        Set<String> bodyNameWords = new HashSet<>();
        for (Cand c : cands) {
            if (!c.titleLine) {
                bodyNameWords.addAll(Arrays.asList(c.text.split("\\s+")));
            }
        }
        Set<String> bodyLower = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            if (!isTitleLine(doc, s) && !shouting(s)) {
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
        for (Cand c : cands) {
            if (!c.titleLine) {
                bodyTexts.add(c.text);
            }
            if (c.type == EntityType.PERSON && c.to - c.from >= 2 && c.strength >= SURNAME) {
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
        for (Cand c : cands) {
            if (c.type == null) {
                continue;
            }
            double w = c.strength;
            if (personParts.contains(c.text) && c.to - c.from == 1) {
                w = 0;
            }
            votes.computeIfAbsent(c.text, x -> new EnumMap<>(EntityType.class)).merge(c.type, w, Double::sum);
        }
        for (Cand c : cands) {
            Map.Entry<EntityType, Double> mv = model.vote(c.span, c.type);
            if (mv != null && !(personParts.contains(c.text) && c.to - c.from == 1)) {
                votes.computeIfAbsent(c.text, x -> new EnumMap<>(EntityType.class)).merge(mv.getKey(), mv.getValue(), Double::sum);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Cand c : cands) {
            counts.merge(c.text, 1, Integer::sum);
        }
        Map<Cand, EntityType> decided = new HashMap<>();
        Map<String, EntityType> bodyTypes = new HashMap<>();
        for (Cand c : cands) {
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
        for (Cand c : cands) {
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
            }
        }
        return out;
    }

    /**
     * A gender hint for a person mention: from a title just before it ("Mr.", "spokeswoman") or
     * from its first word when that is a known given name. 'M', 'F' or 'U'.
     */
    public static char genderHint(AnnotatedDocument doc, Mention m) {
        Gazetteers g = Gazetteers.get();
        Sentence s = doc.sentenceAt(m.span().begin());
        if (s != null) {
            int i = s.tokenAt(m.span().begin());
            if (i > 0) {
                for (int w = Math.min(g.maxTitleWords(), i); w >= 1; w--) {
                    String words = doc.text().substring(s.token(i - w).begin(), s.token(i - 1).end());
                    if (g.isTitle(words)) {
                        char c = g.genderOfTitle(words);
                        if (c != 'U') {
                            return c;
                        }
                        break;
                    }
                }
            }
        }
        String first = m.text().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return g.genderOfGivenName(first);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.POS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.NAMES);
    }
}
