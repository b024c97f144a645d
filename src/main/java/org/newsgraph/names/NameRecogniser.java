package org.newsgraph.names;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Finds names of persons, organisations and places without a statistical model: capitalised runs
 * built on the UD tags (PROPN, and capitalised ADJ/NOUN that the tagger gives to parts of names
 * such as "Atlantic Council"), known phrases from the {@link Gazetteers}, and evidence from
 * context (a title before the name, "in X", an organisation word at the end). Titles and
 * nationality adjectives are kept out of person names; possessives are cut off. A document-level
 * pass gives each surface string one type and makes a surname-only mention a person when the full
 * name is in the document. Title-case lines (headlines, section headings) only yield names the
 * rest of the document or the gazetteers confirm.
 */
public final class NameRecogniser implements Annotator {

    private final CandidateScanner scanner;
    private final DocumentVote vote;

    public NameRecogniser() {
        this(Gazetteers.get());
    }

    public NameRecogniser(Gazetteers gaz) {
        NameEvidence ev = new NameEvidence(gaz);
        this.scanner = new CandidateScanner(ev, new TypingRules(ev));
        this.vote = new DocumentVote(ev);
    }

    /** The token's text without a possessive ending ('s, ’s, or a bare apostrophe after s). */
    static int coreLength(Token t) {
        return NameTokens.coreLength(t);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Candidate> cands = new ArrayList<>();
        // "Edwin O. Reischauer" is one sentence: nlp/NlpAnnotator does not break after an initial
        for (Sentence s : doc.sentences()) {
            int before = cands.size();
            scanner.scan(doc, s, cands);
            scanner.classifiedLists(doc, s, cands);
            scanner.partyWords(doc, s, cands, before);
        }
        vote.propagate(doc, cands);
        cands.removeIf(c -> vote.workTitle(doc, c));
        // the statistical model's votes (NameModelEvidence), where a vote can change the outcome: untyped or weak names
        NameModelEvidence model = NameModelEvidence.of(doc, cands.stream()
                .filter(c -> c.type == null || c.strength <= Candidate.WEAK).map(c -> c.s).collect(Collectors.toSet()));
        doc.setMentions(vote.consistent(doc, cands, model));
    }

    /**
     * A gender hint for a person mention: from a title just before it ("Mr.", "spokeswoman") or
     * from its first word when that is a known given name. 'M', 'F' or 'U'.
     */
    public static char genderHint(AnnotatedDocument doc, Mention m) {
        Gazetteers g = Gazetteers.get();
        Sentence s = doc.sentenceAt(m.span().begin());
        if (s != null) {
            int i = s.tokenAt(m.span().begin());
            if (i > 0) {
                for (int w = Math.min(g.maxTitleWords(), i); w >= 1; w--) {
                    String words = doc.text().substring(s.token(i - w).begin(), s.token(i - 1).end());
                    if (g.isTitle(words)) {
                        char c = g.genderOfTitle(words);
                        if (c != 'U') {
                            return c;
                        }
                        break;
                    }
                }
            }
        }
        String first = m.text().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return g.genderOfGivenName(first);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.POS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.NAMES);
    }
}
