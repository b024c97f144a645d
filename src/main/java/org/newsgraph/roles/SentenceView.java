package org.newsgraph.roles;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Gazetteers;
import org.newsgraph.names.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A sentence's tokens with the resolved mentions laid over them, as the role patterns see it.
 * A mention may end inside a token ("Russia" in the token "Russia's"); what is left of that token
 * is a possessive or nothing the patterns use.
 */
final class SentenceView {

    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "PROPN");
    private static final int MAX_ROLE_TOKENS = 6;
    /** Possessive determiners of the third person ("its", "their"), from the shared lexicon. */
    private static final Set<String> POSSESSIVE_DETERMINERS = Lexicon.standard().closedClass("possessive", "third");
    private static final Set<String> SUBJECT_ANAPHORS = Set.of("he", "she", "who");
    /** Tags of a word before which a verb-tagged word may still be a modifier in a noun phrase ("the ruling party"). */
    private static final Set<String> NOUN_PHRASE_BEFORE = Set.of("DET", "ADJ", "NOUN", "NUM");
    private static final String ARTICLE_THE = "the";
    private static final Set<String> MODIFIER_GAP_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM", "VERB");

    private final Sentence sentence;
    private final String text;
    private final String[] lower;
    private final Mention[] covering;
    private final List<List<Mention>> starting = new ArrayList<>();
    private final Map<Mention, Integer> ends = new IdentityHashMap<>();
    private final List<Integer>[] roleEnds;
    private final List<Integer>[] nounRoleEnds;
    /** The last token a person mention starts at, -1 if none: no pattern matches from a later token. */
    private int lastPersonStart = -1;
    /** The last token an organisation mention starts at, -1 if none. */
    private int lastOrgStart = -1;
    /** Each word (lower case) of the sentence and the last token it is, made on first use. */
    private Map<String, Integer> lastIndex;
    private final Map<String[], Integer> lastOfAny = new IdentityHashMap<>();

    SentenceView(Sentence sentence, List<Mention> mentions, String text) {
        this.sentence = sentence;
        this.text = text;
        int n = sentence.size();
        lower = new String[n];
        covering = new Mention[n];
        @SuppressWarnings("unchecked")
        List<Integer>[] memoA = new List[n];
        @SuppressWarnings("unchecked")
        List<Integer>[] memoB = new List[n];
        roleEnds = memoA;
        nounRoleEnds = memoB;
        for (int i = 0; i < n; i++) {
            lower[i] = RoleLexicon.norm(sentence.token(i).text());
            starting.add(new ArrayList<>(1));
        }
        for (Mention m : mentions) {
            if (m.entity() < 0 || !sentence.span().contains(m.span())) {
                continue;
            }
            // of the anaphors only subjects stand for a person here ("he joined"); descriptions
            // ("the minister") are role words themselves, possessives ("his") are no subjects
            // of organisations, a definite description the resolver tied to a name stands for it ("he joined the party")
            if (!m.isName() && !SUBJECT_ANAPHORS.contains(RoleLexicon.norm(m.text())) && !isOrgDescription(m)) {
                continue;
            }
            int b = sentence.tokenAt(m.span().begin());
            int e = sentence.tokenAt(m.span().end() - 1);
            if (b < 0 || e < 0 || sentence.token(b).begin() != m.span().begin()) {
                continue;
            }
            starting.get(b).add(m);
            ends.put(m, e + 1);
            if (m.type() == EntityType.PERSON) {
                lastPersonStart = Math.max(lastPersonStart, b);
            } else if (m.type() == EntityType.ORGANIZATION) {
                lastOrgStart = Math.max(lastOrgStart, b);
            }
            for (int i = b; i <= e; i++) {
                if (covering[i] == null || covering[i].span().length() < m.span().length()) {
                    covering[i] = m;
                }
            }
        }
    }

    /**
     * "the party", "the company": a resolved description of an organisation (not "they" or "their"); or the "It" and
     * "its" of a {@link LeadOrganisation}.
     */
    static boolean isOrgDescription(Mention m) {
        String w = RoleLexicon.norm(m.text());
        return m.type() == EntityType.ORGANIZATION && (w.startsWith("the ") || w.equals("it") || w.equals("its"));
    }

    int size() {
        return lower.length;
    }

    /**
     * The last token a person mention starts at, or -1: every pattern binds a person ({@link RolePattern} accepts no
     * match without one) at or after the token it starts from, so starts after this one match nothing.
     */
    int lastPersonStart() {
        return lastPersonStart;
    }

    /** The last token an organisation mention starts at, or -1. */
    int lastOrgStart() {
        return lastOrgStart;
    }

    /** The last token whose lower-case form is {@code word}, or -1. */
    int lastIndexOf(String word) {
        if (lastIndex == null) {
            lastIndex = new java.util.HashMap<>();
            for (int i = 0; i < lower.length; i++) {
                lastIndex.put(lower[i], i);
            }
        }
        return lastIndex.getOrDefault(word, -1);
    }

    /**
     * The last token that is one of {@code words}, or -1; remembered per array (patterns that share a word class
     * share its array, see {@link RolePattern}), so each class is looked up once per sentence.
     */
    int lastIndexOfAny(String[] words) {
        Integer known = lastOfAny.get(words);
        if (known != null) {
            return known;
        }
        int any = -1;
        for (String w : words) {
            any = Math.max(any, lastIndexOf(w));
        }
        lastOfAny.put(words, any);
        return any;
    }

    Token token(int i) {
        return sentence.token(i);
    }

    Sentence sentence() {
        return sentence;
    }

    String lower(int i) {
        return lower[i];
    }

    boolean matches(int ti, List<String> words) {
        if (ti + words.size() > lower.length) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).equals(lower[ti + k])) {
                return false;
            }
        }
        return true;
    }

    boolean inMention(int i) {
        return covering[i] != null;
    }

    boolean isPerson(int i) {
        return covering[i] != null && covering[i].type() == EntityType.PERSON;
    }

    boolean isOrganisation(int i) {
        return covering[i] != null && covering[i].type() == EntityType.ORGANIZATION;
    }

    /** A possessive word that is no name: "campaign's", "its", "their". */
    boolean isPossessiveWord(int i) {
        return covering[i] == null && (lower[i].endsWith("'s") && lower[i].length() > 2
                || POSSESSIVE_DETERMINERS.contains(lower[i]));
    }

    /** Whether token {@code i} may stand between a verb or preposition and an organisation ("the state-owned monopoly"). */
    boolean isModifierGapWord(int i) {
        Token t = sentence.token(i);
        if (covering[i] != null && covering[i].type() != EntityType.PLACE) {
            return false;
        }
        if ("VERB".equals(t.pos())) {
            // "the newly formed party"; inside a noun phrase also "the ruling party", "the 1980s pop outfits" (a noun
            // the tagger took for a verb); not "is demanding Z", "was raising money for Z"
            return lower[i].endsWith("ed") || !t.isCapitalised() && i > 0 && i + 1 < size() && covering[i + 1] == null
                    && NOUN_PHRASE_BEFORE.contains(sentence.token(i - 1).pos())
                    && "NOUN".equals(sentence.token(i + 1).pos()) && !sentence.token(i + 1).isCapitalised();
        }
        if (isLyModifier(i) || lower[i].equals("then") && i > 0 && ARTICLE_THE.equals(lower[i - 1])) {
            return true;    // "historically black", "the newly formed party", "the then president" (whatever their tags)
        }
        return covering[i] != null || MODIFIER_GAP_TAGS.contains(t.pos()) || isInnerHyphen(i, 0);
    }

    /** A lower-case adverb in -ly before another word ("historically", "newly"), whatever its tag. */
    private boolean isLyModifier(int i) {
        String w = lower[i];
        return w.length() >= 5 && w.endsWith("ly") && !sentence.token(i).isCapitalised() && w.chars().allMatch(Character::isLetter)
                && i + 1 < size() && !sentence.token(i + 1).isPunct();
    }

    /** The longest mention of {@code type} that begins with token {@code ti}, or null. */
    Mention mentionAt(int ti, EntityType type) {
        Mention best = null;
        if (ti < 0 || ti >= starting.size()) {
            return null;
        }
        for (Mention m : starting.get(ti)) {
            if (m.type() == type && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return best;
    }

    int endToken(Mention m) {
        return ends.get(m);
    }

    /** Whether the token that ends {@code m} goes on with a possessive ("Russia's"). */
    boolean possessiveAfter(Mention m) {
        Token last = sentence.token(ends.get(m) - 1);
        if (last.end() == m.span().end()) {
            return false;
        }
        String rest = RoleLexicon.norm(text.substring(m.span().end(), last.end()));
        return rest.equals("'s") || rest.equals("'");
    }

    /** Whether token {@code i} could be a word of a role phrase before its head noun. */
    boolean canModify(int i, RoleLexicon lex) {
        Token t = sentence.token(i);
        if (inMention(i) || t.isPunct() && !hyphenated(i, lex)) {
            return false;
        }
        if (hyphenated(i, lex)) {
            return true;
        }
        if (lex.isExcluded(lower[i]) || lower[i].endsWith("'s")) {
            return false;   // a possessive ("the campaign's press secretary") ends the role before it
        }
        if (lex.kind(lower[i]) == null && !(MODIFIER_TAGS.contains(t.pos()) || lex.isVerbalModifier(lower[i]))) {
            return false;
        }
        // capitalised words belong to a role only in title case ("Foreign Minister", "Head Coach")
        return !t.isCapitalised() || isTitleWord(i, lex);
    }

    private boolean isTitleWord(int i, RoleLexicon lex) {
        for (int k = i + 1; k < Math.min(size(), i + MAX_ROLE_TOKENS); k++) {
            Token t = sentence.token(k);
            if (inMention(k) || !t.isCapitalised() || t.isPunct()) {
                return false;
            }
            if (lex.kind(lower[k]) != null || lex.kind(RoleLexicon.singular(lower[k])) != null) {
                return true;
            }
        }
        return false;
    }

    /** Ends (exclusive, longest first) of role phrases starting at {@code ti}: modifiers then a head noun. */
    List<Integer> roleEnds(int ti, RoleLexicon lex, boolean anyNoun) {
        if (ti < 0 || ti >= size()) {
            return List.of();
        }
        List<Integer>[] memo = anyNoun ? nounRoleEnds : roleEnds;
        if (memo[ti] == null) {
            memo[ti] = List.copyOf(computeRoleEnds(ti, lex, anyNoun));
        }
        return memo[ti];
    }

    private List<Integer> computeRoleEnds(int ti, RoleLexicon lex, boolean anyNoun) {
        List<Integer> out = new ArrayList<>();
        for (int end = ti + 1; end <= Math.min(size(), ti + MAX_ROLE_TOKENS); end++) {
            int k = end - 1;
            Token t = sentence.token(k);
            if (inMention(k) || (t.isPunct() && !isInnerHyphen(k, ti) && !hyphenated(k, lex))) {
                break;
            }
            int h = headEndingAt(end, ti, lex);
            if (h == 0 && anyNoun && "NOUN".equals(t.pos()) && !t.isCapitalised() && !lex.isExcluded(lower[k])
                    && !lower[k].endsWith("ing")) {
                h = 1;
            }
            if (h > 0 && allModify(ti, end - h, lex) && titleCaseAgrees(ti, end - h, lex)) {
                out.add(0, end);
            }
        }
        return out;
    }

    /**
     * Before a title-case head only adjectives and role words stay lower case ("former President",
     * "conservative Justice"); a lower-case noun there belongs to something else ("the network
     * President Putin founded").
     */
    private boolean titleCaseAgrees(int from, int head, RoleLexicon lex) {
        if (!sentence.token(head).isCapitalised()) {
            return true;
        }
        boolean abbreviated = lex.expansion(lower[head]) != null;
        for (int i = from; i < head; i++) {
            Token t = sentence.token(i);
            if (!t.isCapitalised() && "NOUN".equals(t.pos()) && lex.kind(lower[i]) == null) {
                return false;
            }
            if (abbreviated && !t.isCapitalised() && !lex.isDropped(lower[i]) && !lex.isVerbalModifier(lower[i])
                    && (!"ADJ".equals(t.pos()) || lower[i].endsWith("ing"))) {
                return false;   // "naming Sen. X": a verb before the title is no part of it
            }
            if (abbreviated && lex.kind(lower[i]) != null && lex.expansion(lower[i]) == null) {
                return false;   // "presidential candidate Sen. X", "Oversight Chairman Rep. X": two roles, not one
            }
        }
        return true;
    }

    /** "ex-", "then-chairman": a dropped modifier with its hyphen, which the tagger calls punctuation. */
    private boolean hyphenated(int k, RoleLexicon lex) {
        return lower[k].indexOf('-') > 0 && (lex.isDropped(lower[k]) || !lex.undated(lower[k]).equals(lower[k]));
    }

    private boolean isInnerHyphen(int k, int from) {
        return ("-".equals(lower[k]) || "\u2013".equals(lower[k])) && k > from && k + 1 < size()
                && !sentence.token(k + 1).isPunct();
    }

    private boolean allModify(int from, int to, RoleLexicon lex) {
        for (int i = from; i < to; i++) {
            if (!canModify(i, lex) && !isInnerHyphen(i, from)) {
                return false;
            }
        }
        return true;
    }

    /** How many tokens ending at {@code end} (not before {@code from}) make a role noun; 0 if none. */
    private int headEndingAt(int end, int from, RoleLexicon lex) {
        for (int h = Math.min(lex.longestNoun() + 2, end - from); h >= 1; h--) {
            String words = joined(end - h, end);
            if (lex.kind(words) != null
                    || (lex.kind(RoleLexicon.singular(words)) != null && !sentence.token(end - 1).isCapitalised())) {
                return h;
            }
        }
        return 0;
    }

    private String joined(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(lower[i]);
        }
        return b.toString().replace(" - ", "-").replace(" \u2013 ", "-");
    }

    RoleLexicon.Kind roleKind(int from, int end, RoleLexicon lex) {
        int h = headEndingAt(end, from, lex);
        String words = joined(end - h, end);
        RoleLexicon.Kind k = h == 0 ? null : lex.kind(words);
        k = k != null || h == 0 ? k : lex.kind(RoleLexicon.singular(words));
        return k != null ? k : RoleLexicon.Kind.OCCUPATION;
    }

    /** The role's words, without evaluative or temporal modifiers, title case lowered. */
    String roleText(int from, int end, RoleLexicon lex) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < end; i++) {
            String w = sentence.token(i).text();
            if (words.isEmpty() && i < end - 1 && (lex.isDropped(w) || isInnerHyphen(i, from)
                    || (sentence.token(i).isCapitalised() && Gazetteers.get().isDemonym(w))
                    || (i + 2 < end && isInnerHyphen(i + 1, from) && lex.isDropped(w + "-" + lower[i + 2])))) {
                continue;
            }
            if (words.isEmpty()) {
                w = lex.undated(w.toLowerCase(Locale.ROOT)).length() < w.length() ? w.substring(w.indexOf('-') + 1) : w;
            }
            String full = lex.expansion(w);
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            words.add(full != null ? full : acronym ? w : w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words).replace(" - ", "-").replace(" \u2013 ", "-");
    }
}
