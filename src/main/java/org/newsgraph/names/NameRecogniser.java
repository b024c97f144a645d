package org.newsgraph.names;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.text.Span;
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
 * Finds names of persons, organisations and places. The {@link CandidateScanner} finds capitalised runs
 * built on the UD tags (PROPN, and capitalised ADJ/NOUN that the tagger gives to parts of names
 * such as "Atlantic Council"), known phrases from the {@link Gazetteers}, and evidence from
 * context (a title before the name, "in X", an organisation word at the end). Titles and
 * nationality adjectives are kept out of person names; possessives are cut off. A document-level
 * pass gives each surface string one type and makes a surname-only mention a person when the full
 * name is in the document. Title-case lines (headlines, section headings) only yield names the
 * rest of the document or the gazetteers confirm. The {@link TypingRules} type each run (each rule named, the name
 * kept as the mention's {@code ng:rule}); the statistical {@link NameModel} proposes names the rules missed or only
 * guessed, and votes; {@link SportsTeams} makes a place named as a team an organisation; the {@link DocumentVote}
 * decides, one type per string, with a confidence ({@link NameSource}).
 */
public final class NameRecogniser implements Annotator {

    private final CandidateScanner scanner;
    private final DocumentVote vote;
    private final SportsTeams teams;
    private final NameLists lists;
    private final PlaceLedNames placeLed = new PlaceLedNames();

    public NameRecogniser() {
        this(Gazetteers.get());
    }

    public NameRecogniser(Gazetteers gaz) {
        NameEvidence ev = new NameEvidence(gaz);
        this.scanner = new CandidateScanner(ev, new TypingRules(ev));
        this.vote = new DocumentVote(ev);
        this.teams = new SportsTeams(gaz, SportsTeams.load());
        this.lists = new NameLists(ev);
    }

    /** The token's text without a possessive ending ('s, ’s, or a bare apostrophe after s). */
    static int coreLength(Token t) {
        return NameTokens.coreLength(t);
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        CandidateList cands = new CandidateList();
        // "Edwin O. Reischauer" is one sentence: nlp/NlpAnnotator does not break after an initial
        for (Sentence s : doc.sentences()) {
            int before = cands.size();
            scanner.scan(doc, s, cands);
            scanner.classifiedLists(doc, s, cands);
            scanner.partyWords(doc, s, cands, before);
        }
        placeLed.join(doc, cands);
        Datelines.mark(doc, cands);
        vote.propagate(doc, cands);
        cands.removeIf(c -> vote.workTitle(doc, c));
        // the statistical model proposes names the rules missed and votes on the types of those they found
        NameModelEvidence model = NameModel.enabled()
                ? NameModelEvidence.of(NameModel.get(), doc, allSentences(doc)) : NameModelEvidence.none();
        model.propose(doc, cands);
        teams.retype(doc, cands);
        lists.retype(doc, cands);
        Map<Span, NameSource> sources = new HashMap<>();
        doc.setMentions(vote.consistent(doc, cands, model, sources));
        doc.setNameSources(sources);
    }

    /** The document's sentences as a set by identity (each is equal only to itself; a record's hash walks its tokens). */
    private static Set<Sentence> allSentences(AnnotatedDocument doc) {
        Set<Sentence> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.addAll(doc.sentences());
        return all;
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
