package org.newsgraph.claims;

import java.util.Locale;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;

/** Speaker labels: a transcript's "PENCE: Well, look, …" and headlines "Pat Caddell: Democrat Voters …". */
final class SpeakerLabelSieve extends Sieve {

    SpeakerLabelSieve(AttributionContext ctx) {
        super(ctx);
    }

    @Override
    String name() {
        return "speaker-label";
    }

    @Override
    void run() {
        speakerLabels();
    }

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
}
