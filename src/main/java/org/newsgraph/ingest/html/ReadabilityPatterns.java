package org.newsgraph.ingest.html;

import net.dankito.readability4j.extended.util.RegExUtilExtended;

/**
 * Readability4JExtended's own patterns (its defaults), where the five asked of every element's
 * class and id (unlikely candidate, maybe a candidate, positive, negative, byline), each an alternation of
 * words, are answered by {@link Literals} instead of the regex engine: the same answers.
 */
final class ReadabilityPatterns extends RegExUtilExtended {

    private final Literals unlikely = Literals.of(UnlikelyCandidatesDefaultPattern);
    private final Literals maybe = Literals.of(OkMaybeItsACandidateDefaultPattern);
    private final Literals positive = Literals.of(PositiveDefaultPattern);
    private final Literals negative = Literals.of(NegativeDefaultPattern + RegExUtilExtended.NegativeDefaultPatternExtended);
    private final Literals byline = Literals.of(BylineDefaultPattern);

    ReadabilityPatterns() {
        super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern,
                NegativeDefaultPattern + RegExUtilExtended.NegativeDefaultPatternExtended, ExtraneousDefaultPattern,
                BylineDefaultPattern, ReplaceFontsDefaultPattern, NormalizeDefaultPattern, VideosDefaultPattern,
                NextLinkDefaultPattern, PrevLinkDefaultPattern, WhitespaceDefaultPattern, HasContentDefaultPattern,
                RegExUtilExtended.RemoveImageDefaultPattern);
    }

    @Override
    public boolean isUnlikelyCandidate(String matchString) {
        return unlikely == null ? super.isUnlikelyCandidate(matchString) : unlikely.find(matchString);
    }

    @Override
    public boolean okMaybeItsACandidate(String matchString) {
        return maybe == null ? super.okMaybeItsACandidate(matchString) : maybe.find(matchString);
    }

    @Override
    public boolean isPositive(String matchString) {
        return positive == null ? super.isPositive(matchString) : positive.find(matchString);
    }

    @Override
    public boolean isNegative(String matchString) {
        return negative == null ? super.isNegative(matchString) : negative.find(matchString);
    }

    /** Asked of every element's class and id until a byline is found (on most pages: never, Boilerplate took them out). */
    @Override
    public boolean isByline(String matchString) {
        return byline == null ? super.isByline(matchString) : byline.find(matchString);
    }

    /** The patterns as the regex engine reads them, for the tests: the library's answer. */
    boolean regexUnlikely(String s) {
        return super.isUnlikelyCandidate(s);
    }

    boolean regexMaybe(String s) {
        return super.okMaybeItsACandidate(s);
    }

    boolean regexPositive(String s) {
        return super.isPositive(s);
    }

    boolean regexNegative(String s) {
        return super.isNegative(s);
    }

    boolean regexByline(String s) {
        return super.isByline(s);
    }

    /** Every pattern's source, in the constructor's order (the tests compare them with the library's defaults). */
    java.util.List<String> sources() {
        return java.util.List.of(getUnlikelyCandidates().pattern(), getOkMaybeItsACandidate().pattern(), getPositive().pattern(),
                getNegative().pattern(), getExtraneous().pattern(), getByline().pattern(), getReplaceFonts().pattern(),
                getNormalize().pattern(), getVideos().pattern(), getNextLink().pattern(), getPrevLink().pattern(),
                getWhitespace().pattern(), getHasContent().pattern(), getRemoveImage().pattern());
    }
}
