package org.newsgraph.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * One name, one sense in a document: an organisation's name that the recogniser found somewhere in the document is the
 * same organisation where it is written again and left unmarked ("representing the Tarvik Union party, founded by X"
 * after "Tarvik Union" was found in another sentence; "Y served as a managing director of Z" where "Z" is found only
 * in the next sentence). The role patterns see such a repeat as a mention of that organisation; the graph's mentions
 * stay the recogniser's.
 *
 * <p>Only unambiguous names count: a form the document also names a person or a place by, or that two organisations
 * share, is left alone, and so is a repeat that sits inside a longer capitalised name ("Z Gardermobanen") or overlaps
 * any mention.
 */
final class OrgRepeats {

    /** Lower-case words between a repeat and a later name it may describe ("polling firm"). */
    private static final int MODIFIER_WORDS = 4;

    private OrgRepeats() {
    }

    /** Mentions for the unmarked repeats of the document's organisation names, in text order. */
    static List<Mention> find(AnnotatedDocument doc) {
        Map<String, Integer> forms = forms(doc.mentions());
        if (forms.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String f : forms.keySet()) {
            byFirstWord.computeIfAbsent(firstWord(f), k -> new ArrayList<>()).add(f);
        }
        String text = doc.text();
        List<Mention> mentions = doc.mentions();
        List<Mention> out = new ArrayList<>();
        int mi = 0;
        for (Sentence s : doc.sentences()) {
            for (int ti = 0; ti < s.size(); ti++) {
                Token t = s.token(ti);
                List<String> cands = byFirstWord.get(firstWord(t.text()));
                if (cands == null) {
                    continue;
                }
                for (String form : cands) {
                    int b = t.begin();
                    int e = b + form.length();
                    if (!text.startsWith(form, b) || (e < text.length() && Character.isLetterOrDigit(text.charAt(e)))) {
                        continue;
                    }
                    while (mi < mentions.size() && mentions.get(mi).span().end() <= b) {
                        mi++;
                    }
                    if (overlaps(mentions, mi, b, e) || insideLongerName(s, ti, e) || modifiesName(s, e, mentions, mi)) {
                        continue;
                    }
                    out.add(new Mention(new org.newsgraph.text.Span(b, e), form, EntityType.ORGANIZATION,
                            Mention.Kind.NAME, forms.get(form)));
                    break;
                }
            }
        }
        return out;
    }

    /** Each organisation name form the recogniser found and the one entity it names; ambiguous forms left out. */
    private static Map<String, Integer> forms(List<Mention> mentions) {
        Map<String, Integer> forms = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            if (!m.isName() || m.entity() < 0) {
                continue;
            }
            String f = m.text();
            if (m.type() != EntityType.ORGANIZATION) {
                ambiguous.add(f);
            } else if (f.length() > 1 && Character.isUpperCase(f.codePointAt(0))) {
                Integer was = forms.putIfAbsent(f, m.entity());
                if (was != null && was != m.entity()) {
                    ambiguous.add(f);
                }
            }
        }
        forms.keySet().removeAll(ambiguous);
        return forms;
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static boolean overlaps(List<Mention> mentions, int from, int b, int e) {
        for (int k = from; k < mentions.size() && mentions.get(k).span().begin() < e; k++) {
            if (mentions.get(k).span().end() > b) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word right before (but for the sentence's first, "The") or right after: part of another name. */
    private static boolean insideLongerName(Sentence s, int ti, int end) {
        if (ti > 1 && capitalised(s.token(ti - 1))) {
            return true;
        }
        int last = s.tokenAt(end - 1);
        return last >= 0 && last + 1 < s.size() && s.token(last + 1).begin() >= end && capitalised(s.token(last + 1));
    }

    /**
     * "the Democratic polling firm Democracy Corps": lower-case words and then another organisation's name; the repeat
     * only describes that one.
     */
    private static boolean modifiesName(Sentence s, int end, List<Mention> mentions, int from) {
        int k = s.tokenAt(end - 1) + 1;
        for (int n = 0; n < MODIFIER_WORDS && k + n < s.size(); n++) {
            Token t = s.token(k + n);
            if (t.isPunct() || capitalised(t)) {
                return n > 0 && capitalised(t) && orgStartsAt(mentions, from, t.begin());
            }
        }
        return false;
    }

    private static boolean orgStartsAt(List<Mention> mentions, int from, int offset) {
        for (int k = from; k < mentions.size() && mentions.get(k).span().begin() <= offset; k++) {
            Mention m = mentions.get(k);
            if (m.span().begin() == offset && m.type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}
