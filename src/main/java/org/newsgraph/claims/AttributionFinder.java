package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.names.Entity;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * The work of {@link ClaimAnnotator} on one document. Tokens of all sentences are laid out in
 * one list so that patterns can look across a quote's closing mark or a paragraph break.
 */
final class AttributionFinder {

    /** Phrases standing for a source: all of it, and the part that names it (before a PP or apposition). */
    record Np(int start, int end, int headStart, int headEnd) {
    }

    /** A claim being built; source resolution comes last. */
    static final class Draft {
        final List<Span> content = new ArrayList<>();
        Span cue;
        Span sourceSpan;
        Span head;          // the words that name the source, for resolution
        Span antecedent;    // for "who": the phrase it refers to
        Draft inherit;      // coordination and participles: the source of an earlier claim
        boolean quote;
        int cueToken = -1;
        int cueLength;
        int order;          // token where the attribution sits, for text order
        int tailEnd;        // end of the attribution words after a quote
        Source source;

        Span extent() {
            Span s = content.get(0);
            for (Span c : content) {
                s = s.union(c);
            }
            return s;
        }
    }

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "’s", "am");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> SUBORDINATE = Set.of("as", "while", "when", "after", "before", "adding", "saying",
            "noting", "arguing", "citing", "according");
    /** Subordinators of time and cause: a complement starting with one is no content ("said before he died"). */
    private static final Set<String> ADVERBIAL = Set.of("before", "after", "while", "since", "until",
            "because", "once", "whenever");
    private static final Set<String> DEMONSTRATIVE = Set.of("this", "that", "these", "those");
    private static final Set<String> PP_HEADS = Set.of("of", "from", "at", "for", "in", "with", "on", "to", "inside",
            "within", "near");

    private final AnnotatedDocument doc;
    private final CueLexicon lex;
    private final String text;
    private final List<Token> toks = new ArrayList<>();
    private final List<String> lower = new ArrayList<>();
    private int[] sentOf;
    private int[] sentStart;
    private int[] sentEnd;
    private boolean[] inQuote;
    private boolean[] used;
    private boolean[] inName;
    private String[] tags;
    private final List<Draft> drafts = new ArrayList<>();
    private final java.util.Map<String, Source.Unnamed> unnamedByKey = new java.util.HashMap<>();

    AttributionFinder(AnnotatedDocument doc, CueLexicon lex) {
        this.doc = doc;
        this.lex = lex;
        this.text = doc.text();
    }

    List<Claim> find() {
        layout();
        if (toks.isEmpty()) {
            return List.of();
        }
        List<QuoteFinder.Quote> quotes = QuoteFinder.find(text);
        markQuotes(quotes);
        speakerLabels();
        quotes(quotes);
        reportedSpeech();
        accordingTo();
        nounCues();
        return resolveAll();
    }

    // ---------------------------------------------------------------- layout

    /**
     * Lays the tokens out in one list. Sentences split after an abbreviation ("Rep. Stephen
     * Lynch (D-Mass.) said …", "Mrs. Clinton") are joined again: an attribution needs its
     * subject and its verb in one sentence.
     */
    private void layout() {
        List<Sentence> ss = doc.sentences();
        List<Integer> so = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s < ss.size(); s++) {
            List<Token> ts = ss.get(s).tokens();
            if (ts.isEmpty()) {
                continue;
            }
            if (starts.isEmpty() || !continuesSentence(ts.get(0))) {
                starts.add(toks.size());
            }
            for (Token t : ts) {
                toks.add(t);
                lower.add(t.lower());
                so.add(starts.size() - 1);
            }
        }
        sentStart = new int[starts.size()];
        sentEnd = new int[starts.size()];
        for (int s = 0; s < starts.size(); s++) {
            sentStart[s] = starts.get(s);
            sentEnd[s] = s + 1 < starts.size() ? starts.get(s + 1) : toks.size();
        }
        sentOf = so.stream().mapToInt(Integer::intValue).toArray();
        tags = new String[toks.size()];
        for (int i = 0; i < tags.length; i++) {
            String p = toks.get(i).pos();
            int plus = p.indexOf('+');
            tags[i] = plus > 0 ? p.substring(0, plus) : p;
        }
        used = new boolean[toks.size()];
        inQuote = new boolean[toks.size()];
        inName = new boolean[toks.size()];
        int t = 0;
        for (Mention m : doc.mentions()) {
            if (!m.isName()) {
                continue;
            }
            while (t > 0 && toks.get(t - 1).end() > m.span().begin()) {
                t--;
            }
            while (t < toks.size() && toks.get(t).end() <= m.span().begin()) {
                t++;
            }
            for (int k = t; k < toks.size() && toks.get(k).begin() < m.span().end(); k++) {
                inName[k] = true;
            }
        }
    }

    /** Whether {@code first} goes on with the sentence laid out so far (a break after an abbreviation). */
    private boolean continuesSentence(Token first) {
        int n = toks.size();
        if (n < 2 || text.substring(toks.get(n - 1).end(), first.begin()).indexOf('\n') >= 0) {
            return false;
        }
        Token last = toks.get(n - 1);
        Token before = toks.get(n - 2);
        if (last.text().equals(",") && Character.isLowerCase(first.text().codePointAt(0))) {
            return true; // "McConnell, R-Ky., | said …": no sentence ends with a comma
        }
        if (last.text().equals(")") && before.text().endsWith(".") && Character.isLowerCase(first.text().codePointAt(0))) {
            return true; // "Sen. Jane Roe (R-Ga.) | said …": split after the state's abbreviation
        }
        if (!last.text().equals(".") && !last.text().endsWith(".")) {
            return false;
        }
        String word = last.text().equals(".") ? before.text() : last.text().substring(0, last.text().length() - 1);
        if (word.equals(")") && n >= 3) {
            return true; // "(D-Mass.)" before the verb
        }
        if (Character.isLowerCase(first.text().codePointAt(0))) {
            return true;
        }
        // a short capitalised word before the full stop and a name after it: "Rep. Jane Roe", "Mrs. Clinton"
        // (not "… in New York. According to …")
        return word.length() <= 4 && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && word.chars().allMatch(Character::isLetter) && !word.equals("I") && first.pos().startsWith("PROPN");
    }

    private void markQuotes(List<QuoteFinder.Quote> quotes) {
        int q = 0;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            while (q < quotes.size() && quotes.get(q).span().end() <= t.begin()) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).span().begin() < t.begin() && t.end() < quotes.get(q).span().end()) {
                inQuote[i] = true;
            }
        }
    }

    private Token tok(int i) {
        return toks.get(i);
    }

    private String low(int i) {
        return lower.get(i);
    }

    /** The token's tag; of a contraction's combined tag ("NOUN+PART" for "ad’s", "AUX+PART"), the first. */
    private String pos(int i) {
        return tags[i];
    }

    private boolean isQuoteMark(int i) {
        String s = toks.get(i).text();
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if ("\"“”'‘’`".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean isComma(int i) {
        return low(i).equals(",");
    }

    /** Whether a line break separates token {@code i} from the one before it. */
    private boolean paragraphStart(int i) {
        if (i == 0) {
            return true;
        }
        return text.substring(toks.get(i - 1).end(), toks.get(i).begin()).indexOf('\n') >= 0;
    }

    private int sStart(int i) {
        return sentStart[sentOf[i]];
    }

    private int sEnd(int i) {
        return sentEnd[sentOf[i]];
    }

    private Span span(int from, int to) {
        return new Span(toks.get(from).begin(), toks.get(to - 1).end());
    }

    // ---------------------------------------------------------------- cues

    /** The longest verbal cue starting at token {@code i}, as its number of tokens (0: none). */
    private int verbCueAt(int i, CueLexicon.VerbCue[] out) {
        for (CueLexicon.VerbCue c : lex.verbsStartingWith(low(i))) {
            List<String> w = c.words();
            if (i + w.size() > sEnd(i)) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < w.size() && ok; k++) {
                ok = low(i + k).equals(w.get(k));
            }
            if (ok) {
                if (out != null) {
                    out[0] = c;
                }
                return w.size();
            }
        }
        return 0;
    }

    private boolean verbLike(int i) {
        String p = pos(i);
        return !(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("ADP") || p.equals("DET")
                || p.equals("PUNCT") || p.equals("NUM"));
    }

    /**
     * Whether a cue form at {@code i} is used as a verb. The tagger calls some verbs ADJ
     * ("expressed irritation") or NOUN ("experts warning", "Petrov argues that"): those count
     * in a multiword cue, as participles, or before "that" or a comma.
     */
    private boolean verbOk(int i, int n) {
        if (verbLike(i) || n > 1 || pos(i).equals("ADJ")) {
            return true;
        }
        if (tok(i).isCapitalised() && !low(i).equals(tok(i).text()) && titleCase(i) && (pos(i).equals("PROPN")
                || pos(i).equals("NOUN")) && low(i).endsWith("s") && !lex.isCueNoun(low(i))) {
            return true; // a headline in title case: "Budget Deal Will Pass, Senator Says" (the tagger sees a name)
        }
        if ((pos(i).equals("NOUN") || pos(i).equals("PROPN")) && low(i).endsWith("s") && i > sStart(i)
                && (inName[i - 1] || pos(i - 1).equals("PROPN") || personalPronoun(i - 1)) && !inName[i]
                && i + 1 < sEnd(i) && (low(i + 1).equals("that") || clausal(i + 1, sEnd(i)) || infinitive(i + 1, sEnd(i))
                && low(i + 1).equals("to"))) {
            return true; // after a name and before a clause the tagger's noun is a verb: "Lynch notes they …"
        }
        return pos(i).equals("NOUN") && (low(i).endsWith("ing") || i + n < sEnd(i) && low(i + n).equals("that"));
    }

    /** Whether the sentence of token {@code i} is a headline in title case: nearly every word capitalised. */
    private boolean titleCase(int i) {
        int words = 0;
        int caps = 0;
        for (int k = sStart(i); k < sEnd(i); k++) {
            if (Character.isLetter(tok(k).text().codePointAt(0))) {
                words++;
                caps += tok(k).isCapitalised() ? 1 : 0;
            }
        }
        return words >= 4 && caps * 5 >= words * 4;
    }

    private boolean skippable(int i) {
        String p = pos(i);
        // not "to": "are to blame" is no finite cue
        return lex.isSkipWord(low(i)) || p.equals("ADV") || p.equals("AUX")
                || (p.equals("PART") && !isPossessiveMark(i) && !low(i).equals("to"));
    }

    private boolean isPossessiveMark(int i) {
        String l = low(i);
        return l.equals("'s") || l.equals("’s") || l.equals("'") || l.equals("’");
    }

    // ---------------------------------------------------------------- noun phrases

    private boolean nominal(int i) {
        if (inName[i]) {
            return true;
        }
        String p = pos(i);
        // the tagger sometimes misses a noun ("one tweet/ADP reading"): source nouns count anyway
        return p.equals("NOUN") || p.equals("PROPN")
                || (p.equals("ADP") || p.equals("VERB") || p.equals("ADJ")) && lex.isSourceNoun(low(i))
                && !lex.isSkipWord(low(i)) && i > 0 && sentOf[i - 1] == sentOf[i]
                && (pos(i - 1).equals("DET") || pos(i - 1).equals("NUM") || pos(i - 1).equals("ADJ"));
    }

    private boolean personalPronoun(int i) {
        char g = lex.pronoun(low(i));
        return g != 0 && !POSSESSIVE.contains(low(i)) && !low(i).equals("him");
    }

    /** The noun phrase that ends at token {@code j} (inclusive), walking left within the sentence. */
    private Np npEndingAt(int j) {
        int lo = sStart(j);
        if (j < lo) {
            return null;
        }
        if (low(j).equals(")")) {
            int k = j - 1;
            while (k > lo && !low(k).equals("(") && j - k < 12) {
                k--;
            }
            if (k > lo && low(k).equals("(")) {
                Np inner = npEndingAt(k - 1);
                return inner == null ? null : new Np(inner.start(), j + 1, inner.headStart(), inner.headEnd());
            }
            return null;
        }
        if (personalPronoun(j)) {
            return new Np(j, j + 1, j, j + 1);
        }
        if (!nominal(j) && !(pos(j).equals("NUM") && j > lo && pos(j - 1).equals("DET"))) {
            return null;
        }
        int k = j;
        int headStart;
        int pps = 0;
        while (true) {
            boolean sawDet = false;
            while (k - 1 >= lo && !sawDet) {
                int p = k - 1;
                String ps = pos(p);
                if (ps.equals("NOUN") || ps.equals("PROPN") || ps.equals("ADJ") || ps.equals("NUM")
                        || isPossessiveMark(p) || low(p).equals("-") || low(p).equals("&") || low(p).equals(".")) {
                    k = p;
                } else if (ps.equals("DET") || POSSESSIVE.contains(low(p))) {
                    k = p;
                    sawDet = true;
                } else {
                    break;
                }
            }
            headStart = k;
            // cross one preposition to the noun it modifies: "sources close to the matter", "officials in Moscow"
            int p = k - 1;
            if (pps < 2 && p - 1 >= lo && pos(p).equals("ADP") && PP_HEADS.contains(low(p))) {
                int q = p - 1;
                if ((pos(q).equals("ADJ") || pos(q).equals("ADV")) && q - 1 >= lo && nominal(q - 1)
                        && (low(q).equals("close") || low(q).equals("familiar") || low(q).equals("near")
                        || low(q).equals("loyal") || low(q).equals("opposed"))) {
                    q--;
                } else if (pos(q).equals("VERB") && low(q).endsWith("ed") && q - 1 >= lo && nominal(q - 1)
                        && lex.isSourceNoun(low(q - 1))) {
                    q--; // a participle: "people involved in the talks", "officials briefed on the plan"
                }
                if (nominal(q)) {
                    Np outer = npEndingAt(q);
                    if (outer != null) {
                        return new Np(outer.start(), j + 1, outer.headStart(), outer.headEnd());
                    }
                }
            }
            break;
        }
        // the head chunk ends at the first preposition inside it (none here): whole span
        return new Np(headStart, j + 1, headStart, j + 1);
    }

    /** The noun phrase starting at token {@code i}, walking right within the sentence (with one PP). */
    private Np npStartingAt(int i) {
        int hi = sEnd(i);
        if (i >= hi) {
            return null;
        }
        if (personalPronoun(i)) {
            return new Np(i, i + 1, i, i + 1);
        }
        int k = i;
        boolean noun = false;
        while (k < hi) {
            String ps = pos(k);
            int cueLen = noun && !ps.equals("PROPN") ? verbCueAt(k, null) : 0;
            if (cueLen > 0 && verbOk(k, cueLen)) {
                break; // "experts warning", "police say": the noun phrase ends at the cue
            }
            if (ps.equals("NOUN") || ps.equals("PROPN") || inName[k]
                    || k > i && tok(k).isCapitalised() && (ps.equals("VERB") || ps.equals("ADJ"))) {
                // names inside a phrase are nouns whatever the tagger says: "one GOP/VERB source"
                noun = true;
                k++;
            } else if ((ps.equals("DET") || POSSESSIVE.contains(low(k))) && k == i) {
                k++;
            } else if (ps.equals("ADJ") || ps.equals("NUM") || low(k).equals("-") || low(k).equals("&")
                    || low(k).equals(".") || (isPossessiveMark(k) && noun)) {
                k++;
            } else {
                break;
            }
        }
        while (k > i && !nominal(k - 1)) {
            k--;
        }
        if (!noun || k == i) {
            return null;
        }
        if (k < hi && inName[k - 1] && tok(k).text().matches("II|III|IV|Jr\\.?|Sr\\.?")) {
            k++; // "Vann R. Newkirk II", "John Roe Jr."
        }
        int headEnd = k;
        if (k < hi && low(k).equals("(")) {
            // "Rep. Gwen Moore (D-Wis.)": the bracket belongs to the phrase, the name is its head
            int c = k + 1;
            while (c < hi && c < k + 8 && !low(c).equals(")")) {
                c++;
            }
            if (c < hi && low(c).equals(")")) {
                k = c + 1;
            }
        }
        // one prepositional phrase: "sources close to the matter", "Elise Warner from the Atlantic Council"
        int p = k;
        if (p < hi && (low(p).equals("close") || low(p).equals("familiar") || low(p).equals("near"))) {
            p++;
        }
        if (p + 1 < hi && pos(p).equals("ADP") && PP_HEADS.contains(low(p))) {
            Np pp = npStartingAt(p + 1);
            if (pp != null && pp.headEnd() == pp.end()) {
                return new Np(i, pp.end(), i, headEnd);
            }
        }
        return new Np(i, k, i, headEnd);
    }

    /** Whether a phrase can stand for a source of a cue of class {@code cls}. */
    private boolean plausibleSource(Np np, CueLexicon.VerbClass cls) {
        if (np.end() - np.start() == 1 && personalPronoun(np.start())) {
            String l = low(np.start());
            char g = lex.pronoun(l);
            if (l.equals("who")) {
                // "hawks who want to limit …" describes them more than it reports them
                return cls != CueLexicon.VerbClass.THINK;
            }
            if (g == 'N') {
                return cls == CueLexicon.VerbClass.SAY;
            }
            if (cls == CueLexicon.VerbClass.THINK) {
                return g == 'M' || g == 'F' || l.equals("i") || coveredByMention(np.start(), np.end());
            }
            return true;
        }
        int head = np.headEnd() - 1;
        if (coveredByMention(np.headStart(), np.headEnd())) {
            return true;
        }
        if (np.headEnd() < np.end() || np.headStart() > np.start()) {
            // an apposition or PP: "The state's campaign chairman, Phil Lovas,"
            Mention m = mentionIn(span(np.start(), np.end()), span(np.start(), np.end()));
            if (m != null && m.type() == EntityType.PERSON) {
                return true;
            }
        }
        if (pos(head).equals("PROPN") && tok(head).isCapitalised()) {
            return true;
        }
        String ht = tok(head).text();
        if (ht.length() >= 2 && ht.chars().allMatch(Character::isUpperCase) && !titleCase(head)) {
            return true; // an acronym the tagger took for a common noun: "the NAACP"
        }
        if (cls == CueLexicon.VerbClass.SAY && np.end() - np.start() == 1 && tok(head).isCapitalised()
                && (pos(head).equals("NOUN") || pos(head).equals("ADJ") || pos(head).equals("VERB"))) {
            return true; // a surname the tagger took for something else: "Caddell/NOUN continued", "Trump/VERB says"
        }
        return lex.isSourceNoun(low(head)) || evidence(np);
    }

    /**
     * Whether a phrase is headed by a document or measurement ("A new poll", "Video of the incident").
     * Not after a demonstrative: "These records show …" sums up what the writer has laid out.
     */
    private boolean evidence(Np np) {
        return np != null && lex.isEvidenceNoun(low(np.headEnd() - 1)) && !namedOrPronoun(np)
                && !DEMONSTRATIVE.contains(low(np.start()));
    }

    /**
     * "A study by the law school found …", "The latest poll released Friday shows …": the nearest
     * phrase before the cue closes a modifier; the subject is the document or measurement that the
     * modifier hangs on. Walks left over prepositions, nouns, numbers and -ed participles (no comma,
     * no finite verb) to a phrase headed by an evidence noun, and takes it up to the cue's phrase.
     */
    private Np evidenceBefore(Np near, int cue) {
        int lo = sStart(cue);
        boolean modifier = false;
        for (int k = near.start() - 1; k >= lo && k >= near.start() - 12; k--) {
            String p = pos(k);
            if (isComma(k) || inQuote[k] || p.equals("AUX") || p.equals("PUNCT") && !low(k).equals("-")
                    || p.equals("VERB") && !low(k).endsWith("ed") || p.equals("PRON") && !isPossessiveMark(k)
                    || p.equals("SCONJ") || p.equals("CCONJ")) {
                return null;
            }
            if (p.equals("ADP") || p.equals("VERB")) {
                modifier = true; // "by", "of", "released", "conducted"
            }
            if (modifier && (p.equals("NOUN") || p.equals("PROPN"))) {
                Np np = npEndingAt(k);
                if (np != null && evidence(np)) {
                    return new Np(np.start(), near.end(), np.headStart(), np.headEnd());
                }
            }
        }
        return null;
    }

    private boolean coveredByMention(int from, int to) {
        Span s = span(from, to);
        Span head = toks.get(to - 1).span();
        Mention m = mentionIn(s, head);
        return m != null && m.span().overlaps(head);
    }

    // ---------------------------------------------------------------- subjects

    /** Result of the leftward search for a cue's subject. */
    private record Subject(Np np, boolean passive, int before) { }

    /** Walks left from the cue at {@code c} over auxiliaries and adverbs to the nearest noun phrase. */
    private Subject subjectLeft(int c) {
        int lo = sStart(c);
        int j = c - 1;
        boolean passive = false;
        while (true) {
            while (j >= lo && skippable(j)) {
                if (BE.contains(low(j)) && !low(c).endsWith("ing")) {
                    passive = true; // "was told", not the progressive "is urging"
                }
                j--;
                // a time phrase: "who in 2010 said", "Trump on Monday said", "the court this month rejected"
                if (j - 1 >= lo && (pos(j).equals("NUM") || lex.isTimeWord(low(j))) && (pos(j - 1).equals("ADP")
                        || lex.isTimeWord(low(j)) && (low(j - 1).equals("this") || low(j - 1).equals("last")))) {
                    j -= 2;
                }
            }
            if (j - 1 > lo && low(j).equals("to") && pos(j - 1).equals("VERB") && !used[j - 1]
                    && !low(j - 1).endsWith("ing")) {
                // a verb that takes the cue as its infinitive: "continues to insist", "refused to pledge"
                j -= 2;
                continue;
            }
            break;
        }
        if (j - 1 >= lo && (pos(j).equals("NUM") || lex.isTimeWord(low(j))) && pos(j - 1).equals("ADP")
                && (j - 2 < lo || !pos(j - 2).equals("ADP"))) {
            j -= 2;
            while (j >= lo && skippable(j)) {
                j--;
            }
        }
        if (j < lo) {
            return new Subject(null, passive, j);
        }
        if (isComma(j) && low(c).endsWith("ing") && pos(c).equals("VERB")) {
            // ", arguing that …": a participle shares the subject of its clause, never the phrase before the comma
            return new Subject(null, passive, j);
        }
        // "Cornell William Brooks, president of the NAACP, said": an apposition before the cue
        if (isComma(j) && j - 1 >= lo) {
            Np appos = npEndingAt(j - 1);
            if (appos != null && appos.start() - 1 > lo && isComma(appos.start() - 1)) {
                Np head = npEndingAt(appos.start() - 2);
                if (head != null) {
                    return new Subject(new Np(head.start(), j, head.headStart(), head.headEnd()), passive, j);
                }
            }
            Np far = subjectBeforeInsert(j, lo);
            return new Subject(far, passive, j);
        }
        if (isPossessiveMark(j) || low(j).endsWith("'s") || low(j).endsWith("’s")) {
            return new Subject(null, passive, j); // "Washington's stated goals": a modifier, not a verb
        }
        Np np = npEndingAt(j);
        if (np != null && lex.isTimeWord(low(np.headEnd() - 1)) && np.start() - 1 >= lo) {
            // "A Quinnipiac poll in late August found", "Wells Fargo this month announced"
            int k = np.start() - 1;
            if (pos(k).equals("ADP") && k - 1 >= lo) {
                k--;
            }
            np = npEndingAt(k);
        }
        if (np == null && (pos(j).equals("ADJ") || pos(j).equals("VERB")) && tok(j).isCapitalised()
                && (inName[j] || j == c - 1)) {
            np = new Np(j, j + 1, j, j + 1); // a name the tagger took for an adjective: "Trump/ADJ called"
        }
        if (np != null && low(c).endsWith("ing") && pos(c).equals("VERB") && np.start() - 1 >= lo
                && lex.isSettingNoun(low(np.headEnd() - 1)) && pos(np.start() - 1).equals("VERB")
                && !used[np.start() - 1]) {
            // "Trump sent a series of tweets saying …": the medium speaks for whoever sent it
            Subject sender = subjectLeft(np.start() - 1);
            if (sender.np() != null && !sender.passive()) {
                return new Subject(sender.np(), passive, sender.before());
            }
        }
        if (np != null && np.start() - 3 >= lo && pos(np.start() - 1).equals("ADP")
                && pos(np.start() - 2).equals("VERB") && low(np.start() - 2).endsWith("ing")) {
            // "Protesters marching through the streets chanted": the participle's subject is the source
            Np walker = npEndingAt(np.start() - 3);
            if (walker != null) {
                return new Subject(new Np(walker.start(), np.end(), walker.headStart(), walker.headEnd()), passive, j);
            }
        }
        return new Subject(np, passive, j);
    }

    /**
     * "Dr. Connie Mariano, who as a Navy captain was …, said", "Megan Hester, senior associate for
     * … at the Annenberg Institute, said": the name before an inserted phrase that ends at the
     * comma {@code j}. The insert is a relative clause, or a phrase with no finite verb.
     */
    /** Whether token {@code k} lies in a relative clause opened by ", who" or ", which" after {@code lo}. */
    private boolean relativeBefore(int k, int lo) {
        for (int m = k - 1; m > lo && m > sStart(k); m--) {
            if (isComma(m) || isQuoteMark(m) || low(m).equals(";")) {
                return isComma(m) && (low(m + 1).equals("who") || low(m + 1).equals("which"));
            }
        }
        return false;
    }

    private Np subjectBeforeInsert(int j, int lo) {
        for (int k = j - 1; k > lo && k > j - 40; k--) {
            if (isQuoteMark(k) || low(k).equals(";")) {
                return null;
            }
            if (verbCueAt(k, null) > 0 && verbOk(k, 1) && !relativeBefore(k, j - 40)) {
                return null; // a cue outside a relative clause ("Obama, who understood that …, told …" is fine)
            }
            if (!isComma(k)) {
                continue;
            }
            boolean relative = low(k + 1).equals("who") || low(k + 1).equals("which");
            if (!relative) {
                for (int m = k + 1; m < j; m++) {
                    if (pos(m).equals("AUX") || pos(m).equals("VERB") && !low(m).endsWith("ing")
                            && !low(m).endsWith("ed")) {
                        return null;
                    }
                }
            }
            Np head = k - 1 >= lo ? npEndingAt(k - 1) : null;
            if (head != null && head.start() - 1 >= lo && (pos(head.start() - 1).equals("ADP")
                    || pos(head.start() - 1).equals("VERB"))) {
                return null; // "links stretch through the Philippines, a US ally, …": an object, not the subject
            }
            if (head != null && (namedOrPronoun(head) || lex.isSourceNoun(low(head.headEnd() - 1)))) {
                return new Np(head.start(), j, head.headStart(), head.headEnd());
            }
            return null;
        }
        return null;
    }

    // ---------------------------------------------------------------- content

    /** Where the complement of a cue starts: after "that" if one follows soon, else right after the cue. */
    private int complementStart(int after, boolean needsThat) {
        int hi = sEnd(after > 0 ? after - 1 : 0);
        for (int k = after; k < hi && k < after + 12; k++) {
            String l = low(k);
            if (l.equals("that") && !(k + 1 < hi && (pos(k + 1).equals("VERB") || pos(k + 1).equals("AUX")))) {
                return k + 1;
            }
            if (l.equals(".") || l.equals(";") || isQuoteMark(k) || (k > after && verbCueAt(k, null) > 0)
                    || k > after && (pos(k).equals("VERB") || pos(k).equals("AUX") || pos(k).equals("SCONJ"))) {
                break; // "said, since most of them accept that …": that "that" is not the cue's
            }
        }
        if (needsThat) {
            return -1;
        }
        int k = after;
        while (k < hi && (isComma(k) || low(k).equals(":") || low(k).equals("of") || low(k).equals("about"))) {
            k++;
        }
        return k;
    }

    /**
     * The end (exclusive token) of a complement from {@code from}: the sentence end, or where a
     * coordinated attribution starts ("… and expressed irritation that", ", yet they acknowledge
     * that", ", with experts warning", ", according to"). A cue after a bare subject is nested
     * speech ("said Y believes Z") and stays inside.
     */
    private int complementEnd(int from) {
        int hi = sEnd(from);
        for (int k = from + 1; k < hi; k++) {
            String l = low(k);
            if (l.equals(";")) {
                return k;
            }
            boolean comma = isComma(k);
            if (!comma && !isConjunction(k)) {
                continue;
            }
            int n = k + 1;
            boolean conj = !comma;
            if (n < hi && comma && isConjunction(n)) {
                conj = true;
                n++;
            }
            if (comma && n < hi && low(n).equals("according")) {
                return k;
            }
            boolean needSubject = false;
            if (n < hi && (low(n).equals("with") || low(n).equals("while"))) {
                conj = true;
                needSubject = true;
                n++;
            }
            int c = n;
            while (c < hi && skippable(c)) {
                c++;
            }
            CueLexicon.VerbCue[] vc = new CueLexicon.VerbCue[1];
            int direct = conj && !needSubject && c < hi ? verbCueAt(c, vc) : 0;
            if (direct > 0 && verbOk(c, direct) && vc[0].cls() != CueLexicon.VerbClass.THINK) {
                // "confirmed that … and expressed irritation that …"; not "watched it rise and thought of …"
                return trimEnd(from, k);
            }
            if (comma && low(k + 1).equals("but") && n < hi && clausal(n, hi) && k > from + 3) {
                return trimEnd(from, k); // "…, but the court overruled him": the writer takes over
            }
            if (comma && n < hi && (low(n).equals("although") || low(n).equals("though"))) {
                return trimEnd(from, k); // the writer's concession, not the speaker's claim
            }
            if (comma && !conj && n < hi && invertedTail(n, hi)) {
                return trimEnd(from, k); // "…, but the NYPD overruled it, the source added."
            }
            c = n;
            if (conj && c < hi) {
                Np np = npStartingAt(c);
                if (np != null && np.end() - np.start() <= 5) {
                    c = np.end();
                }
            }
            if (needSubject && c == n) {
                continue;
            }
            while (c < hi && skippable(c)) {
                c++;
            }
            int len = c < hi ? verbCueAt(c, vc) : 0;
            if (len > 0 && verbOk(c, len) && !(c == n && vc[0].cls() == CueLexicon.VerbClass.THINK)) {
                // "said he had watched it rise and thought of …": a thought with no subject of its own goes on
                if (conj || low(c).endsWith("ing")) {
                    return trimEnd(from, k);
                }
            }
        }
        return trimEnd(from, hi);
    }

    /** Whether tokens from {@code n} are an attribution that ends the sentence: "the source added." */
    private boolean invertedTail(int n, int hi) {
        CueLexicon.VerbCue[] vc = new CueLexicon.VerbCue[1];
        int len = verbCueAt(n, vc);
        if (len > 0 && vc[0].cls() == CueLexicon.VerbClass.SAY) {
            Np np = npStartingAt(n + len);
            return np != null && trimEnd(np.end(), hi) == np.end();
        }
        Np np = npStartingAt(n);
        if (np == null || np.end() - np.start() > 6) {
            return false;
        }
        int c = np.end();
        while (c < hi && skippable(c)) {
            c++;
        }
        len = c < hi ? verbCueAt(c, vc) : 0;
        return len > 0 && vc[0].cls() == CueLexicon.VerbClass.SAY && trimEnd(c + len, hi) == c + len;
    }

    private boolean isConjunction(int k) {
        String l = low(k);
        return pos(k).equals("CCONJ") || l.equals("yet") || l.equals("but");
    }

    /** Drops trailing punctuation (but not a closing quote mark, which belongs to the quote). */
    private int trimEnd(int from, int to) {
        while (to > from && pos(to - 1).equals("PUNCT") && !isQuoteMark(to - 1)) {
            to--;
        }
        return to;
    }

    private int trimStart(int from, int to) {
        while (from < to && pos(from).equals("PUNCT") && !isQuoteMark(from)) {
            from++;
        }
        return from;
    }

    /** Whether a claim found so far has content that starts at {@code offset}. */
    private boolean startsContent(int offset) {
        for (Draft d : drafts) {
            for (Span c : d.content) {
                if (c.begin() == offset) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean overlapsQuoteClaim(Span s) {
        for (Draft d : drafts) {
            if (d.quote) {
                for (Span c : d.content) {
                    if (c.overlaps(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- stage: speaker labels

    /** "PENCE: Well, look, …" and headlines "Pat Caddell: Democrat Voters …". */
    private void speakerLabels() {
        for (int i = 0; i < toks.size(); i++) {
            int s = i;
            if (!paragraphStart(i)) {
                continue;
            }
            if (isQuoteMark(s)) {
                s++;
            }
            int c = s;
            while (c < toks.size() && c - s < 4 && sentOf[c] == sentOf[i] && !low(c).equals(":")) {
                c++;
            }
            if (c >= toks.size() || c == s || !low(c).equals(":") || sentOf[c] != sentOf[i]) {
                continue;
            }
            boolean ok = true;
            boolean caps = true;
            for (int k = s; k < c && ok; k++) {
                ok = (nominal(k) || low(k).equals(".")) && (tok(k).isCapitalised() || low(k).equals("."));
                caps &= !tok(k).text().equals(low(k)) && tok(k).text().equals(tok(k).text().toUpperCase(java.util.Locale.ROOT))
                        || low(k).equals(".");
            }
            // a speaker: a transcript's capitals ("PENCE:") or a person's name, not a title ("Excite Truck: …")
            Mention who = mentionIn(span(s, c), tok(c - 1).span());
            boolean person = who != null && who.type() == EntityType.PERSON && who.span().overlaps(tok(c - 1).span());
            if (!ok || !(caps || person)) {
                continue;
            }
            int e = c + 1;
            while (e < toks.size() && !paragraphStart(e)) {
                e++;
            }
            int to = trimEnd(c + 1, e);
            if (to - (c + 1) < 4) {
                continue;
            }
            Draft d = new Draft();
            d.content.add(span(c + 1, to));
            d.cue = tok(c).span();
            d.cueToken = c;
            d.sourceSpan = span(s, c);
            d.head = d.sourceSpan;
            d.quote = inQuote[c];
            d.order = s;
            used[c] = true;
            drafts.add(d);
        }
    }

    // ---------------------------------------------------------------- stage: quotes

    private int firstTokenAtOrAfter(int offset) {
        int lo = 0, hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void quotes(List<QuoteFinder.Quote> quotes) {
        Draft last = null;
        for (QuoteFinder.Quote q : quotes) {
            Span qs = q.span();
            if (coveredByDraft(qs)) {
                continue;
            }
            int words = wordCount(qs);
            if (q.continues() && last != null) {
                last.content.add(qs);
                last.tailEnd = qs.end();
                continue;
            }
            Draft d = quoteAfter(qs);
            boolean mixed = false;
            if (d != null && !q.continues()) {
                int lead = leadIn(qs);
                if (lead >= 0) {
                    // "Using the tax ''is a misguided approach,'' Burman said.": the words said begin with the sentence
                    d.content.set(0, new Span(tok(lead).begin(), qs.end()));
                    mixed = true;
                }
            }
            if (d == null) {
                d = quoteBefore(qs);
            }
            if (d == null && last != null && (onlyGap(Math.max(last.tailEnd, last.extent().end()), qs.begin())
                    || sameParagraph(last.extent().end(), qs.begin()) && (startsSentence(qs.begin())
                    || last.cueToken >= 0 && afterComma(qs.begin()) && sentOf[last.cueToken] == sentOf[Math.min(
                    firstTokenAtOrAfter(qs.begin()), toks.size() - 1)]))) {
                last.content.add(qs);
                last.tailEnd = Math.max(last.tailEnd, qs.end());
                continue;
            }
            if (d == null) {
                if (words < 4 || !startsSentence(qs.begin()) || !speechLike(qs)) {
                    continue;
                }
                d = new Draft();
                d.content.add(qs);
                d.order = firstTokenAtOrAfter(qs.begin());
                d.tailEnd = qs.end();
                d.source = Source.NOBODY;
            }
            d.quote = !mixed;
            for (int k = d.cueToken; k >= 0 && k < d.cueToken + d.cueLength; k++) {
                used[k] = true;
            }
            drafts.add(d);
            last = d;
        }
    }

    /**
     * The first token of the words that run into a quote from its sentence's start ("a top priority
     * ''is raising taxes''"), or -1 when the quote opens its sentence or follows a colon, a cue or
     * another quote.
     */
    private int leadIn(Span q) {
        int first = firstTokenAtOrAfter(q.begin());
        if (first >= toks.size() || first == 0 || startsSentence(q.begin())) {
            return -1;
        }
        int lo = sStart(first);
        if (lo >= first || sentOf[first - 1] != sentOf[first]) {
            return -1;
        }
        for (int k = lo; k < first; k++) {
            if (isQuoteMark(k) || inQuote[k] || low(k).equals(":") || verbCueAt(k, null) > 0 && verbOk(k, 1)) {
                return -1;
            }
        }
        return lo;
    }

    private boolean coveredByDraft(Span s) {
        for (Draft d : drafts) {
            for (Span c : d.content) {
                if (c.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an unattributed quote reads as speech rather than a title ("Can't Take My Eyes Off
     * You"): it has punctuation inside or at its end, and not every word is capitalised.
     */
    private boolean speechLike(Span q) {
        int words = 0;
        int capital = 0;
        boolean punct = false;
        boolean start = true;
        for (int i = q.begin(); i < q.end(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                if (start) {
                    words++;
                    capital += Character.isUpperCase(ch) ? 1 : 0;
                }
                start = false;
            } else {
                start = ch != '\'' && ch != '\u2019';
                punct |= ".,;:!?".indexOf(ch) >= 0;
            }
        }
        return punct && capital < words;
    }

    private int wordCount(Span s) {
        int n = 0;
        boolean in = false;
        for (int i = s.begin(); i < s.end(); i++) {
            boolean l = Character.isLetterOrDigit(text.charAt(i));
            if (l && !in) {
                n++;
            }
            in = l;
        }
        return n;
    }

    /** Whether only spaces and punctuation lie between two offsets, and at most one paragraph break. */
    private boolean onlyGap(int from, int to) {
        if (to < from) {
            return false;
        }
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            if (c == '\n' && (i == from || text.charAt(i - 1) != '\n')) {
                breaks++;
            }
        }
        return breaks <= 1;
    }

    private boolean afterComma(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    private boolean sameParagraph(int from, int to) {
        return from <= to && text.substring(from, to).indexOf('\n') < 0;
    }

    private boolean startsSentence(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?\n:;)”\"".indexOf(text.charAt(i)) >= 0;
    }

    /** “…,” Petrov added. / “…,” said Caddell. / “…,” Cornell Brooks, president of the NAACP, said. */
    private Draft quoteAfter(Span q) {
        int a = firstTokenAtOrAfter(q.end());
        while (a < toks.size() && toks.get(a).begin() < q.end()) {
            a++;
        }
        while (a < toks.size() && (isComma(a) || low(a).equals("\u2014") || low(a).equals("--")) && !paragraphStart(a)) {
            a++;
        }
        if (a >= toks.size() || paragraphStart(a) && text.substring(q.end(), tok(a).begin()).indexOf('\n') >= 0) {
            return null;
        }
        if (endsWithStop(q)) {
            // “… policy.” The network said it would …: a new sentence, not this quote's speaker
            Draft d = quoteAfterTail(q, a);
            return d != null && attributionEndsSentence(d) ? d : null;
        }
        return quoteAfterTail(q, a);
    }

    private boolean endsWithStop(Span q) {
        int e = q.end() - 1;
        while (e > q.begin() && "\"”'".indexOf(text.charAt(e)) >= 0) {
            e--;
        }
        return text.charAt(e) == '.';
    }

    /** Whether only punctuation follows the attribution of a quote up to its sentence's end. */
    private boolean attributionEndsSentence(Draft d) {
        int t = firstTokenAtOrAfter(d.tailEnd);
        return t >= toks.size() || paragraphStart(t) || sentOf[t] != sentOf[Math.max(0, t - 1)]
                || pos(t).equals("PUNCT") && (t + 1 >= toks.size() || sentOf[t + 1] != sentOf[t] || paragraphStart(t + 1));
    }

    private Draft quoteAfterTail(Span q, int a) {
        CueLexicon.VerbCue[] vc = new CueLexicon.VerbCue[1];
        // cue first: "said Caddell"
        int n = verbCueAt(a, vc);
        if (n > 0 && !used[a]) {
            int s = a + n;
            while (s < sEnd(a) && skippable(s)) {
                s++;
            }
            Np np = s < sEnd(a) ? npStartingAt(s) : null;
            if (np != null && plausibleSource(np, vc[0].cls())) {
                return quoteDraft(q, a, n, np, np.end());
            }
        }
        // source first: "Petrov added", "the president of the NAACP said"
        Np np = npStartingAt(a);
        if (np == null && tok(a).isCapitalised() && a + 1 < sEnd(a) && verbCueAt(a + 1, null) > 0) {
            np = new Np(a, a + 1, a, a + 1); // a name the tagger missed: "Vitter/ADJ demanded"
        }
        if (np == null) {
            return dashAttribution(q, a);
        }
        int c = np.end();
        for (int inserts = 0; inserts < 2 && c < sEnd(a) && isComma(c); inserts++) {
            // inserted phrases up to the next comma: "Quina Jones, 25,", "Vann Newkirk, a writer for The Atlantic,",
            // "Scott Roe, the attorney general of Utah, one of the states suing,"
            int e = c + 1;
            while (e < sEnd(a) && e < c + 25 && !isComma(e) && !pos(e).equals("AUX")
                    && !(verbCueAt(e, null) > 0 && verbOk(e, 1)) && !isQuoteMark(e)) {
                e++;
            }
            if (e < sEnd(a) && e > c + 1 && isComma(e)) {
                c = e;
                np = new Np(np.start(), e, np.headStart(), np.headEnd());
            } else {
                break;
            }
        }
        if (np.end() == c && c < sEnd(a) && isComma(c)) {
            c++; // past the comma closing the last insert
        }
        while (c < sEnd(a) && skippable(c)) {
            c++;
        }
        if (c >= sEnd(a) || used[c]) {
            return null;
        }
        n = verbCueAt(c, vc);
        if (n == 0 || !plausibleSource(np, vc[0].cls())) {
            return null;
        }
        return quoteDraft(q, c, n, np, c + n);
    }

    /** “…” ― Steve Quinlan: a name after a dash, alone up to the end of its paragraph. */
    private Draft dashAttribution(Span q, int a) {
        String l = low(a);
        if (!(l.equals("\u2015") || l.equals("\u2014") || l.equals("\u2013") || l.equals("--") || l.equals("-"))
                || a + 1 >= toks.size() || paragraphStart(a + 1)) {
            return null;
        }
        int e = a + 1;
        while (e < toks.size() && !paragraphStart(e)) {
            e++;
        }
        e = trimEnd(a + 1, e);
        if (e - (a + 1) > 6) {
            return null;
        }
        boolean name = false;
        for (int k = a + 1; k < e; k++) {
            if (!tok(k).isCapitalised() && !pos(k).equals("PUNCT")) {
                return null;
            }
            name |= pos(k).equals("PROPN") || coveredByMention(k, k + 1);
        }
        if (!name) {
            return null;
        }
        Draft d = new Draft();
        d.content.add(q);
        d.cue = tok(a).span();
        d.cueToken = a;
        d.order = a;
        d.sourceSpan = span(a + 1, e);
        d.head = d.sourceSpan;
        d.tailEnd = tok(e - 1).end();
        d.cueLength = 1;
        return d;
    }

    /** Dr. Elise Warner from the Atlantic Council suggests, “…” / Caddell continued: “…” */
    private Draft quoteBefore(Span q) {
        int b = firstTokenAtOrAfter(q.begin()) - 1;
        if (b < 0 || tok(b).end() > q.begin()) {
            // no token before, or the one before holds the opening mark ("act—“My", ">“Very"):
            // no cue can end before a quote glued to a word
            return null;
        }
        boolean sep = false;
        if (low(b).equals(",") || low(b).equals(":")) {
            sep = true;
            b--;
        }
        if (b < 0) {
            return null;
        }
        String gap = text.substring(tok(b).end(), q.begin());
        if (gap.indexOf('\n') >= 0 && !gap.contains(":")) {
            return null;
        }
        // the cue ends at b: try cues of up to four tokens
        for (int c = b; c >= Math.max(sStart(b), b - 3); c--) {
            CueLexicon.VerbCue[] vc = new CueLexicon.VerbCue[1];
            int n = verbCueAt(c, vc);
            if (n == 0 || c + n - 1 != b || used[c]) {
                continue;
            }
            Subject subj = subjectLeft(c);
            if (subj.np() == null || subj.passive() || !plausibleSource(subj.np(), vc[0].cls())) {
                Draft inh = inherited(c, subj);
                if (inh == null) {
                    return null;
                }
                Draft d = quoteDraft(q, c, n, null, q.end());
                d.inherit = inh;
                return d;
            }
            return quoteDraft(q, c, n, subj.np(), q.end());
        }
        return null;
    }

    private Draft quoteDraft(Span q, int cue, int n, Np np, int tailTok) {
        Draft d = new Draft();
        d.content.add(q);
        d.cue = span(cue, cue + n);
        d.cueToken = cue;
        d.order = cue;
        d.cueLength = n;
        if (np != null) {
            setSource(d, np);
        }
        int t = Math.min(tailTok, toks.size());
        d.tailEnd = t > 0 && t <= toks.size() && t - 1 >= 0 && toks.get(t - 1).end() > q.end() ? toks.get(t - 1).end() : q.end();
        if (t < toks.size() && (isComma(t) || low(t).equals(".")) && toks.get(t).begin() >= q.end()) {
            d.tailEnd = toks.get(t).end();
        }
        return d;
    }

    private void setSource(Draft d, Np np) {
        d.sourceSpan = span(np.start(), np.end());
        d.head = span(np.headStart(), np.headEnd());
        if (np.end() - np.start() == 1 && (low(np.start()).equals("who") || low(np.start()).equals("which"))) {
            int w = np.start();
            if (w - 2 >= sStart(w) && isComma(w - 1)) {
                Np ante = npEndingAt(w - 2);
                if (ante != null) {
                    d.antecedent = span(ante.headStart(), ante.headEnd());
                }
            }
        }
    }

    /** For a cue with no subject of its own: coordination ("and added") or a participle (", saying"). */
    private Draft inherited(int c, Subject subj) {
        int j = subj.before();
        if (j < sStart(c)) {
            return null;
        }
        boolean coord = pos(j).equals("CCONJ") || (isComma(j) && low(c).endsWith("ing"));
        if (!coord) {
            return null;
        }
        for (int k = drafts.size() - 1; k >= 0; k--) {
            Draft d = drafts.get(k);
            if (d.cueToken >= 0 && d.cueToken < c && sentOf[d.cueToken] == sentOf[c]) {
                return d.inherit != null ? d.inherit : d;
            }
        }
        {
            // the subject of the sentence: its first noun phrase ("Schultz supported …, and said …")
            for (int k = sStart(c); k < c && k < sStart(c) + 4; k++) {
                if (k > sStart(c) && pos(k - 1).equals("ADP")) {
                    continue; // "On Thursday, Trump …": not the time phrase
                }
                Np np = npStartingAt(k);
                if (np != null && plausibleSource(np, CueLexicon.VerbClass.SAY)) {
                    Draft d = new Draft();
                    setSource(d, np);
                    return d;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- stage: reported speech

    private void reportedSpeech() {
        CueLexicon.VerbCue[] vc = new CueLexicon.VerbCue[1];
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i]) {
                continue;
            }
            int n = verbCueAt(i, vc);
            if (n == 0 || !verbOk(i, n)) {
                continue;
            }
            CueLexicon.VerbCue cue = vc[0];
            int after = i + n;
            int hi = sEnd(i);
            Subject subj = subjectLeft(i);
            Np np = subj.np();
            Draft inherit = null;
            Np right = null;
            if (subj.passive()) {
                passiveWithAgent(i, n, np);
                continue;
            }
            if (np == null && subj.before() >= sStart(i) && !isComma(subj.before())) {
                // "A poll released Friday shows …": the time phrase hid the subject
                np = evidenceBefore(new Np(subj.before() + 1, subj.before() + 1, subj.before() + 1, subj.before() + 1), i);
            }
            if (np == null) {
                // "…, said Caddell."
                if (subj.before() >= sStart(i) && isComma(subj.before()) && cue.cls() == CueLexicon.VerbClass.SAY) {
                    int s = after;
                    while (s < hi && skippable(s)) {
                        s++;
                    }
                    right = s < hi ? npStartingAt(s) : null;
                    if (right != null && (trimEnd(right.end(), hi) == right.end() || isComma(right.end()))
                            && plausibleSource(right, cue.cls())) {
                        // "…, said Mr. Barrett, the lawyer for the agency."
                        int to = trimEnd(sStart(i), subj.before());
                        int from = trimStart(sStart(i), to);
                        if (to - from >= 3) {
                            addReported(List.of(span(from, to)), i, n, right, null);
                        }
                        continue;
                    }
                }
                inherit = inherited(i, subj);
                if (inherit == null) {
                    continue;
                }
            }
            if (np != null && !evidence(np)) {
                Np far = evidenceBefore(np, i);
                if (far != null) {
                    np = far;
                }
            }
            boolean evidence = evidence(np);
            int cs = complementStart(after, cue.needsThat() && !evidence);
            boolean thatClause = cs > after && low(cs - 1).equals("that");
            boolean relativeThought = np != null && thatClause && np.end() - np.start() == 1
                    && low(np.start()).equals("who");
            if (np != null && !plausibleSource(np, cue.cls()) && !possessedCueNoun(np) && !relativeThought
                    && !((thatClause || cs >= 0 && clausal(cs, complementEnd(cs)))
                    && cue.cls() == CueLexicon.VerbClass.SAY && !personalPronoun(np.start()))) {
                // "Obama, who understood that …" is a thought reported; "hawks who want to limit …" describes them
                // a speech verb with a clause takes any noun phrase as its source ("one slide says that …",
                // "The clip says Kaine has …"), not with a mere object ("These details suggest an operation")
                continue;
            }
            // "services who oppose any diplomacy" describes them, "you can support …" addresses the reader
            if (cue.frame() == CueLexicon.Frame.AGENT && (np == null || !namedOrPronoun(np)
                    || np.end() - np.start() == 1 && (low(np.start()).equals("who") || low(np.start()).equals("you")))) {
                continue;
            }
            if (cue.frame() == CueLexicon.Frame.OBJ && cs == after) {
                cs = afterAddressee(after);
            }
            int ce = cs < 0 ? -1 : complementEnd(cs);
            boolean inverted = false;
            int afterTime = after;
            while (afterTime < hi && (lex.isTimeWord(low(afterTime)) || lex.isSkipWord(low(afterTime))
                    || low(afterTime).equals("on") || low(afterTime).equals("last") || low(afterTime).equals("this"))) {
                afterTime++;
            }
            // "The bridge, Smith said, would open in May.": the attribution sits between commas inside
            // its content, which goes on after it with no conjunction, subordinator or participle
            boolean between = np != null && (cue.cls() == CueLexicon.VerbClass.SAY || evidence)
                    && np.start() - 1 > sStart(i) && isComma(np.start() - 1) && afterTime + 1 < hi && isComma(afterTime)
                    && !SUBORDINATE.contains(low(afterTime + 1)) && !isConjunction(afterTime + 1)
                    && !pos(afterTime + 1).equals("SCONJ") && !low(afterTime + 1).endsWith("ing")
                    && !(cs > after && low(cs - 1).equals("that")) && cs >= 0 && ce - cs >= 2;
            if (!between && np != null && (cue.cls() == CueLexicon.VerbClass.SAY || evidence) && np.start() - 1 >= sStart(i)
                    && (isComma(np.start() - 1) || isQuoteMark(np.start() - 1))
                    && (cs < 0 || ce - cs <= 4 && !(cs > after && low(cs - 1).equals("that"))
                    && (afterTime >= hi || pos(afterTime).equals("PUNCT") || pos(afterTime).equals("ADP")
                    || lex.isTimeWord(low(afterTime)))
                    || afterTime < hi && isComma(afterTime) && afterTime + 1 < hi
                    && SUBORDINATE.contains(low(afterTime + 1)))) {
                inverted = true; // "…, top black lawmakers said Friday, as they bristled …"
            }
            boolean parenthetical = np != null && cue.cls() == CueLexicon.VerbClass.SAY && !inverted
                    && np.start() - 1 > sStart(i) && isComma(np.start() - 1) && afterTime < hi && isComma(afterTime)
                    && !(cs > after && low(cs - 1).equals("that"));
            if (inverted || parenthetical) {
                int to = trimEnd(sStart(i), np.start() - 1);
                int from = trimStart(sStart(i), to);
                if (to - from < (between ? 1 : 3) || overlapsQuoteClaim(span(from, to))) {
                    continue;
                }
                List<Span> pieces = new ArrayList<>();
                pieces.add(span(from, to));
                if (parenthetical && cs >= 0 && ce - cs >= 2) {
                    // "To understand it, Roberts said, one should visit this museum."
                    pieces.add(span(cs, ce));
                }
                addReported(pieces, i, n, np, null);
                continue;
            }
            if (np != null && cue.cls() != CueLexicon.VerbClass.THINK && after + 1 < toks.size()
                    && low(after).equals(":") && paragraphStart(after + 1) && !isQuoteMark(after + 1)) {
                // "The governor added:" and then a paragraph of what he added
                int end = after + 2;
                while (end < toks.size() && !paragraphStart(end)) {
                    end++;
                }
                if (end - (after + 1) >= 4 && !overlapsQuoteClaim(span(after + 1, end))) {
                    addReported(List.of(span(after + 1, end)), i, n, np, null);
                }
                continue;
            }
            if (cs < 0 || ce - cs < 2) {
                continue;
            }
            if (!(cs > after && low(cs - 1).equals("that")) && (ADVERBIAL.contains(low(cs))
                    || pos(cs).equals("CCONJ") && !low(cs).equals("neither") && !low(cs).equals("either"))) {
                // "said after the vote he would …": past the time to the clause said;
                // "said before he died", "said and did": a circumstance, nothing said
                Np time = ADVERBIAL.contains(low(cs)) ? npStartingAt(cs + 1) : null;
                int k = time == null ? -1 : time.end();
                while (k > 0 && k < hi && isComma(k)) {
                    k++;
                }
                if (k < 0 || k >= hi || !bareClause(k, complementEnd(k))) {
                    continue;
                }
                cs = k;
                ce = complementEnd(k);
            }
            if (cue.cls() == CueLexicon.VerbClass.THINK && !(cs > after && low(cs - 1).equals("that"))
                    && !infinitive(cs, ce) && !evidence && !bareClause(cs, ce)) {
                // "fear the ramifications": an object alone is no claim; "expect X to …" is
                continue;
            }
            if (np != null && startsContent(tok(np.start()).begin())) {
                // "Kerr said he thinks …", "Kerr said the minister believes …": nested in what was said,
                // one attribution (the news corpora annotate the outer one)
                continue;
            }
            if (np != null && np.end() - np.start() == 1 && (low(np.start()).equals("who") || low(np.start()).equals("which"))
                    && np.start() > sStart(i) && isComma(np.start() - 1)) {
                // "Lind, who argued that the talks would fail, resigned": the content ends with the relative clause
                for (int k = cs + 1; k < ce; k++) {
                    if (isComma(k)) {
                        ce = trimEnd(cs, k);
                        break;
                    }
                }
            }
            if (!(cs > after && low(cs - 1).equals("that")) && !bareClause(cs, ce) && !clausal(cs, ce)
                    && !infinitive(cs, ce)) {
                ce = beforeCircumstance(cs, ce);
            }
            if (inLeadingClause(i, cs)) {
                // "While he praised the plan, the mayor voted against it": the main clause after the comma
                // is the writer's, not part of what was praised
                for (int k = cs + 1; k < ce; k++) {
                    if (isComma(k) && !inQuote[k]) {
                        ce = trimEnd(cs, k);
                        break;
                    }
                }
                if (ce - cs < 1) {
                    continue;
                }
            }
            ce = toQuoteEnd(cs, ce);
            if (ce <= cs) {
                // "until they attack -- when …": the circumstance cut left only the dash, nothing said
                continue;
            }
            Span content = span(cs, ce);
            if (overlapsQuoteClaim(content) && isQuoteMark(cs)) {
                continue;
            }
            addReported(List.of(content), i, n, np, inherit);
        }
    }

    /**
     * A content that ends inside a quotation goes on to the quotation's close: the sentence ended,
     * the quoted speech did not ("told them that "they lost. It was over."").
     */
    private int toQuoteEnd(int cs, int ce) {
        if (ce <= cs || ce >= toks.size() || !inQuote[ce - 1] || !inQuote[ce] && !isQuoteMark(ce)) {
            return ce;
        }
        int k = ce;
        while (k < toks.size() && inQuote[k] && !paragraphStart(k)) {
            k++;
        }
        if (k < toks.size() && isQuoteMark(k) && !paragraphStart(k)) {
            return k + 1;
        }
        return ce;
    }

    /** Subordinators and prepositions of time that open the writer's circumstance after an object. */
    private static final Set<String> CIRCUMSTANCE = Set.of("during", "while", "when", "since", "after", "before",
            "until", "amid");

    /**
     * The end of an object content ("attacked Smith", "called for reform") before a circumstance the
     * writer adds: a time ("on Thursday", "last week"), an occasion ("in a statement", "at a rally")
     * or a subordinate clause of time ("during the debate", "when he ran").
     */
    private int beforeCircumstance(int cs, int ce) {
        for (int k = cs + 1; k < ce; k++) {
            if (inQuote[k]) {
                continue;
            }
            String l = low(k);
            if (l.equals("that") || l.equals(":") || l.equals(";") || pos(k).equals("VERB") || pos(k).equals("AUX")) {
                return ce; // a clause after all ("his role is …", "as did X, that …"): no object to end
            }
            if (low(k - 1).equals("-") || k + 1 < ce && low(k + 1).equals("-")) {
                continue; // "early-morning", "four-year"
            }
            if (CIRCUMSTANCE.contains(l)) {
                return trimEnd(cs, k);
            }
            if (k < cs + 2) {
                continue; // "me on Friday" is too little to be an object with a time after it
            }
            if (lex.isTimeWord(l) && !pos(k - 1).equals("ADJ") && !pos(k - 1).equals("DET") && !pos(k - 1).equals("ADP")
                    && !isPossessiveMark(k - 1) && !lex.isTimeWord(low(k - 1))) {
                return trimEnd(cs, k);
            }
            if (l.equals("in") || l.equals("at") || l.equals("on") || l.equals("last")) {
                for (int m = k + 1; m < ce && m <= k + 4; m++) {
                    String w = low(m);
                    if (lex.isTimeWord(w) || lex.isSettingNoun(w)) {
                        boolean subject = m + 1 < ce && (pos(m + 1).equals("VERB") || pos(m + 1).equals("AUX"));
                        if (!subject) { // "his role in the campaign is …" is a clause's subject
                            return trimEnd(cs, k);
                        }
                        break;
                    }
                    if (!(pos(m).equals("DET") || pos(m).equals("ADJ") || pos(m).equals("NOUN") || pos(m).equals("PROPN")
                            || pos(m).equals("NUM") || isPossessiveMark(m) || w.equals("-") || pos(m).equals("PRON"))) {
                        break;
                    }
                }
            }
        }
        return ce;
    }

    /**
     * Whether the cue at {@code c} (content from {@code cs}) sits in a subordinate clause that opens
     * its sentence ("While he praised …,", "Having said …,", "In announcing …,"), with no comma
     * before the content starts.
     */
    private boolean inLeadingClause(int c, int cs) {
        int s = sStart(c);
        while (s < c && (pos(s).equals("PUNCT") || isQuoteMark(s))) {
            s++;
        }
        if (s >= c) {
            return false;
        }
        String w = low(s);
        boolean lead = lex.isLeadSubordinator(w)
                || w.endsWith("ing") && pos(s).equals("VERB")
                || w.equals("in") && s + 1 < c && low(s + 1).endsWith("ing");
        if (!lead) {
            return false;
        }
        for (int k = s; k < cs; k++) {
            if (isComma(k) && !inQuote[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a complement is a clause without "that" ("believed the progress had shown …",
     * "knew they were wrong"): a subject of at most four words, then a finite verb or auxiliary.
     */
    private boolean bareClause(int from, int to) {
        if (from >= to || !(pos(from).equals("PRON") || pos(from).equals("DET") || pos(from).equals("PROPN")
                || pos(from).equals("NOUN") || pos(from).equals("ADJ") || pos(from).equals("NUM"))
                || POSSESSIVE.contains(low(from)) && pos(from).equals("PRON") && from + 1 < to && pos(from + 1).equals("NOUN")
                && false) {
            return false;
        }
        for (int k = from + 1; k < to && k <= from + 4; k++) {
            String p = pos(k);
            if (p.equals("AUX") || p.equals("VERB") && !low(k).endsWith("ing") && !low(k).equals("to")) {
                return !(pos(k - 1).equals("ADP") || low(k - 1).equals("to"));
            }
            if (!(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || p.equals("DET")
                    || p.equals("PRON") || isPossessiveMark(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The story was first reported by the Post", "His views were echoed by several experts": in the
     * passive with its agent after "by", the agent is the source and the subject is what was said.
     */
    private void passiveWithAgent(int cue, int n, Np subject) {
        int k = cue + n;
        int hi = sEnd(cue);
        if (subject == null || k + 1 >= hi || !low(k).equals("by")) {
            return;
        }
        Np agent = npStartingAt(k + 1);
        if (agent == null || !(plausibleSource(agent, CueLexicon.VerbClass.SAY) || evidence(agent))
                || personalPronoun(subject.start()) && subject.end() - subject.start() == 1) {
            return;
        }
        addDraft(span(subject.start(), subject.end()), cue, n, agent);
    }

    /** A claim of one content span whose cue is tokens {@code cue} to {@code cue + n}, said by {@code source}. */
    private void addDraft(Span content, int cue, int n, Np source) {
        Draft d = new Draft();
        d.content.add(content);
        d.cue = span(cue, cue + n);
        d.cueToken = cue;
        d.order = cue;
        setSource(d, source);
        for (int t = cue; t < cue + n; t++) {
            used[t] = true;
        }
        drafts.add(d);
    }

    /** Whether a complement is a clause: a noun or pronoun, then a verb, near its start. */
    private boolean clausal(int from, int to) {
        boolean subject = false;
        for (int k = from; k < to && k < from + 8; k++) {
            String p = pos(k);
            if (p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON")) {
                subject = true;
            } else if ((p.equals("VERB") || p.equals("AUX")) && subject) {
                return true;
            } else if (p.equals("PUNCT") && !isQuoteMark(k)) {
                return false;
            }
        }
        return false;
    }

    private boolean infinitive(int from, int to) {
        for (int k = from; k + 1 < to && k < from + 8; k++) {
            int v = k + 1;
            while (v + 1 < to && pos(v).equals("ADV")) {
                v++;
            }
            if (low(k).equals("to") && (pos(v).equals("VERB") || pos(v).equals("AUX"))) {
                return true;
            }
        }
        return false;
    }

    /** "told reporters this weekend he would …": the content starts after the addressee and a time phrase. */
    private int afterAddressee(int after) {
        int hi = sEnd(after);
        int k = after;
        Np obj = k < hi ? npStartingAt(k) : null;
        if (obj == null || obj.end() >= hi) {
            return after;
        }
        k = obj.end();
        Np time = npStartingAt(k);
        if (time != null && time.end() - time.start() <= 3 && (lex.isSkipWord(low(time.start()))
                || lex.isTimeWord(low(time.end() - 1)))) {
            k = time.end();
        } else if (k + 1 < hi && pos(k).equals("ADP") && lex.isTimeWord(low(k + 1))) {
            k += 2;
        }
        while (k < hi && isComma(k)) {
            k++;
        }
        return k;
    }

    private boolean namedOrPronoun(Np np) {
        if (np.end() - np.start() == 1 && personalPronoun(np.start())) {
            return true;
        }
        for (int k = np.headStart(); k < np.headEnd(); k++) {
            if (inName[k] || pos(k).equals("PROPN")) {
                return true;
            }
        }
        return false;
    }

    private boolean possessedCueNoun(Np np) {
        int head = np.headEnd() - 1;
        return lex.isCueNoun(low(head)) && possessor(np) != null;
    }

    /** The possessor in "His assessment", "Zakharova's view": its tokens [from, to). */
    private int[] possessor(Np np) {
        for (int k = np.headStart(); k < np.headEnd(); k++) {
            if (POSSESSIVE.contains(low(k)) && lex.pronoun(low(k)) != 0) {
                return new int[] {k, k + 1};
            }
            if (isPossessiveMark(k) && k > np.headStart()) {
                return new int[] {np.headStart(), k};
            }
            if ((low(k).endsWith("'s") || low(k).endsWith("’s")) && low(k).length() > 2 && k + 1 < np.headEnd()) {
                return new int[] {np.headStart(), k + 1}; // "Zakharova’s" as one token
            }
        }
        return null;
    }

    private void addReported(List<Span> content, int cue, int n, Np np, Draft inherit) {
        Draft d = new Draft();
        d.content.addAll(content);
        d.cue = span(cue, cue + n);
        d.cueToken = cue;
        d.order = cue;
        if (np != null) {
            int[] poss = lex.isCueNoun(low(np.headEnd() - 1)) ? possessor(np) : null;
            if (poss != null) {
                setSource(d, new Np(poss[0], poss[1], poss[0], poss[1]));
            } else {
                setSource(d, np);
            }
        } else {
            d.inherit = inherit;
        }
        for (int k = cue; k < cue + n; k++) {
            used[k] = true;
        }
        drafts.add(d);
    }

    // ---------------------------------------------------------------- stage: according to

    private void accordingTo() {
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i]) {
                continue;
            }
            for (List<String> phrase : lex.sourceAfterPhrases(low(i))) {
                int n = phrase.size();
                if (i + n > sEnd(i)) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    ok = low(i + k).equals(phrase.get(k));
                }
                if (!ok) {
                    continue;
                }
                Np np = npStartingAt(i + n);
                if (np == null && i + n + 1 < sEnd(i) && !pos(i + n).equals("PUNCT")) {
                    // a modifier the tagger took for a verb: "according to exit/VERB polls"
                    Np rest = npStartingAt(i + n + 1);
                    np = rest == null ? null : new Np(i + n, rest.end(), i + n, rest.headEnd());
                }
                if (np == null) {
                    break;
                }
                int lo = sStart(i);
                int hi = sEnd(i);
                int from;
                int to;
                int before = i - 1;
                while (before >= lo && (pos(before).equals("CCONJ") || pos(before).equals("ADV"))) {
                    before--;
                }
                if (before < lo) {
                    // "According to X, content."
                    from = np.end();
                    while (from < hi && isComma(from)) {
                        from++;
                    }
                    to = complementEnd(from);
                } else {
                    // "content, according to X."
                    to = trimEnd(lo, i);
                    from = trimStart(lo, to);
                }
                if (to - from < 3) {
                    break;
                }
                addDraft(span(from, to), i, n, np);
                break;
            }
        }
    }

    // ---------------------------------------------------------------- stage: cue nouns

    /** "the revelation from Maria Zakharova that …", "Zakharova's claim that …". */
    private void nounCues() {
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || inQuote[i] || !pos(i).equals("NOUN") || !lex.isCueNoun(low(i))) {
                continue;
            }
            int hi = sEnd(i);
            Np src = null;
            int that;
            if (i + 1 < hi && (low(i + 1).equals("from") || low(i + 1).equals("by"))) {
                src = npStartingAt(i + 2);
                if (src == null) {
                    continue;
                }
                that = src.end();
                if (that < hi && isComma(that)) {
                    that++;
                }
            } else {
                Np np = npEndingAt(i);
                int[] poss = np == null ? null : possessor(np);
                if (poss == null) {
                    continue;
                }
                src = new Np(poss[0], poss[1], poss[0], poss[1]);
                that = i + 1;
            }
            if (that >= hi || !low(that).equals("that") || that + 1 >= hi
                    || pos(that + 1).equals("VERB") || pos(that + 1).equals("AUX")) {
                continue;
            }
            if (!plausibleSource(src, CueLexicon.VerbClass.SAY)) {
                continue;
            }
            int from = that + 1;
            int to = complementEnd(from);
            if (to - from < 3) {
                continue;
            }
            addDraft(span(from, to), i, 1, src);
        }
    }

    // ---------------------------------------------------------------- sources

    /** The mention of an entity inside {@code s}, preferring one that covers {@code head}, then persons. */
    private Mention mentionIn(Span s, Span head) {
        Mention best = null;
        int bestScore = -1;
        for (Mention m : mentionsOverlapping(s)) {
            if (m.entity() < 0 || !s.contains(m.span()) && !m.span().contains(s)) {
                continue;
            }
            int score = (m.span().overlaps(head) ? 4 : 0) + (m.type() == EntityType.PERSON ? 2 : 0)
                    + (m.isName() ? 1 : 0);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private List<Mention> mentionsOverlapping(Span s) {
        List<Mention> ms = doc.mentions();
        int lo = 0, hi = ms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).span().end() <= s.begin() && ms.get(mid).span().begin() < s.begin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // mentions are sorted by begin; back up over long ones that may still reach s
        int from = Math.max(0, lo - 8);
        List<Mention> out = new ArrayList<>();
        for (int k = from; k < ms.size() && ms.get(k).span().begin() < s.end(); k++) {
            if (ms.get(k).span().overlaps(s)) {
                out.add(ms.get(k));
            }
        }
        return out;
    }

    private List<Claim> resolveAll() {
        drafts.sort((a, b) -> Integer.compare(a.extent().begin(), b.extent().begin()));
        List<Draft> byOrder = new ArrayList<>(drafts);
        byOrder.sort((a, b) -> Integer.compare(a.order, b.order));
        for (Draft d : byOrder) {
            resolve(d, byOrder);
        }
        List<Claim> out = new ArrayList<>();
        Set<Span> extents = new HashSet<>();
        for (Draft d : drafts) {
            List<Span> content = new ArrayList<>(d.content);
            content.sort(null);
            if (!extents.add(d.extent())) {
                continue;
            }
            Span src = d.sourceSpan;
            if (src == null && d.inherit != null) {
                src = d.inherit.sourceSpan;
            }
            out.add(new Claim(content, Optional.ofNullable(d.cue), Optional.ofNullable(src),
                    d.source == null ? Source.NOBODY : d.source, d.quote));
        }
        return out;
    }

    private void resolve(Draft d, List<Draft> byOrder) {
        if (d.source != null) {
            return;
        }
        if (d.inherit != null) {
            resolve(d.inherit, byOrder);
            d.source = d.inherit.source;
            return;
        }
        if (d.sourceSpan == null) {
            d.source = Source.NOBODY;
            return;
        }
        Span lookup = d.antecedent != null ? d.antecedent : d.head;
        // the mention must cover the head word: "A Reddit user" is a user, not Reddit
        Span headWord = lastWordOf(lookup);
        Mention m = mentionIn(d.sourceSpan.union(lookup), headWord);
        if (m != null && m.span().overlaps(headWord)) {
            // a country standing for its government ("Russia has argued") is attributed to the place:
            // the text names it as the source; the shapes flag such sources with a warning
            d.source = new Source.Named(m.entity());
            return;
        }
        String phrase = doc.text(d.sourceSpan);
        String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
        char g = lex.pronoun(first);
        if (g != 0 && phrase.indexOf(' ') < 0) {
            d.source = continuation(d, g, byOrder);
            return;
        }
        int named = entityNamedBy(doc.text(headWord));
        if (named >= 0 && Character.isUpperCase(doc.text(headWord).codePointAt(0))) {
            d.source = new Source.Named(named);
            return;
        }
        if (Character.isUpperCase(doc.text(lookup).codePointAt(0)) && !DEMONSTRATIVE.contains(first)
                && !lex.isSourceNoun(lastWord(doc.text(lookup))) && !lex.isEvidenceNoun(lastWord(doc.text(lookup)))) {
            // a name the recogniser did not find: better no attribution than a made-up one
            d.source = Source.NOBODY;
            return;
        }
        d.source = unnamed(phrase.strip());
    }

    /**
     * One spelling per unnamed source of a document: "The website" and later "the website" are
     * one source (one IRI), labelled as first written.
     */
    private Source.Unnamed unnamed(String description) {
        String key = description.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return unnamedByKey.computeIfAbsent(key, k -> new Source.Unnamed(description));
    }

    private Span lastWordOf(Span s) {
        int t = firstTokenAtOrAfter(s.end()) - 1;
        while (t > 0 && toks.get(t).begin() >= s.end()) {
            t--;
        }
        if (t >= 0 && s.contains(toks.get(t).span()) && isPossessiveMark(t) && t > 0) {
            t--; // "Zakharova's": the name, not the mark
        }
        return t >= 0 && s.contains(toks.get(t).span()) ? toks.get(t).span() : s;
    }

    /**
     * The one entity whose name ends with {@code word} ("Ushakov" for "Yury Ushakov" when the
     * recogniser missed the surname on its own), or -1 when none or several do.
     */
    private int entityNamedBy(String word) {
        String w = word.replaceAll("[^\\p{L}\\p{N}]", "");
        if (w.length() < 2) {
            return -1;
        }
        int found = -1;
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.PLACE) {
                continue;
            }
            String[] parts = e.name().split("\\s+");
            String last = parts[parts.length - 1].replaceAll("[^\\p{L}\\p{N}]", "");
            if (parts.length > 1 && last.equals(w)) {
                if (found >= 0 && found != e.id()) {
                    return -1;
                }
                found = e.id();
            }
        }
        return found;
    }

    private static String lastWord(String s) {
        String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }

    /**
     * "He argued that …" with no coreference mention for "He": the person who was last given a
     * claim nearby, if the pronoun's gender does not rule them out. Otherwise nobody.
     */
    private Source continuation(Draft d, char gender, List<Draft> byOrder) {
        if (gender == 'P' && low(firstTokenAtOrAfter(d.sourceSpan.begin())).equals("they")) {
            // "Analysts expect …, yet they acknowledge …": the group named just before
            int k = byOrder.indexOf(d) - 1;
            if (k >= 0) {
                Draft p = byOrder.get(k);
                if (p.cueToken >= 0 && sentOf[d.order] - sentOf[p.order] <= 1 && p.source instanceof Source.Unnamed u
                        && lastWord(u.description()).endsWith("s")) {
                    return u;
                }
            }
            return Source.NOBODY;
        }
        if (gender != 'M' && gender != 'F') {
            return Source.NOBODY;
        }
        int here = d.order;
        for (int k = byOrder.indexOf(d) - 1; k >= 0; k--) {
            Draft p = byOrder.get(k);
            if (p.cueToken < 0 || sentOf[here] - sentOf[Math.min(p.order, toks.size() - 1)] > 4) {
                break;
            }
            if (p.source instanceof Source.Named named) {
                Entity e = doc.entity(named.entity());
                if (e.type() == EntityType.PERSON && (e.gender() == 'U' || e.gender() == gender)) {
                    return named;
                }
                return Source.NOBODY;
            }
        }
        return Source.NOBODY;
    }
}
