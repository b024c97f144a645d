package org.newsgraph.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

import static org.newsgraph.names.NameTokens.*;

/**
 * The candidate scanner: in each sentence, capitalised runs built on the UD tags (PROPN, and capitalised ADJ/NOUN
 * that the tagger gives to parts of names such as "Atlantic Council"), known phrases of the {@link Gazetteers}
 * (longest first), names after a classifier noun ("the band X") or in a list it opens, party words; a run is cut at
 * titles and nationality words and handed to the {@link TypingRules}.
 */
final class CandidateScanner {

    private final NameEvidence ev;
    private final TypingRules typing;

    CandidateScanner(NameEvidence ev, TypingRules typing) {
        this.ev = ev;
        this.typing = typing;
    }


    void scan(AnnotatedDocument doc, Sentence s, List<Candidate> out) {
        // a row of a table in capitals ("TEXAS 75 58 .564") is no headline either
        boolean titleLine = (shouting(s) || ev.isTitleLine(doc, s)) && !NameEvidence.listLine(s);
        int n = s.size();
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            // after "band", "party" … the tagger's guess for the name's first word ("Led/VERB Zeppelin") does not count
            if (!capitalised(t) || !nameTag(t) && !ev.givenNameBeforeName(s, i) && !ev.afterClassifier(s, i)
                    && ev.orgContextBefore(s, i) == null && !ev.roleNounAhead(doc, s, i) && !ev.capitalsToOrgWord(doc, s, i)
                    && !(i == 0 && !t.is("The") && ev.subjectEnd(s, i) > 0 && ev.saidToBeOrg(s, ev.subjectEnd(s, i)))
                    && !ev.knownWithThe(doc, s, i)) {
                i++;
                continue;
            }
            // "Former White House counsel", "Outgoing Labour Party leader": a modifier before a name is none of it
            if (i + 1 < n && ev.gaz.isLeadModifier(core(doc, t)) && capitalised(s.token(i + 1))) {
                i++;
                continue;
            }
            // a known phrase starting here (longest)
            int gEnd = -1;
            Gazetteers.Kind gKind = null;
            // a known phrase runs over capitalised words and a few small connecting words only
            int limit = i + 1;
            while (limit < n && limit < i + ev.gaz.maxPhraseWords() && !possessive(s.token(limit - 1))) {
                Token nx = s.token(limit);
                if (capitalised(nx) || nx.text().startsWith("-") || CONNECTORS.contains(nx.text())
                        || ev.gaz.isPhraseInnerWord(nx.text())) {
                    limit++;
                } else {
                    break;
                }
            }
            for (int j = limit; j > i; j--) {
                if (!capitalised(s.token(j - 1)) && !s.token(j - 1).text().startsWith("-")) {
                    continue;
                }
                boolean possInside = false;
                for (int k = i; k < j - 1; k++) {
                    possInside |= possessive(s.token(k));
                }
                if (possInside) {
                    continue;
                }
                String sf = surface(doc, s, i, j);
                Gazetteers.Kind k = ev.gaz.phrase(sf);
                // "U.N." and "Ala." that the tokenizer cut before their last full stop
                if (k == null && j < n && s.token(j).text().equals(".") && s.token(j - 1).end() == s.token(j).begin()
                        && !possessive(s.token(j - 1))) {
                    k = ev.gaz.phrase(sf + ".");
                    if (k != null) {
                        gEnd = j + 1;
                        gKind = k;
                        break;
                    }
                }
                if (k != null) {
                    gEnd = j;
                    gKind = k;
                    break;
                }
            }
            // the capitalised run starting here
            int runEnd = runEnd(doc, s, i);
            int cEnd = !titleLine && ev.afterClassifier(s, i) ? ev.classifiedEnd(s, i) : -1;
            final int rEnd = cEnd > runEnd && ev.classifiedOrg(doc, s, i, cEnd) ? cEnd : runEnd;
            boolean hasPropn = false;
            for (int k = i; k < rEnd; k++) {
                hasPropn |= propn(s.token(k));
            }
            Token lastTok = s.token(rEnd - 1);
            // "Washington House of Representatives", "Philadelphia Museum of Art": a known place opens the name
            boolean endsOrg = ev.gaz.isOrgWord(core(doc, lastTok)) || ev.orgOf(doc, s, i, rEnd);
            for (int k = i + 1; k < rEnd - 1; k++) {
                endsOrg |= s.token(k).text().equals("&");
            }
            // "punk rock band Bad Religion", "the party Vlaams Belang": the noun before the name says what it is;
            // "Rust Out Girl bassist Tom Reddy": so does a role noun after it
            if (!titleLine && gEnd < 0 && !ev.classifiedOrg(doc, s, i, rEnd)
                    && ev.roleNounThenName(doc, s, i, rEnd)) {
                // "Rust Out Girl bassist", "Rust Against the Harbour bassist": the band's name may start with words
                // the tagger took for no name; it reaches back over capitalised words not yet in a name
                int b = i;
                while (b > 0 && !claimed(out, s, b - 1) && !ev.gaz.isLeadModifier(core(doc, s.token(b - 1)))
                        && (capitalised(s.token(b - 1)) && !possessive(s.token(b - 1))
                        || CONNECTORS.contains(s.token(b - 1).text()) && b > 1 && capitalised(s.token(b - 2))
                        && !claimed(out, s, b - 2))) {
                    b--;
                }
                final int from = b;
                out.removeIf(c -> c.s == s && c.from >= from && c.to <= rEnd);
                out.add(new Candidate(s, b, rEnd, spanOf(s, b, rEnd), surface(doc, s, b, rEnd), EntityType.ORGANIZATION,
                        Candidate.KNOWN, titleLine, true));
                i = rEnd;
                continue;
            }
            // "Kestrel Yard is an American rock band": the noun the name is said to be tells what it names
            // ("Rage Against the Machine is an American rap metal band": the subject runs over small words up to the verb)
            int subjectEnd = !titleLine && (i == 0 || i == 1 && s.token(0).is("The")) && !claimed(out, s, i)
                    ? ev.subjectEnd(s, i) : -1;
            if (subjectEnd > 0 && (gEnd < 0 || gEnd < subjectEnd) && ev.saidToBeOrg(s, subjectEnd)) {
                out.add(new Candidate(s, i, subjectEnd, spanOf(s, i, subjectEnd), surface(doc, s, i, subjectEnd),
                        EntityType.ORGANIZATION, Candidate.KNOWN, titleLine, true));
                i = subjectEnd;
                continue;
            }
            if (!titleLine && ev.classifiedOrg(doc, s, i, rEnd)) {
                out.add(new Candidate(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.ORGANIZATION,
                        Candidate.KNOWN, titleLine, true));
                i = rEnd;
                continue;
            }
            // "Kansas City Chiefs", "Berlin Capitals": a known place, then a plural name is a team
            if (!titleLine && gEnd > 0 && gKind == Gazetteers.Kind.PLACE && gEnd < rEnd
                    && ev.teamAfterPlace(doc, s, gEnd, rEnd)) {
                out.add(new Candidate(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.ORGANIZATION,
                        Candidate.KNOWN, titleLine, true));
                i = rEnd;
                continue;
            }
            // "Omaha Beach", "Washington State", "Dublin West", "Southern California": a known place with a place word or
            // a compass word is one place
            if (!titleLine && !endsOrg && rEnd - i >= 2 && rEnd - i <= 4 && ev.placeExtended(doc, s, i, rEnd, gKind, gEnd)) {
                out.add(new Candidate(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.PLACE, Candidate.KNOWN,
                        titleLine, true));
                i = rEnd;
                continue;
            }
            // "said Chad Bown", "Paris Hilton": a one-word known place that is also a given name, then a surname, is a person
            if (gKind == Gazetteers.Kind.PLACE && gEnd == i + 1 && rEnd == i + 2 && ev.placeNamedPerson(doc, s, i)) {
                addRun(doc, s, i, rEnd, titleLine, out);
                i = rEnd;
                continue;
            }
            // "Nintendo Australia's director", "Apple Music show": a company's name and one more word is the company's arm or product
            if (!titleLine && gKind == Gazetteers.Kind.ORGANIZATION && gEnd > i && rEnd == gEnd + 1 && ev.companyArm(doc, s, i, gEnd)) {
                out.add(new Candidate(s, i, rEnd, spanOf(s, i, rEnd), surface(doc, s, i, rEnd), EntityType.ORGANIZATION, Candidate.KNOWN,
                        titleLine, true));
                i = rEnd;
                continue;
            }
            if (gEnd > 0 && (gEnd >= rEnd || !(endsOrg || ev.personLike(doc, s, i, rEnd)))) {
                addKnown(doc, s, i, gEnd, gKind, titleLine, out);
                i = gEnd;
                continue;
            }
            // in headlines and headings the tagger is lost: the body decides what is kept
            // ("presenters Kirsty/ADJ Wark/NOUN": a known given name inside the sentence opens a name whatever the tags)
            boolean givenFirst = i > 0 && rEnd - i >= 2 && ev.givenNameOnly(core(doc, t)) && !ev.gaz.isAmbiguousGivenName(core(doc, t));
            if (!hasPropn && !(endsOrg && rEnd - i >= 2) && !titleLine && !ev.givenNameBeforeName(s, i) && !givenFirst
                    && !ev.newsSurnameRun(doc, s, i, rEnd)
                    && !(rEnd - i == 1 && i > 0 && camelCase(core(doc, t)) && !tagOrHandle(doc, t))) {
                i = Math.max(i + 1, gEnd);
                continue;
            }
            addRun(doc, s, i, rEnd, titleLine, out);
            i = rEnd;
        }
    }

    /** The end (exclusive) of the capitalised run that starts at {@code i}. */
    int runEnd(AnnotatedDocument doc, Sentence s, int i) {
        int n = s.size();
        int j = i + 1;
        boolean orgTail = false;    // inside the "of …" part of an organisation's name
        while (j < n) {
            Token prev = s.token(j - 1);
            if (possessive(prev) && !ev.possessiveInsideOrg(doc, s, j)) {
                break;
            }
            Token t = s.token(j);
            // "Hester A. Davis": the full stop after a middle initial stays inside the name
            if (t.text().equals(".") && initial(prev) && prev.end() == t.begin() && j + 1 < n
                    && capitalised(s.token(j + 1)) && j - 1 > i) {
                j++;
                // "John D. Rockefeller/VERB III": after a given name and a middle initial, the capitalised word
                // is the surname whatever the tagger says
                if (ev.givenNameIn(doc, s, i, j - 1) && ev.surnameAfterInitial(s, j)) {
                    j++;
                }
                continue;
            }
            // 'Michael John " Mike " Oddby': a nickname in quotes inside a person's name
            int nick = ev.nicknameEnd(doc, s, i, j);
            if (nick > 0) {
                j = nick;
                continue;
            }
            if (ev.hyphenInPersonName(doc, s, i, j)) {
                j += 2;
                continue;
            }
            if (hyphenJoined(prev, t) && capitalised(t)) {
                j++;
                continue;
            }
            // "Sir John Smith KCMG OBE": post-nominal letters close a person's name
            if (ev.gaz.isPostNominal(t.text())) {
                break;
            }
            // "travel to North Florida Friday": a weekday ends no name; "the Kent County Republican headquarters": a party
            // word before a lower-case noun qualifies the noun
            if (weekday(t.text()) || ev.gaz.isAffiliation(core(doc, t)) && j + 1 < n && !capitalised(s.token(j + 1))
                    && s.token(j + 1).pos().startsWith("NOUN")) {
                break;
            }
            if (capitalised(t) && (nameTag(t) || ev.givenNameBeforeName(s, j) || ev.capitalsToOrgWord(doc, s, j)
                    || ev.surnameAfterGiven(doc, s, j)) && !"NUM".equals(t.pos()) && !romanNumeral(t.text())) {
                j++;
                continue;
            }
            // "Song and Dance Ensemble", "Economic and Monetary Union": "and" inside a name that goes on to an organisation word
            if (t.is("and") && ev.andOrgTail(doc, s, i, j)) {
                j++;
                continue;
            }
            // "Zack de la Rocha", "Ursula von der Leyen": particles inside a person's name, also after words known as nothing
            // else ("Dandrio de Silva"); a place after them is a surname when it is one ("Alex dos Santos")
            if (j > i && capitalised(prev) && ev.gaz.isNameParticle(t.text())
                    && (ev.givenNameIn(doc, s, i, j) || ev.unknownNameWords(doc, s, i, j))) {
                int k = j;
                while (k < n && k < j + 3 && ev.gaz.isNameParticle(s.token(k).text())) {
                    k++;
                }
                String after = k < n ? core(doc, s.token(k)) : "";
                if (k < n && capitalised(s.token(k)) && nameTag(s.token(k)) && !ev.gaz.isOrgWord(after)
                        && (ev.gaz.phrase(after) != Gazetteers.Kind.PLACE || ev.gaz.isSurname(after) && !ev.gaz.isCountry(after))) {
                    j = k + 1;
                    continue;
                }
            }
            // "Procter & Gamble", "Washington & Lee": names joined by an ampersand are one organisation's
            // (but "Mount Sinai Medical Center & Miami Heart Institute" are two)
            if (t.text().equals("&") && j + 1 < n && capitalised(s.token(j + 1)) && nameTag(s.token(j + 1))
                    && !ev.gaz.isOrgWord(core(doc, prev))) {
                j += 2;
                continue;
            }
            // "Pope John Paul II", "Fernando VII": a regnal number closes a person's name
            if (romanNumeral(t.text()) && ev.givenNameIn(doc, s, i, j)) {
                j++;
                break;
            }
            // "Bank of England", "Ministry of Defence", "Council of the European Union"
            // "National Council for Peace and Order": "for" as "of"
            if ((t.is("of") || t.is("for") || t.is("on") && ev.gaz.isOrgOnWord(core(doc, prev))) && ev.gaz.isOrgOfWord(core(doc, prev))
                    && j + 1 < n && !calendarWord(s.token(j + 1).text())) {
                int k = j + 1;
                if (s.token(k).is("the") && k + 1 < n) {
                    k++;
                }
                if (capitalised(s.token(k)) && nameTag(s.token(k))) {
                    j = k + 1;
                    orgTail = true;
                    continue;
                }
            }
            // "Board of Selectmen of Brackwater", "Court of Appeals for the Ninth Circuit": inside the tail, a further
            // "of" or "for the" and a capitalised word go on with the same name (not "… for the Bush administration", nor
            // "High Court of Justice of the Province of Halden", where an organisation or place of its own follows)
            if (orgTail && (t.is("of") || t.is("for") && j + 2 < n && s.token(j + 1).is("the")) && j + 1 < n) {
                int k = s.token(j + 1).is("the") ? j + 2 : j + 1;
                if (k < n && capitalised(s.token(k)) && nameTag(s.token(k)) && !calendarWord(s.token(k).text())
                        && ev.titleAt(doc, s, k, n) == 0 && !ev.qualifiesNoun(s, k) && !ev.nameOfItsOwn(doc, s, k)) {
                    j = k + 1;
                    continue;
                }
            }
            // "Department of Health and Human Services", "Academy of Sciences and Arts": "and" and one or two words inside
            // the tail, unless what follows is a name of its own ("… of Defence and Foreign Office", "and Minister X")
            // ("American Civil Liberties Union of Ohio and Demos": after a place, "and" joins two names)
            if (orgTail && t.is("and") && j + 1 < n && !ev.placeBefore(doc, s, j)) {
                int end = ev.andTailEnd(doc, s, j + 1);
                if (end > 0) {
                    j = end;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    /**
     * A singular party word standing alone before a person or a noun, or after "a"/"fellow" ("fellow Democrat X",
     * "the Republican candidate", "an Independent member") names the party as written: an organisation mention.
     * Words inside a longer name ("Liberal Democrats", "Labour Party") are left to that name.
     */
    void partyWords(AnnotatedDocument doc, Sentence s, List<Candidate> cands, int firstOfSentence) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            if (!capitalised(t) || !ev.gaz.isPartyWord(core(doc, t)) || possessive(t)) {
                continue;
            }
            boolean covered = false;
            for (int c = firstOfSentence; c < cands.size() && !covered; c++) {
                Candidate o = cands.get(c);
                covered = o.s == s && o.from <= i && i < o.to;
            }
            if (covered || i + 1 >= n) {
                continue;
            }
            Token next = s.token(i + 1);
            String prev = i > 0 ? s.token(i - 1).text().toLowerCase(Locale.ROOT) : "";
            boolean nounAfter = next.pos().startsWith("NOUN") && !capitalised(next);
            boolean nameAfter = false;
            for (int c = firstOfSentence; c < cands.size(); c++) {
                Candidate o = cands.get(c);
                nameAfter |= o.s == s && o.from == i + 1 && o.to - o.from >= 2 && o.type == EntityType.PERSON;
            }
            boolean asNoun = prev.equals("a") || prev.equals("an") || prev.equals("fellow");
            // sentence-initial "Independent experts said": a capital that only starts the sentence
            if (i == 0 && !nameAfter || !(nounAfter || nameAfter || asNoun)) {
                continue;
            }
            cands.add(new Candidate(s, i, i + 1, spanOf(s, i, i + 1), surface(doc, s, i, i + 1),
                    EntityType.ORGANIZATION, Candidate.KNOWN, false, true));
        }
    }

    /** Words between a plural classifier noun and the list of names it introduces: "bands such as X, Y and Z". */
    static final Set<String> LIST_OPENERS = Set.of("such", "as", "including", "like", "were", "are", "namely", ",", ":");

    /**
     * "hard rock bands such as Kamikaze, Alakran and Rata Blanca", "his former clubs were X and Y": every name in a list
     * that a plural classifier noun opens is an organisation's.
     */
    void classifiedLists(AnnotatedDocument doc, Sentence s, List<Candidate> out) {
        if (shouting(s) || ev.isTitleLine(doc, s)) {
            return;
        }
        int n = s.size();
        for (int k = 0; k < n; k++) {
            Token c = s.token(k);
            if (capitalised(c) && k > 0 || !c.pos().startsWith("NOUN") || !c.lower().endsWith("s") || !ev.gaz.isOrgClassifier(c.lower())) {
                continue;
            }
            int j = k + 1;
            while (j < n && j <= k + 3 && LIST_OPENERS.contains(s.token(j).lower())) {
                j++;
            }
            if (j >= n) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            while (j < n && capitalised(s.token(j))) {
                int e = ev.classifiedEnd(s, j);
                items.add(new int[] {j, e});
                if (e + 1 < n && (s.token(e).is(",") || s.token(e).is("and") || s.token(e).is("or"))) {
                    j = e + 1;
                    if (s.token(e).is(",") && (s.token(j).is("and") || s.token(j).is("or")) && j + 1 < n) {
                        j++;
                    }
                } else {
                    break;
                }
            }
            // a list has at least two names, and none of them is a person's by title
            if (items.size() < 2) {
                continue;
            }
            boolean ok = true;
            for (int[] it : items) {
                ok &= ev.titleAt(doc, s, it[0], it[1]) == 0 && ev.titleBefore(doc, s, it[0]) == null;
            }
            if (!ok) {
                continue;
            }
            for (int[] it : items) {
                out.removeIf(o -> o.s == s && o.from < it[1] && it[0] < o.to);
                out.add(new Candidate(s, it[0], it[1], spanOf(s, it[0], it[1]), surface(doc, s, it[0], it[1]),
                        EntityType.ORGANIZATION, Candidate.KNOWN, false, true));
            }
        }
    }

    void addKnown(AnnotatedDocument doc, Sentence s, int from, int to, Gazetteers.Kind k, boolean titleLine,
                          List<Candidate> out) {
        EntityType type = k == Gazetteers.Kind.PLACE ? EntityType.PLACE : EntityType.ORGANIZATION;
        String text = surface(doc, s, from, to);
        double strength = Candidate.KNOWN;
        // "Jordan said", "Mr Washington": a title before a known place name makes it a person
        // ("led by coal-producer West Virginia": a lower-case role noun before a place does not make it a person)
        String title = type == EntityType.PLACE ? ev.titleBefore(doc, s, from) : null;
        if (title != null && (ev.gaz.isHonorific(title) || Character.isUpperCase(title.codePointAt(0)))) {
            type = EntityType.PERSON;
            strength = Candidate.TITLED;
        }
        out.add(new Candidate(s, from, to, spanOf(s, from, to), text, type, strength, titleLine, true));
    }

    /** Strips titles and nationality words, splits at inner titles, then types what is left. */
    void addRun(AnnotatedDocument doc, Sentence s, int from, int to, boolean titleLine, List<Candidate> out) {
        if (PARTY_STATE.matcher(s.token(from).text()).matches()) {
            return;     // "(D-Mass.)", ", R-Texas,": a US legislator's party and state, not a name
        }
        boolean endsOrg = ev.gaz.isOrgWord(core(doc, s.token(to - 1))) || ev.orgOf(doc, s, from, to);
        boolean titled = ev.titleBefore(doc, s, from) != null;
        int i = from;
        while (i < to) {
            // a title inside the run: what comes before it is a name of its own ("Florida Governor X")
            int titleLen = ev.titleAt(doc, s, i, to);
            // "Major League Soccer", "General Assembly": a title word before an organisation word opens its name
            boolean orgAfter = titleLen > 0 && i + titleLen < to && ev.gaz.isOrgWord(core(doc, s.token(i + titleLen)));
            if (titleLen > 0 && !endsOrg && !orgAfter && !(i > from && ev.givenNameOnly(core(doc, s.token(i - 1))))) {
                i += titleLen;
                titled = true;
                from = i;
                continue;
            }
            String w = core(doc, s.token(i));
            if ((ev.gaz.isDemonym(w) && !(ev.gaz.isGivenName(w) && !ev.gaz.isAmbiguousGivenName(w) && i + 1 < to) || ev.gaz.isAffiliation(w)) && !endsOrg) {
                i++;
                from = i;
                continue;
            }
            // "Former White House", "Either Clinton": a leading common word the tagger did not call a proper noun
            // ("Deng/VERB Xiaoping": a word that is no English word stays)
            if (i + 1 < to && !propn(s.token(i)) && !endsOrg && !ev.gaz.isGivenName(w) && !ev.gaz.isOrgFirstWord(w)
                    && !(i > 0 && ev.noEnglishWord(w)) && !ev.gaz.isNameParticle(s.token(i + 1).text())
                    && !(i == from && lifeAside(s, to))
                    && !ev.gaz.isMiscWord(core(doc, s.token(to - 1)))
                    && !ev.newsSurnameRun(doc, s, i, to)
                    && ev.gaz.phrase(surface(doc, s, i, to)) == null && !ev.placeWordRun(doc, s, i, to)) {
                i++;
                from = i;
                continue;
            }
            // a known place before an inner title: "U.S. President Donald Trump"
            int k = i + 1;
            int split = -1;
            while (k < to) {
                int tl = ev.titleAt(doc, s, k, to);
                // "James Earl Jones": a title word right after a given name is a middle name
                if (tl > 0 && !endsOrg && !ev.givenNameOnly(core(doc, s.token(k - 1)))) {
                    split = k;
                    break;
                }
                k++;
            }
            if (split > 0) {
                typing.typeRun(doc, s, i, split, false, titleLine, out);
                i = split;
                from = i;
                continue;
            }
            typing.typeRun(doc, s, i, to, titled, titleLine, out);
            return;
        }
    }

    /** Whether token {@code ti} lies in a name already found that is known or typed as a person or place. */
    static boolean claimed(List<Candidate> out, Sentence s, int ti) {
        for (Candidate c : out) {
            if (c.s == s && c.from <= ti && ti < c.to) {
                // a lone word only guessed a person from a surname list ("Rust") gives way
                return c.known || c.type == EntityType.PLACE
                        || c.type == EntityType.PERSON && (c.to - c.from > 1 || c.strength > Candidate.WEAK);
            }
        }
        return false;
    }

    static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[DRI]-(\\p{Lu}\\p{L}*\\.?)?");
}
