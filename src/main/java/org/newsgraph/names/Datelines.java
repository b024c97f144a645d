package org.newsgraph.names;

import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;

import static org.newsgraph.names.NameTokens.spanOf;
import static org.newsgraph.names.NameTokens.surface;

/**
 * A dateline: a line that opens with a place in capitals and then the date or the agency ("PARIS 1997-03-14",
 * "SPRINGFIELD, Ill. (AP)", "NAIROBI, March 3") names where the story was filed, a place. Its words are read as a
 * place whatever the rules or the model say of a line in capitals.
 */
final class Datelines {

    /** At most this many words in the place ("SAN JUAN CAPISTRANO"). */
    static final int MAX_WORDS = 4;

    private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}.'\\-]*");

    private Datelines() {
    }

    /** Adds the dateline's place of each line-opening sentence that has one, in place of what was found there. */
    static void mark(AnnotatedDocument doc, List<Candidate> cands) {
        for (Sentence s : doc.sentences()) {
            int to = placeEnd(doc, s);
            if (to <= 0) {
                continue;
            }
            cands.removeIf(c -> c.s == s && c.from < to);
            cands.add(new Candidate(s, 0, to, spanOf(s, 0, to), surface(doc, s, 0, to), EntityType.PLACE, Candidate.TITLED + 1,
                    false, true, "dateline"));
        }
    }

    /** The end of the dateline's place in {@code s} (tokens [0, end)), or 0 when the sentence opens no dateline. */
    static int placeEnd(AnnotatedDocument doc, Sentence s) {
        if (s.size() < 2 || !lineStart(doc.text(), s.token(0).begin())) {
            return 0;
        }
        int k = 0;
        while (k < s.size() && k < MAX_WORDS && CAPS_WORD.matcher(s.token(k).text()).matches()
                && s.token(k).text().chars().filter(Character::isLetter).count() >= 2
                && sameLine(doc.text(), s.token(0).begin(), s.token(k).begin())) {
            k++;
        }
        if (k == 0 || k >= s.size() || !sameLine(doc.text(), s.token(0).begin(), s.token(k).begin())) {
            return 0;
        }
        String text = doc.text();
        int lineEnd = text.indexOf('\n', s.token(0).begin());
        String rest = text.substring(s.token(k - 1).end(), lineEnd < 0 ? text.length() : lineEnd);
        java.util.regex.Matcher m = AFTER.matcher(rest);
        if (!m.lookingAt()) {
            return 0;
        }
        String agency = m.group("agency");
        return agency == null || Gazetteers.get().phrase(agency) == Gazetteers.Kind.OUTLET ? k : 0;
    }

    /**
     * What follows the place on the line: an optional ", State" or ", Country", then an ISO date, a month and day, or
     * an agency in brackets.
     */
    private static final Pattern AFTER = Pattern.compile("(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?,?\\s+(?:"
            + "\\d{4}-\\d{2}-\\d{2}\\b|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
            + "|\\((?<agency>[\\p{L} ]{2,30})\\))");

    private static boolean lineStart(String text, int at) {
        for (int k = at - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLine(String text, int from, int to) {
        return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to;
    }
}
