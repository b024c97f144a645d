package org.newsgraph.claims;


/**
 * Grammar shared by the sieves, second layer: the subject of a cue (walking left over auxiliaries,
 * time phrases, appositions and inserts) and the source a cue with no subject inherits.
 */
abstract class Subjects extends Phrases {

    Subjects(AttributionContext ctx) {
        super(ctx);
    }

    /** Result of the leftward search for a cue's subject. */
    record Subject(Np np, boolean passive, int before) { }

    /** Walks left from the cue at {@code c} over auxiliaries and adverbs to the nearest noun phrase. */
    Subject subjectLeft(int c) {
        int lo = sStart(c);
        int j = c - 1;
        boolean passive = false;
        while (true) {
            while (j >= lo && skippable(j)) {
                if (be.contains(low(j)) && !low(c).endsWith("ing")) {
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
        if (isDash(j) && j - 1 > lo) {
            // "Democrats — and some Republicans — say", "A former candidate -- John McCain, who … -- said"
            Np before = beforeDashInsert(j, lo);
            if (before != null) {
                return new Subject(before, passive, j);
            }
        }
        if (isPossessiveMark(j) || low(j).endsWith("'s") || low(j).endsWith("’s")) {
            return new Subject(null, passive, j); // "Washington's stated goals": a modifier, not a verb
        }
        Np np = npEndingAt(j);
        if (np == null && pos(j).equals("NUM")) {
            np = numeralSubject(j, lo); // a poll's share: "About three in 10 said", "Those over 60 say"
        }
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
     * The subject before an insert set off by dashes that ends at the dash {@code j}: the noun phrase
     * before the opening dash, when the insert holds no quote mark and no other dash.
     */
    private Np beforeDashInsert(int j, int lo) {
        for (int k = j - 1; k > lo && k > j - 30; k--) {
            if (isQuoteMark(k) || low(k).equals(";")) {
                return null;
            }
            if (isDash(k)) {
                Np head = k - 1 >= lo ? npEndingAt(k - 1) : null;
                return head == null ? null : new Np(head.start(), j, head.headStart(), head.headEnd());
            }
        }
        return null;
    }

    /**
     * A numeral that opens its clause as a subject, as polls report shares: "43 said", "six in 10
     * said", "About three in 10 said", "Those over 60 say" (with the adverbs and the determiner
     * before it); null when something else stands before it ("rose 5 said" is no subject).
     */
    private Np numeralSubject(int j, int lo) {
        int start = j;
        if (start - 2 >= lo && pos(start - 1).equals("ADP") && pos(start - 2).equals("NUM")) {
            start -= 2; // "three in 10"
        }
        while (start - 1 >= lo && pos(start - 1).equals("ADV")) {
            start--;
        }
        if (start - 1 >= lo && (pos(start - 1).equals("DET") || pos(start - 1).equals("PRON") && !personalPronoun(start - 1))) {
            start--;
        }
        if (start > lo && !isComma(start - 1) && !pos(start - 1).equals("CCONJ") && !pos(start - 1).equals("SCONJ")) {
            return null;
        }
        return new Np(start, j + 1, start, j + 1);
    }

    /** Whether token {@code k} lies in a relative clause opened by ", who" or ", which" after {@code lo}. */
    boolean relativeBefore(int k, int lo) {
        for (int m = k - 1; m > lo && m > sStart(k); m--) {
            if (isComma(m) || isQuoteMark(m) || low(m).equals(";")) {
                return isComma(m) && (low(m + 1).equals("who") || low(m + 1).equals("which"));
            }
        }
        return false;
    }

    /**
     * "Dr. Connie Mariano, who as a Navy captain was …, said", "Megan Hester, senior associate for
     * … at the Annenberg Institute, said", "Ramil Carr, 31, a photographer, said", "Hogan Gidley, a
     * former director of the party, whose roots are …, said": the name before the inserted phrases
     * that end at the comma {@code j}, walking left over up to three of them. Each insert is a phrase
     * with no finite verb, or one whose finite verbs follow a relative pronoun ("a rival whom Trump
     * fired"); a name inside an insert's prepositional phrase ("director of the party") is passed over.
     */
    Np subjectBeforeInsert(int j, int lo) {
        int segEnd = j;
        int inserts = 0;
        Np noun = null;
        for (int k = j - 1; k > lo && k > j - 60; k--) {
            if (isQuoteMark(k) || low(k).equals(";")) {
                return noun;
            }
            if (verbCueAt(k, null) > 0 && verbOk(k, 1) && !relativeBefore(k, j - 60)) {
                return noun; // a cue outside a relative clause ("Obama, who understood that …, told …" is fine)
            }
            if (!isComma(k)) {
                continue;
            }
            if (!insert(k + 1, segEnd)) {
                return noun;
            }
            inserts++;
            Np head = k - 1 >= lo ? npEndingAt(k - 1) : null;
            boolean object = head != null && head.start() - 1 >= lo && (pos(head.start() - 1).equals("ADP")
                    || pos(head.start() - 1).equals("VERB"));
            if (head != null && !object && namedOrPronoun(head)) {
                return new Np(head.start(), j, head.headStart(), head.headEnd());
            }
            if (head != null && !object && lex.isSourceNoun(low(head.headEnd() - 1)) && noun == null) {
                // "Ingrid Solberg, 58, a harbour engineer, …": the name before the description, if any
                noun = new Np(head.start(), j, head.headStart(), head.headEnd());
            }
            // "links stretch through the Philippines, a US ally, …": an object, not the subject; walk on
            // only while the stretch before it may itself be an insert
            if (inserts >= 3) {
                return noun;
            }
            segEnd = k;
        }
        return noun;
    }

    /** Whether tokens {@code from..to} can be an inserted phrase: no finite verb outside a relative clause. */
    private boolean insert(int from, int to) {
        boolean relative = false;
        for (int m = from; m < to; m++) {
            String w = low(m);
            if (w.equals("who") || w.equals("whom") || w.equals("whose") || w.equals("which")) {
                relative = true;
            }
            if (!relative && (pos(m).equals("AUX") || pos(m).equals("VERB") && !w.endsWith("ing")
                    && !w.endsWith("ed") && !(m > from && low(m - 1).equals("to")))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Past a prepositional phrase that opens the sentence up to its comma ("By the end of the day,
     * Mr. Trump …", "In a statement on Friday, the council …"), else {@code start}.
     */
    private int afterOpeningPhrase(int start, int c) {
        if (!pos(start).equals("ADP")) {
            return start;
        }
        for (int k = start + 1; k < c && k < start + 12; k++) {
            if (isComma(k)) {
                return k + 1;
            }
            if (pos(k).equals("VERB") || pos(k).equals("AUX") || isQuoteMark(k)) {
                return start;
            }
        }
        return start;
    }

    /**
     * The first token after the document's dateline ("WASHINGTON (AFP) — …") when the sentence
     * starting at {@code start} opens with it, else {@code start}: a place is no sentence subject.
     */
    int afterDateline(int start) {
        java.util.Optional<org.newsgraph.text.Span> dl = doc.metadata().dateline();
        if (dl.isEmpty() || !tok(start).span().overlaps(dl.get())) {
            return start;
        }
        for (int k = start + 1; k < sEnd(start) && k < start + 12; k++) {
            String w = low(k);
            if (w.equals("—") || w.equals("–") || w.equals("-") || w.equals("--")) {
                return k + 1;
            }
        }
        return start;
    }

    void setSource(Draft d, Np np) {
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
    Draft inherited(int c, Subject subj) {
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
            int from = afterOpeningPhrase(afterDateline(sStart(c)), c);
            for (int k = from; k < c && k < from + 4; k++) {
                if (k > from && pos(k - 1).equals("ADP")) {
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
}
