package org.newsgraph.claims;


/**
 * Grammar shared by the sieves, third layer: where the content of a cue starts and ends (a
 * that-clause, a bare clause, an object before a circumstance, a coordinated attribution).
 */
abstract class Clauses extends Subjects {

    Clauses(AttributionContext ctx) {
        super(ctx);
    }

    /** Where the complement of a cue starts: after "that" if one follows soon, else right after the cue. */
    int complementStart(int after, boolean needsThat) {
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
    int complementEnd(int from) {
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
    boolean invertedTail(int n, int hi) {
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

    boolean isConjunction(int k) {
        String l = low(k);
        return pos(k).equals("CCONJ") || l.equals("yet") || l.equals("but");
    }

    /** Drops trailing punctuation (but not a closing quote mark, which belongs to the quote). */
    int trimEnd(int from, int to) {
        while (to > from && pos(to - 1).equals("PUNCT") && !isQuoteMark(to - 1)) {
            to--;
        }
        return to;
    }

    int trimStart(int from, int to) {
        while (from < to && pos(from).equals("PUNCT") && !isQuoteMark(from)) {
            from++;
        }
        return from;
    }

    /**
     * A content that ends inside a quotation goes on to the quotation's close: the sentence ended,
     * the quoted speech did not ("told them that "they lost. It was over."").
     */
    int toQuoteEnd(int cs, int ce) {
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

    /**
     * The end of an object content ("attacked Smith", "called for reform") before a circumstance the
     * writer adds: a time ("on Thursday", "last week"), an occasion ("in a statement", "at a rally")
     * or a subordinate clause of time ("during the debate", "when he ran").
     */
    int beforeCircumstance(int cs, int ce) {
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
            if (circumstance.contains(l)) {
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
    boolean inLeadingClause(int c, int cs) {
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
    boolean bareClause(int from, int to) {
        if (from >= to || !(pos(from).equals("PRON") || pos(from).equals("DET") || pos(from).equals("PROPN")
                || pos(from).equals("NOUN") || pos(from).equals("ADJ") || pos(from).equals("NUM"))
                || possessive.contains(low(from)) && pos(from).equals("PRON") && from + 1 < to && pos(from + 1).equals("NOUN")
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

    /** "told reporters this weekend he would …": the content starts after the addressee and a time phrase. */
    int afterAddressee(int after) {
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
}
