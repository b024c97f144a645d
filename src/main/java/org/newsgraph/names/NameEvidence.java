package org.newsgraph.names;

import java.util.Locale;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

import static org.newsgraph.names.NameTokens.*;

/**
 * The tests of context that the candidate scanner and the typing rules share: titles before and inside a run,
 * organisation words and contexts, classifier nouns, given names and surnames, party and life-span asides.
 */
final class NameEvidence {

    final Gazetteers gaz;

    NameEvidence(Gazetteers gaz) {
        this.gaz = gaz;
    }


    /**
     * A known given name the tagger mis-tagged (PRON, VERB...) right before a capitalised proper noun; or, inside the
     * sentence, a capitalised word that is no English word ("to Deng/VERB Xiaoping"): both open a name.
     */
    boolean givenNameBeforeName(Sentence s, int i) {
        if (i + 1 >= s.size() || !capitalised(s.token(i)) || !capitalised(s.token(i + 1)) || !propn(s.token(i + 1))) {
            return false;
        }
        String w = s.token(i).text();
        return gaz.isGivenName(w) && !gaz.isAmbiguousGivenName(w) || i > 0 && noEnglishWord(w);
    }

    /** A word of letters, first capital then lower case, that no list of English words holds ("Deng", not "Per"). */
    boolean noEnglishWord(String w) {
        if (w.length() < 2 || !w.chars().allMatch(Character::isLetter) || !w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return !gaz.isCommonWord(w) && !gaz.isFunctionWord(w) && !gaz.isDemonym(w) && !gaz.isTitle(w);
    }

    /**
     * "(Conservative Party)", "an Irish Labour Party politician": the tagger calls a capitalised word before an
     * organisation word a verb; inside the sentence, capitalised words running up to "Party", "Council" … are a name.
     */
    boolean capitalsToOrgWord(AnnotatedDocument doc, Sentence s, int i) {
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

    boolean isTitleLine(AnnotatedDocument doc, Sentence s) {
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
        // a line of a results list or table ("3. Anna Berg (Sweden) 4:05.12", "Leeds 3 2 1 0 7 3 7") is no headline
        if (listLine(s)) {
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

    /**
     * Whether a line is an entry of a results list or a table rather than a headline: it starts with a number
     * ("1.", "12") or holds at least two numbers (scores, times, a row of figures).
     */
    static boolean listLine(Sentence s) {
        int numbers = 0;
        for (int k = 0; k < s.size(); k++) {
            String w = s.token(k).text();
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                if (k == 0) {
                    return true;
                }
                numbers++;
            }
        }
        return numbers >= 2;
    }

    /** Whether the one or two words before token {@code j} are a known place. */
    boolean placeBefore(AnnotatedDocument doc, Sentence s, int j) {
        for (int w = 1; w <= 2 && j - w >= 0; w++) {
            if (gaz.phrase(surface(doc, s, j - w, j)) == Gazetteers.Kind.PLACE) {
                return true;
            }
        }
        return false;
    }

    /** Whether the capitalised words from {@code k} stand before a lower-case noun they qualify ("the Bush administration"). */
    boolean qualifiesNoun(Sentence s, int k) {
        int n = s.size();
        int e = k;
        while (e < n && capitalised(s.token(e)) && nameTag(s.token(e))) {
            e++;
        }
        return e < n && !capitalised(s.token(e)) && s.token(e).pos().startsWith("NOUN");
    }

    /**
     * Whether the capitalised words from {@code k} are a name of their own: they hold an organisation word or a place
     * word, or an "of" follows them ("of the Siberian Branch …", "of the Province of Halden").
     */
    boolean nameOfItsOwn(AnnotatedDocument doc, Sentence s, int k) {
        int n = s.size();
        int e = k;
        while (e < n && capitalised(s.token(e)) && nameTag(s.token(e))) {
            String w = core(doc, s.token(e));
            if (gaz.isOrgOfWord(w) || gaz.isPlaceWordFirst(w) || gaz.isPlaceWordLast(w)) {
                return true;
            }
            e++;
        }
        return e < n && s.token(e).is("of");
    }

    /**
     * After "and" inside an organisation name's "of" part: the end of the one or two capitalised words that close the
     * name ("of Health and Human Services", "for Rural Health and Family Medicine"), or -1 when they may be a
     * name of their own (an organisation word, a given name, a known name, a title, or more capitalised words after).
     */
    int andTailEnd(AnnotatedDocument doc, Sentence s, int from) {
        int n = s.size();
        for (int k = from; k < n && k < from + 2; k++) {
            Token nx = s.token(k);
            String w = core(doc, nx);
            if (!capitalised(nx) || !nameTag(nx) || gaz.isOrgWord(w) || gaz.isGivenName(w) || gaz.phrase(w) != null
                    || titleAt(doc, s, k, n) != 0 || possessive(nx) && k + 1 < n) {
                return -1;
            }
            if (k + 1 >= n || !capitalised(s.token(k + 1))) {
                return k + 1;
            }
        }
        return -1;
    }

    boolean givenNameIn(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = core(doc, s.token(k));
            if (givenNameOnly(w) && !gaz.isAmbiguousGivenName(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [from, to) are all words shaped as parts of a person's name that no list knows as anything else
     * (not an English word, a place, an organisation or its word): "Dandrio" before "de Silva".
     */
    boolean unknownNameWords(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = core(doc, s.token(k));
            if (!capitalised(s.token(k)) || !noEnglishWord(w) || gaz.phrase(w) != null || gaz.isOrgWord(w) || gaz.isOrgFirstWord(w)
                    || gaz.isPlaceWordFirst(w) || gaz.isPlaceWordLast(w) || gaz.isMiscWord(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "and" at {@code j} joins two halves of one organisation's name: capitalised words on both sides, an
     * organisation word within three capitalised words after it, none before it, and on the left no place or person
     * ("Mexico and Border Patrol", "Smith and Labour Party" are two names).
     */
    boolean andOrgTail(AnnotatedDocument doc, Sentence s, int i, int j) {
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

    /** "Convention People's Party", "National Farmers' Union": the possessive before token {@code j} is inside the name. */
    boolean possessiveInsideOrg(AnnotatedDocument doc, Sentence s, int j) {
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

    /**
     * Whether the tagger put a capitalised word in a closed class (ADP, DET, PRON, conjunctions, AUX, PART) although it is
     * no function word: "drummer Jay Ziskrout/ADP left" — the tag is a guess for an unknown word, likely a name.
     */
    boolean misTaggedClosed(Token t) {
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
    boolean placeNamedPerson(AnnotatedDocument doc, Sentence s, int i) {
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
    boolean companyArm(AnnotatedDocument doc, Sentence s, int i, int gEnd) {
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
    boolean newsSurnameRun(AnnotatedDocument doc, Sentence s, int from, int to) {
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
    boolean surnameAfterGiven(AnnotatedDocument doc, Sentence s, int j) {
        if (j < 2 || !surnameShapedWord(s, j)) {
            return false;
        }
        String prev = core(doc, s.token(j - 1));
        return capitalised(s.token(j - 1)) && propn(s.token(j - 1)) && !possessive(s.token(j - 1))
                && givenNameOnly(prev) && !gaz.isAmbiguousGivenName(prev);
    }

    /**
     * "Jean - Claude Varnier", "Anna Holt - Berring": in text tokenised with spaces around hyphens, a hyphen between
     * a person's name (a given name in the run so far) and a capitalised word that is no known place joins one name.
     */
    boolean hyphenInPersonName(AnnotatedDocument doc, Sentence s, int from, int j) {
        int n = s.size();
        if (!spacedHyphen(s, j) || j == from || j + 1 >= n || !capitalised(s.token(j + 1)) || !nameTag(s.token(j + 1))
                || shouting(s)) {
            return false;
        }
        // the run so far is a person's name: it opens with a given name, holds no known place ("Sri Lanka - Arjuna
        // Ranatunga" in a list is two names) and no word in capitals ("GERMANY - Bunds")
        String first = core(doc, s.token(from));
        if (!givenNameOnly(first) || gaz.isAmbiguousGivenName(first)) {
            return false;
        }
        for (int k = from; k <= j + 1; k++) {
            String w = core(doc, s.token(k));
            if (k != j && (gaz.phrase(w) != null || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        if (gaz.phrase(surface(doc, s, from, j)) != null || gaz.isOrgWord(core(doc, s.token(j + 1)))) {
            return false;
        }
        // "Jean - Claude": two given names; "Eva Lind - Aasen": a double surname that ends the name (not
        // "Tomas Edvin Lunde - Harald Voss", a dash between two persons)
        String next = core(doc, s.token(j + 1));
        return j == from + 1 ? givenNameOnly(next) && !gaz.isAmbiguousGivenName(next)
                : !gaz.isGivenName(next) && (j + 2 >= n || !capitalised(s.token(j + 2)));
    }

    /**
     * 'Michael John " Mike " Oddby' in text tokenised with spaces around quote marks: when token {@code j} opens such a
     * quote after a run that holds a given name, one to three capitalised words, the closing quote and a capitalised word
     * (the surname), the end of the surname; else -1. (A nickname in glued quotes, 'Ann "Kit" Varley', is left out: the
     * claim finder reads those quote marks as a quotation's.)
     */
    int nicknameEnd(AnnotatedDocument doc, Sentence s, int from, int j) {
        int n = s.size();
        String open = s.token(j).text();
        if (j == from || !(open.equals("\"") || open.equals("\u201C")) || !givenNameIn(doc, s, from, j)
                || j + 1 >= n || s.token(j).end() == s.token(j + 1).begin()) {
            return -1;
        }
        for (int k = j + 1; k < n && k <= j + 3; k++) {
            String w = s.token(k).text();
            boolean closes = (w.equals("\"") || w.equals("\u201D")) && s.token(k - 1).end() < s.token(k).begin();
            if (closes && k > j + 1) {
                return k + 1 < n && capitalised(s.token(k + 1)) && nameTag(s.token(k + 1))
                        && gaz.phrase(core(doc, s.token(k + 1))) != Gazetteers.Kind.PLACE ? k + 2 : -1;
            }
            if (!capitalised(s.token(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code k} is a hyphen standing between two words with a space on either side. */
    static boolean spacedHyphen(Sentence s, int k) {
        return s.token(k).text().equals("-") && k > 0 && k + 1 < s.size()
                && s.token(k - 1).end() < s.token(k).begin() && s.token(k).end() < s.token(k + 1).begin();
    }

    /** "John D. Rockefeller/VERB": the capitalised word right after a middle initial's full stop is the surname. */
    boolean surnameAfterInitial(Sentence s, int j) {
        return capitalised(s.token(j)) && !"NUM".equals(s.token(j).pos()) && surnameShapedWord(s, j);
    }

    /** Whether token {@code j} may be a surname by its tag: no punctuation, regnal number or closed-class word. */
    private boolean surnameShapedWord(Sentence s, int j) {
        if (s.token(j).isPunct() || romanNumeral(s.token(j).text())) {
            return false;
        }
        String pos = s.token(j).pos();
        return !((pos.startsWith("DET") || pos.startsWith("ADP") || pos.startsWith("PRON") || pos.startsWith("CCONJ")
                || pos.startsWith("SCONJ") || pos.startsWith("PART") || pos.startsWith("AUX")) && !misTaggedClosed(s.token(j))
                || TITLE_SMALL_WORDS.contains(s.token(j).lower()));
    }

    /** The org-context words before token {@code i} ("joined", "member of the"): null, or whether academic. */
    Boolean orgContextBefore(Sentence s, int i) {
        String words = orgContextWords(s, i);
        return words == null ? null : gaz.orgContext(words);
    }

    /**
     * The org-context words before token {@code i} (an optional "the" between), lower case, or null; an object pronoun
     * between the verb and its preposition is left out ("loaned him to X": "loaned to").
     */
    String orgContextWords(Sentence s, int i) {
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
            if (gaz.orgContext(b.toString()) != null) {
                return b.toString();
            }
        }
        if (k >= 3 && s.token(k - 2).pos().startsWith("PRON") && !capitalised(s.token(k - 2))) {
            String words = s.token(k - 3).lower() + " " + s.token(k - 1).lower();
            if (gaz.orgContext(words) != null) {
                return words;
            }
        }
        return null;
    }

    boolean afterClassifier(Sentence s, int i) {
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
    int classifiedEnd(Sentence s, int i) {
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
    int subjectEnd(Sentence s, int i) {
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

    boolean classifiedOrg(AnnotatedDocument doc, Sentence s, int from, int to) {
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
        // "signed by Chelsea", "joined Everton": one word after the context names the organisation, given name or not,
        // unless it is a known surname after words that a person may follow too ("signed by Smith", "worked for Jones")
        boolean one = to - from == 1;
        boolean surname = gaz.isSurname(first) || gaz.isNewsSurname(first);
        boolean free = !personLike(doc, s, from, to) && (!gaz.isGivenName(first) || one && !surname)
                && !(one && surname && gaz.isAgentContext(orgContextWords(s, from)));
        return (article || named || free) && titleAt(doc, s, from, to) == 0
                && gaz.phrase(surface(doc, s, from, to)) == null;
    }

    boolean teamAfterPlace(AnnotatedDocument doc, Sentence s, int from, int to) {
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

    boolean personLike(AnnotatedDocument doc, Sentence s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        String first = core(doc, s.token(from));
        return gaz.isGivenName(first) && !gaz.isAmbiguousGivenName(first) && !gaz.isDemonym(first)
                && gaz.phrase(first) == null;
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

    boolean placeExtended(AnnotatedDocument doc, Sentence s, int from, int to, Gazetteers.Kind gKind, int gEnd) {
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

    boolean placeWordRun(AnnotatedDocument doc, Sentence s, int from, int to) {
        return to - from >= 2 && (gaz.isPlaceWordLast(core(doc, s.token(to - 1))) || gaz.isPlaceWordFirst(core(doc, s.token(from))));
    }

    /** The number of tokens of a title starting at {@code i} and followed by more of the run, or 0. */
    int titleAt(AnnotatedDocument doc, Sentence s, int i, int to) {
        for (int w = Math.min(gaz.maxTitleWords(), to - i - 1); w >= 1; w--) {
            String words = doc.text().substring(s.token(i).begin(), s.token(i + w - 1).end());
            if (gaz.isTitle(words)) {
                return w;
            }
        }
        return 0;
    }

    /** "Bank of England", "Council for Peace": an organisation word followed by "of" or "for". */
    boolean orgOf(AnnotatedDocument doc, Sentence s, int from, int to) {
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
    boolean roleNounThenName(AnnotatedDocument doc, Sentence s, int from, int to) {
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
    boolean roleNounAhead(AnnotatedDocument doc, Sentence s, int i) {
        int j = i;
        while (j < s.size() && capitalised(s.token(j))) {
            j++;
        }
        return j > i && roleNounThenName(doc, s, i, j);
    }

    /** "is an American rock band", "was a political party" right after a name: is/was, an article, modifiers, a classifier. */
    boolean saidToBeOrg(Sentence s, int to) {
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

    /** The lower-case name particles ("de", "von", "der") among tokens [from, to). */
    int particles(Sentence s, int from, int to) {
        int p = 0;
        for (int k = from + 1; k < to - 1; k++) {
            if (gaz.isNameParticle(s.token(k).text()) || spacedHyphen(s, k) || s.token(k).isPunct()) {
                p++;
            }
        }
        return p;
    }

    /**
     * An organisation word strictly inside the run (not its first or last word) that is no name of a person, or that
     * follows a title word, which no surname does ("Major League Soccer").
     */
    boolean innerOrgWord(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            String w = core(doc, s.token(k));
            if (gaz.isOrgWord(w) && !gaz.isGivenName(w) && (!gaz.isSurname(w) || gaz.isTitle(core(doc, s.token(k - 1))))) {
                return true;
            }
        }
        return false;
    }

    /** Whether brackets with a party follow token {@code to - 1}: "(Progress Party)", "(Labour)", "(R-Ariz.)". */
    boolean partyAside(AnnotatedDocument doc, Sentence s, int to) {
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

    /** A given name that is not also a known place, organisation or demonym. */
    boolean givenNameOnly(String w) {
        return gaz.isGivenName(w) && gaz.phrase(w) == null && !gaz.isDemonym(w);
    }

    /** Could end a person's name: no acronym, nationality, organisation or event word. */
    boolean surnameShaped(String w) {
        return !acronym(w) && !gaz.isDemonym(w) && !gaz.isOrgWord(w) && !gaz.isMiscWord(w) && !gaz.isPlaceWordLast(w)
                && !(w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2)));
    }

    /** "X said", "X told", ", said X": a verb of saying next to the name. */
    boolean sayingNear(Sentence s, int from, int to) {
        if (to < s.size() && gaz.isPersonVerb(s.token(to).text())) {
            return true;
        }
        return from >= 1 && gaz.isPersonVerb(s.token(from - 1).text());
    }

    /** The first token after {@code from} that starts a person name inside an unknown run, or -1. */
    int innerGivenName(AnnotatedDocument doc, Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            String w = core(doc, s.token(k));
            if (gaz.isGivenName(w) && !gaz.isAmbiguousGivenName(w) && gaz.phrase(w) == null) {
                return k;
            }
        }
        return -1;
    }

    /** "as The New Yorker put it": a capital "The" inside a sentence that starts a known name ("The Hill", "The Atlantic"). */
    boolean knownWithThe(AnnotatedDocument doc, Sentence s, int i) {
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
}
