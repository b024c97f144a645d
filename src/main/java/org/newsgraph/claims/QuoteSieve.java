package org.newsgraph.claims;

import java.util.List;
import org.newsgraph.text.Span;

/**
 * Direct quotes with their speaker after ("…," Petrov added), before (Caddell continued: "…"),
 * after a dash, or none; a quote continued over sentences and paragraphs joins the claim of the
 * quote before it.
 */
final class QuoteSieve extends Sieve {

    QuoteSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "direct-quote";
    }

    @Override
    void run() {
        quotes(ctx.quotes);
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
                ctx.draftIndex.edited();
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
                ctx.draftIndex.edited();
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
                tag(d, "unattributed");
            }
            if (mixed) {
                tag(d, "mixed");
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
                return tag(quoteDraft(q, a, n, np, np.end()), "speaker-after");
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
        if (n == 0) {
            return anyVerbAfter(q, np, c);
        }
        if (!plausibleSource(np, vc[0].cls())) {
            return null;
        }
        return tag(quoteDraft(q, c, n, np, c + n), "speaker-after");
    }

    /**
     * “…,” Bennett shot back. / “…,” the senator quipped: a quote that opens its sentence and ends
     * with a comma, then a name, a pronoun or a source noun and a verb the lexicon lacks — the place
     * of a speaker, whatever the verb (news varies it: "barked", "shot back", "mused").
     */
    private Draft anyVerbAfter(Span q, Np np, int c) {
        if (!pos(c).equals("VERB") || inQuote[c] || endsWithStop(q) || !startsSentence(q.begin())
                || !(namedOrPronoun(np) || lex.isSourceNoun(low(np.headEnd() - 1)))
                || !plausibleSource(np, CueLexicon.VerbClass.SAY)) {
            return null;
        }
        return tag(quoteDraft(q, c, 1, np, c + 1), "speaker-after-verb");
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
        return tag(d, "dash");
    }

    /** Dr. Elise Warner from the Atlantic Council suggests, “…” / Caddell continued: “…” */
    private Draft quoteBefore(Span q) {
        int b = firstTokenAtOrAfter(q.begin()) - 1;
        if (b < 0) {
            return null;
        }
        boolean sep = false;
        if (low(b).equals(",") || low(b).equals(":")) {
            sep = true;
            b--;
        }
        if (b < 0 || tok(b).end() > q.begin()) {
            return null; // no token before the quote mark (it sits inside one: German „…“ in web text)
        }
        String gap = text.substring(tok(b).end(), q.begin());
        if (gap.indexOf('\n') >= 0 && !gap.contains(":")) {
            return null;
        }
        int phrase = sep && low(b + 1).equals(":") ? phraseBeforeColon(b) : b;
        // the cue ends at b (or before the phrase that ends there): try cues of up to four tokens
        for (int c = phrase; c >= Math.max(sStart(phrase), phrase - 3); c--) {
            CueLexicon.VerbCue[] vc = new CueLexicon.VerbCue[1];
            int n = verbCueAt(c, vc);
            if (n == 0 || c + n - 1 != phrase || used[c]) {
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
                return tag(d, "speaker-before-inherited");
            }
            return tag(quoteDraft(q, c, n, subj.np(), q.end()), "speaker-before");
        }
        return sep && low(b + 1).equals(":") ? anyVerbBefore(q, b) : null;
    }

    /**
     * His wife whispered to him: “…”: a colon before the quote, and up to six tokens before it a
     * verb the lexicon lacks whose subject is a name, a pronoun or a source noun.
     */
    private Draft anyVerbBefore(Span q, int b) {
        for (int c = b; c >= Math.max(sStart(b), b - 5); c--) {
            if (isComma(c) || isQuoteMark(c) || inQuote[c] || used[c]) {
                return null;
            }
            if (!pos(c).equals("VERB")) {
                continue;
            }
            Subject subj = subjectLeft(c);
            Np np = subj.np();
            if (np == null || subj.passive() || !(namedOrPronoun(np) || lex.isSourceNoun(low(np.headEnd() - 1)))
                    || !plausibleSource(np, CueLexicon.VerbClass.SAY)) {
                return null;
            }
            return tag(quoteDraft(q, c, 1, np, q.end()), "speaker-before-verb");
        }
        return null;
    }

    /**
     * "said in a statement: “…”", "wrote on Facebook: “…”", "told reporters on Monday: “…”": the
     * last token before the noun phrases and prepositional phrases (at most eight tokens, no comma,
     * no verb) that end at {@code b} before a colon, when a cue ends there; else {@code b}.
     */
    private int phraseBeforeColon(int b) {
        for (int k = b; k >= sStart(b) && k > b - 8; k--) {
            String p = pos(k);
            if (!(p.equals("ADP") || p.equals("DET") || p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ")
                    || p.equals("NUM") || p.equals("PRON") || isPossessiveMark(k))) {
                return k < b && verbCueAt(k, null) > 0 && !used[k] ? k : b;
            }
        }
        return b;
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
}
