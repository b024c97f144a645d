package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * What the sieves of {@link AttributionFinder} share on one document: its tokens laid out in one
 * list (so that patterns can look across a quote's closing mark or a paragraph break), which of
 * them lie inside quotes, inside names or in a cue already taken, and the claims found so far.
 */
final class AttributionContext {

    final AnnotatedDocument doc;
    final CueLexicon lex;
    final String text;
    final List<Token> toks = new ArrayList<>();
    final List<String> lower = new ArrayList<>();
    int[] sentOf;
    int[] sentStart;
    int[] sentEnd;
    boolean[] inQuote;
    boolean[] used;
    boolean[] inName;
    String[] tags;
    /** The quotes of the text, as {@link QuoteFinder} found them. */
    List<QuoteFinder.Quote> quotes = List.of();
    /** The claims found so far, in the order the sieves found them. */
    final List<Draft> drafts = new ArrayList<>();
    /** Answers what the sieves ask of the drafts without scanning them all. */
    final DraftIndex draftIndex;

    /** Lays out the tokens of {@code doc}; {@link #markQuotes} then marks what lies inside quotes. */
    AttributionContext(AnnotatedDocument doc, CueLexicon lex) {
        this.doc = doc;
        this.lex = lex;
        this.text = doc.text();
        layout();
        this.draftIndex = new DraftIndex(drafts, text.length());
    }

    /**
     * Lays the tokens out in one list. Sentences split after an abbreviation ("Rep. Stephen
     * Lynch (D-Mass.) said …", "Mrs. Clinton") are joined again: an attribution needs its
     * subject and its verb in one sentence.
     */
    void layout() {
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
            String clitic = contraction(lower.get(i), lex);
            if (clitic != null) {
                tags[i] = clitic;
            }
        }
        surnamesTakenForPronouns(doc);
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
    boolean continuesSentence(Token first) {
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

    void markQuotes(List<QuoteFinder.Quote> quotes) {
        this.quotes = quotes;
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

    /**
     * The tag of a pronoun's or an auxiliary's contraction, whatever its apostrophe: the tagger
     * reads "he's" as a pronoun with its auxiliary but the same word with a typographic apostrophe
     * ("he’s", "I’m") as punctuation or a name, which hid the subject of many clauses of web text
     * ("X says he’s expecting …"). A personal pronoun (pronouns.tsv) before 's, 're, 've, 'll, 'd,
     * 'm is PRON; a word ending in n't is AUX; else null (the tagger's tag stands).
     */
    static String contraction(String w, CueLexicon lex) {
        int a = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
        if (a <= 0 || a == w.length() - 1) {
            return null;
        }
        String clitic = w.substring(a + 1);
        if (clitic.equals("t") && w.charAt(a - 1) == 'n' && a >= 2) {
            return "AUX";
        }
        boolean aux = clitic.equals("s") || clitic.equals("re") || clitic.equals("ve") || clitic.equals("ll")
                || clitic.equals("d") || clitic.equals("m");
        String stem = w.substring(0, a);
        return aux && lex.pronoun(stem) != 0 && !stem.equals("its") ? "PRON" : null;
    }

    /**
     * "Weaver/PRON said …": the tagger sometimes reads a surname standing alone as a pronoun, which
     * hides the subject of a cue. A capitalised word tagged PRON that no pronoun list holds and that
     * ends a name found elsewhere in the document ("John Weaver") is a proper noun.
     */
    private void surnamesTakenForPronouns(AnnotatedDocument doc) {
        java.util.Set<String> lastWords = new java.util.HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.isName()) {
                String n = text.substring(m.span().begin(), m.span().end());
                int sp = n.lastIndexOf(' ');
                if (sp > 0) {
                    lastWords.add(n.substring(sp + 1));
                }
            }
        }
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals("PRON") && toks.get(i).isCapitalised() && lastWords.contains(toks.get(i).text())
                    && lex.pronoun(lower.get(i)) == 0) {
                tags[i] = "PROPN";
            }
        }
    }
}
