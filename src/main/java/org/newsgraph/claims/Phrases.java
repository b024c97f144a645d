package org.newsgraph.claims;

import java.util.List;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;

/**
 * Grammar shared by the sieves, first layer: verbal cues at a token, noun phrases to the left and
 * right of one, and whether a phrase can stand for a source.
 */
abstract class Phrases extends ContextView {

    Phrases(AttributionContext ctx) {
        super(ctx);
    }

    /** The longest verbal cue starting at token {@code i}, as its number of tokens (0: none). */
    int verbCueAt(int i, CueLexicon.VerbCue[] out) {
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

    boolean verbLike(int i) {
        String p = pos(i);
        return !(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("ADP") || p.equals("DET")
                || p.equals("PUNCT") || p.equals("NUM"));
    }

    /**
     * Whether a cue form at {@code i} is used as a verb. The tagger calls some verbs ADJ
     * ("expressed irritation") or NOUN ("experts warning", "Petrov argues that"): those count
     * in a multiword cue, as participles, or before "that" or a comma.
     */
    boolean verbOk(int i, int n) {
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
    boolean titleCase(int i) {
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

    boolean skippable(int i) {
        String p = pos(i);
        // not "to": "are to blame" is no finite cue
        return lex.isSkipWord(low(i)) || p.equals("ADV") || p.equals("AUX")
                || (p.equals("PART") && !isPossessiveMark(i) && !low(i).equals("to"));
    }

    boolean nominal(int i) {
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

    boolean personalPronoun(int i) {
        char g = lex.pronoun(low(i));
        return g != 0 && !possessive.contains(low(i)) && !low(i).equals("him");
    }

    /** The noun phrase that ends at token {@code j} (inclusive), walking left within the sentence. */
    Np npEndingAt(int j) {
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
        if (quantifier.contains(low(j)) && !nominal(j) && j + 1 < sEnd(j) && !nominal(j + 1) && !pos(j + 1).equals("ADJ")
                && (j == lo || !(nominal(j - 1) || personalPronoun(j - 1) || pos(j - 1).equals("DET") || pos(j - 1).equals("ADP")))) {
            return new Np(j, j + 1, j, j + 1); // a determiner standing alone: "Some said …", "Both argued …"
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
                } else if (ps.equals("DET") || possessive.contains(low(p))) {
                    k = p;
                    sawDet = true;
                } else {
                    break;
                }
            }
            headStart = k;
            // cross one preposition to the noun it modifies: "sources close to the matter", "officials in Moscow"
            int p = k - 1;
            if (pps < 2 && p - 1 >= lo && pos(p).equals("ADP") && ppHeads.contains(low(p))) {
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
    Np npStartingAt(int i) {
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
            } else if ((ps.equals("DET") || possessive.contains(low(k))) && k == i) {
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
        if (p + 1 < hi && pos(p).equals("ADP") && ppHeads.contains(low(p))) {
            Np pp = npStartingAt(p + 1);
            if (pp != null && pp.headEnd() == pp.end()) {
                return new Np(i, pp.end(), i, headEnd);
            }
        }
        return new Np(i, k, i, headEnd);
    }

    /** Whether a phrase can stand for a source of a cue of class {@code cls}. */
    boolean plausibleSource(Np np, CueLexicon.VerbClass cls) {
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
    boolean evidence(Np np) {
        return np != null && lex.isEvidenceNoun(low(np.headEnd() - 1)) && !namedOrPronoun(np)
                && !demonstrative.contains(low(np.start()));
    }

    /**
     * "A study by the law school found …", "The latest poll released Friday shows …": the nearest
     * phrase before the cue closes a modifier; the subject is the document or measurement that the
     * modifier hangs on. Walks left over prepositions, nouns, numbers and -ed participles (no comma,
     * no finite verb) to a phrase headed by an evidence noun, and takes it up to the cue's phrase.
     */
    Np evidenceBefore(Np near, int cue) {
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

    /** Whether a complement is a clause: a noun or pronoun, then a verb, near its start. */
    boolean clausal(int from, int to) {
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

    boolean infinitive(int from, int to) {
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

    /**
     * Whether a phrase can be the source of an agent verb ("Trump called Clinton a …"): a name or a
     * pronoun, not "who" ("services who oppose any diplomacy" describes them) nor "you" ("you can
     * support …" addresses the reader).
     */
    boolean agentSource(Np np) {
        return np != null && namedOrPronoun(np)
                && !(np.end() - np.start() == 1 && (low(np.start()).equals("who") || low(np.start()).equals("you")));
    }

    boolean namedOrPronoun(Np np) {
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

    boolean possessedCueNoun(Np np) {
        int head = np.headEnd() - 1;
        return lex.isCueNoun(low(head)) && possessor(np) != null;
    }

    /** The possessor in "His assessment", "Zakharova's view": its tokens [from, to). */
    int[] possessor(Np np) {
        for (int k = np.headStart(); k < np.headEnd(); k++) {
            if (possessive.contains(low(k)) && lex.pronoun(low(k)) != 0) {
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
}
