package org.newsgraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * A view of the {@link AttributionContext} of one document: the token, sentence and mention
 * look-ups every layer of the attribution grammar and every sieve uses.
 */
abstract class ContextView {

    final AttributionContext ctx;
    final AnnotatedDocument doc;
    final CueLexicon lex;
    final String text;
    final List<Token> toks;
    final List<String> lower;
    final int[] sentOf;
    final int[] sentStart;
    final int[] sentEnd;
    final boolean[] inQuote;
    final boolean[] used;
    final boolean[] inName;
    final String[] tags;
    final List<Draft> drafts;

    final Set<String> be;
    final Set<String> possessive;
    final Set<String> subordinate;
    /** Subordinators of time and cause: a complement starting with one is no content ("said before he died"). */
    final Set<String> adverbial;
    final Set<String> demonstrative;
    /** Determiners that stand alone as a subject: "Some said …". */
    final Set<String> quantifier;
    final Set<String> ppHeads;
    /** Subordinators and prepositions of time that open the writer's circumstance after an object. */
    final Set<String> circumstance;
    /** Prepositions the content-end model weighs as a place a content may end ("after", "despite"). */
    final Set<String> endPrepositions;
    /** What may stand before a sentence-opening "asked", and the words that open the question. */
    final Set<String> questionLeads, questionOpeners;

    ContextView(AttributionContext ctx) {
        this.ctx = ctx;
        this.doc = ctx.doc;
        this.lex = ctx.lex;
        this.text = ctx.text;
        this.toks = ctx.toks;
        this.lower = ctx.lower;
        this.sentOf = ctx.sentOf;
        this.sentStart = ctx.sentStart;
        this.sentEnd = ctx.sentEnd;
        this.inQuote = ctx.inQuote;
        this.used = ctx.used;
        this.inName = ctx.inName;
        this.tags = ctx.tags;
        this.drafts = ctx.drafts;
        this.be = lex.words("be");
        this.possessive = lex.words("possessive");
        this.subordinate = lex.words("subordinate");
        this.adverbial = lex.words("adverbial");
        this.demonstrative = lex.words("demonstrative");
        this.quantifier = lex.words("quantifier");
        this.ppHeads = lex.words("pp-head");
        this.circumstance = lex.words("circumstance");
        this.endPrepositions = lex.words("end-preposition");
        this.questionLeads = lex.words("question-lead");
        this.questionOpeners = lex.words("question-opener");
    }

    Token tok(int i) {
        return toks.get(i);
    }

    String low(int i) {
        return lower.get(i);
    }

    /** The token's tag; of a contraction's combined tag ("NOUN+PART" for "ad’s", "AUX+PART"), the first. */
    String pos(int i) {
        return tags[i];
    }

    boolean isQuoteMark(int i) {
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

    boolean isComma(int i) {
        return low(i).equals(",");
    }

    /** A dash that sets off an insert: em or en dash, or two hyphens. */
    boolean isDash(int i) {
        String w = low(i);
        return w.equals("\u2014") || w.equals("\u2013") || w.equals("--");
    }

    /** Whether a line break separates token {@code i} from the one before it. */
    boolean paragraphStart(int i) {
        if (i == 0) {
            return true;
        }
        return text.substring(toks.get(i - 1).end(), toks.get(i).begin()).indexOf('\n') >= 0;
    }

    int sStart(int i) {
        return sentStart[sentOf[i]];
    }

    int sEnd(int i) {
        return sentEnd[sentOf[i]];
    }

    Span span(int from, int to) {
        return new Span(toks.get(from).begin(), toks.get(to - 1).end());
    }

    boolean isPossessiveMark(int i) {
        String l = low(i);
        return l.equals("'s") || l.equals("’s") || l.equals("'") || l.equals("’");
    }

    int firstTokenAtOrAfter(int offset) {
        return Token.firstAtOrAfter(toks, offset);
    }

    int wordCount(Span s) {
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
    boolean onlyGap(int from, int to) {
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

    boolean afterComma(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    boolean sameParagraph(int from, int to) {
        return from <= to && text.substring(from, to).indexOf('\n') < 0;
    }

    boolean startsSentence(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?\n:;)”\"".indexOf(text.charAt(i)) >= 0;
    }

    boolean coveredByMention(int from, int to) {
        Span s = span(from, to);
        Span head = toks.get(to - 1).span();
        Mention m = mentionIn(s, head);
        return m != null && m.span().overlaps(head);
    }

    /** The mention of an entity inside {@code s}, preferring one that covers {@code head}, then persons. */
    Mention mentionIn(Span s, Span head) {
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

    List<Mention> mentionsOverlapping(Span s) {
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

    /** Whether a claim found so far has content that starts at {@code offset}. */
    boolean startsContent(int offset) {
        return ctx.draftIndex.startsContent(offset);
    }

    /** Whether {@code s} overlaps the content of a quote claim found so far. */
    boolean overlapsQuoteClaim(Span s) {
        return ctx.draftIndex.overlapsQuoteClaim(s);
    }

    /** Whether one content span of a claim found so far contains {@code s}. */
    boolean coveredByDraft(Span s) {
        return ctx.draftIndex.coveredByDraft(s);
    }
}
