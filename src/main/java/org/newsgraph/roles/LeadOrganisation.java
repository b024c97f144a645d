package org.newsgraph.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * An encyclopaedic article about an organisation opens by defining it ("The Independent Democratic Action is a
 * political party in …", "Die Haut were a German band") and then calls it "it": "It was founded in 1994 by X", "its
 * leader Y". In such a document a sentence-initial "It" and an "its" with no organisation named before it in its
 * sentence stand for that organisation in the role patterns. A document that opens otherwise (news: a dateline, a
 * person) has no lead organisation, and its "it" stays unread: the resolver leaves "it" out on purpose.
 */
final class LeadOrganisation {

    /** Sentences from the start in which the defining one is looked for (a title line may come first). */
    private static final int LEAD_SENTENCES = 2;
    /** Tokens a bracketed aside after the name may take ("(, also known as X)"). */
    private static final int ASIDE = 20;

    private final Set<String> copulas;

    LeadOrganisation(Lexicon shared) {
        this.copulas = shared.closedClass("be", "plain");
    }

    /** Mentions of the lead organisation for "It" and "its", in text order; none when the document has no lead organisation. */
    List<Mention> anaphors(AnnotatedDocument doc) {
        return anaphors(doc, lead(doc));
    }

    /** As {@link #anaphors(AnnotatedDocument)}, for the lead organisation {@code lead} found before (-1: none). */
    List<Mention> anaphors(AnnotatedDocument doc, int lead) {
        if (lead < 0) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        List<Mention> mentions = doc.mentions();
        int mi = 0;
        for (Sentence s : doc.sentences()) {
            boolean orgBefore = false;
            for (int ti = 0; ti < s.size(); ti++) {
                Token t = s.token(ti);
                while (mi < mentions.size() && mentions.get(mi).span().begin() < t.end()) {
                    Mention m = mentions.get(mi++);
                    orgBefore |= m.type() == EntityType.ORGANIZATION && m.span().begin() >= s.span().begin();
                }
                boolean it = ti == 0 && t.text().equals("It");
                boolean its = t.lower().equals("its") && !orgBefore;
                if (it || its) {
                    out.add(new Mention(t.span(), t.text(), EntityType.ORGANIZATION, Mention.Kind.ANAPHOR, lead));
                }
            }
        }
        return out;
    }

    /** The organisation the opening sentences define ("Z is a …", "Z (…) were a …"), or -1. */
    int lead(AnnotatedDocument doc) {
        List<Sentence> ss = doc.sentences();
        for (Mention m : doc.mentions()) {
            Sentence s = doc.sentenceAt(m.span().begin());
            if (s == null || s.index() >= LEAD_SENTENCES) {
                return -1;
            }
            if (m.type() == EntityType.PERSON && m.isName()) {
                return -1;      // a person comes first: the article is about someone
            }
            if (m.type() != EntityType.ORGANIZATION || !m.isName() || m.entity() < 0) {
                continue;
            }
            int after = s.tokenAt(m.span().end() - 1) + 1;
            if (after <= 0 || after >= s.size()) {
                continue;
            }
            if (s.token(after).is("(")) {
                int close = after + 1;
                while (close < s.size() && close <= after + ASIDE && !s.token(close).is(")")) {
                    close++;
                }
                after = close + 1;
            }
            if (after < s.size() && copulas.contains(s.token(after).lower())) {
                return m.entity();
            }
        }
        return -1;
    }
}
