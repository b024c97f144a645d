package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Sentences, tokens and UD part-of-speech tags from OpenNLP. A line break always ends a sentence:
 * news text puts headlines, bylines and paragraphs on lines of their own.
 */
public final class NlpAnnotator implements Annotator {

    static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;

        Tools(OpenNlpModels m) {
            sentences = new SentenceDetectorME(m.sentences);
            tokenizer = new TokenizerME(m.tokenizer);
            tagger = new POSTaggerME(m.pos);
        }
    }

    private final ThreadLocal<Tools> tools;

    public NlpAnnotator() {
        OpenNlpModels models = OpenNlpModels.get();
        tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        Tools t = tools.get();
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd > lineStart) {
                String line = text.substring(lineStart, lineEnd);
                opennlp.tools.util.Span[] spans = t.sentences.sentPosDetect(line);
                int i = 0;
                while (i < spans.length) {
                    int begin = spans[i].getStart(), end = spans[i].getEnd();
                    while (i + 1 < spans.length && splitAfterAbbreviation(line, end, spans[i + 1].getStart())) {
                        end = spans[++i].getEnd();
                    }
                    addSentence(t, text, lineStart + begin, lineStart + end, out);
                    i++;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        doc.setSentences(out);
    }

    /**
     * Whether a break before {@code next} follows an abbreviation or a middle initial and a
     * capitalised word: the detector's break there is almost always wrong in news text.
     */
    static boolean splitAfterAbbreviation(String line, int end, int next) {
        if (end < 2 || line.charAt(end - 1) != '.' || next >= line.length()
                || !Character.isUpperCase(line.charAt(next))) {
            return false;
        }
        int w = end - 1;
        while (w > 0 && Character.isLetter(line.charAt(w - 1))) {
            w--;
        }
        if (w > 0 && !Character.isWhitespace(line.charAt(w - 1)) && line.charAt(w - 1) != '(') {
            return false;
        }
        String word = line.substring(w, end - 1);
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || ABBREVIATIONS.contains(word);
    }

    private static final java.util.Set<String> ABBREVIATIONS = org.newsgraph.nlp.Lexicons.lines("/org/newsgraph/nlp/abbreviations.txt");
    private static final java.util.Set<String> NOT_NAME_STEMS = org.newsgraph.nlp.Lexicons.lines("/org/newsgraph/nlp/not-name-stems.txt");

    /**
     * The tokenizer splits the full stop off a title at the start of a sentence ("Sen" "." "Elizabeth Warren") but not
     * elsewhere ("Sen."): a known abbreviation keeps its stop, so that titles read the same everywhere.
     */
    static opennlp.tools.util.Span[] joinAbbreviations(String sentence, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = null;
        for (int i = 0; i < spans.length; i++) {
            opennlp.tools.util.Span sp = spans[i];
            if (i + 1 < spans.length && spans[i + 1].getStart() == sp.getEnd() && spans[i + 1].length() == 1
                    && sentence.charAt(sp.getEnd()) == '.' && ABBREVIATIONS.contains(sentence.substring(sp.getStart(), sp.getEnd()))) {
                if (out == null) {
                    out = new ArrayList<>(java.util.Arrays.asList(spans).subList(0, i));
                }
                out.add(new opennlp.tools.util.Span(sp.getStart(), sp.getEnd() + 1));
                i++;
                continue;
            }
            if (out != null) {
                out.add(sp);
            }
        }
        return out == null ? spans : out.toArray(new opennlp.tools.util.Span[0]);
    }

    /**
     * The UD tokenizer keeps a possessive on its word ("Obama's") and the tagger then sometimes
     * calls a name with it a verb or an adverb ("Obama's/VERB"), which hides the name. A capitalised
     * word with a clitic 's that is tagged neither noun nor pronoun is a proper noun with its
     * possessive, as the tagger itself tags most of them ("Biden's/PROPN+PART").
     */
    static void repairPossessiveNames(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int n = w.length();
            if (n < 4 || !Character.isUpperCase(w.charAt(0)) || Character.toLowerCase(w.charAt(n - 1)) != 's'
                    || (w.charAt(n - 2) != '\'' && w.charAt(n - 2) != '\u2019')) {
                continue;
            }
            String tag = tags[i];
            if (tag.startsWith("PROPN") || tag.startsWith("NOUN") || tag.startsWith("PRON") || tag.startsWith("NUM")) {
                continue;
            }
            String stem = w.substring(0, n - 2);
            if (!NOT_NAME_STEMS.contains(stem.toLowerCase(java.util.Locale.ROOT)) && Character.isLetter(stem.charAt(stem.length() - 1))) {
                tags[i] = "PROPN+PART";
            }
        }
    }

    /**
     * A run of non-space characters longer than this (a pasted blob, a 50 kB URL) is one token that
     * is neither split by the tokenizer nor tagged (OpenNLP's tokenizer is quadratic in the length
     * of a run): it keeps its offsets and gets the tag {@value #LONG_TOKEN_TAG}, so it is never a name.
     */
    static final int MAX_TOKEN_CHARS = 200;
    /** The tag of a token longer than {@link #MAX_TOKEN_CHARS}: UD's "other". */
    static final String LONG_TOKEN_TAG = "X";
    /**
     * No sentence is longer than this many tokens: a longer run (a line without punctuation, a
     * table) is cut before tagging, after a comma or semicolon when there is one in the last
     * quarter of the window, so that tagging and every later stage see bounded sentences.
     */
    static final int MAX_SENTENCE_TOKENS = 250;

    private static void addSentence(Tools t, String text, int begin, int end, List<Sentence> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin == end) {
            return;
        }
        String sentence = text.substring(begin, end);
        opennlp.tools.util.Span[] spans = tokenize(t, sentence);
        if (spans.length == 0) {
            return;
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
        }
        for (int from = 0; from < spans.length; ) {
            int to = pieceEnd(words, from);
            addPiece(t, begin, end, spans, words, from, to, out);
            from = to;
        }
    }

    /** The end (exclusive) of the sentence piece that starts at token {@code from}. */
    static int pieceEnd(String[] words, int from) {
        int n = words.length;
        if (n - from <= MAX_SENTENCE_TOKENS) {
            return n;
        }
        int limit = from + MAX_SENTENCE_TOKENS;
        for (int k = limit - 1; k >= limit - MAX_SENTENCE_TOKENS / 4; k--) {
            if (words[k].equals(",") || words[k].equals(";")) {
                return k + 1;
            }
        }
        return limit;
    }

    /** Tags tokens {@code [from, to)} and adds them as one sentence. */
    private static void addPiece(Tools t, int begin, int end, opennlp.tools.util.Span[] spans, String[] all, int from,
                                 int to, List<Sentence> out) {
        String[] words = java.util.Arrays.copyOfRange(all, from, to);
        String[] shown = words;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() > MAX_TOKEN_CHARS) {
                if (shown == words) {
                    shown = words.clone();
                }
                shown[i] = LONG_TOKEN_TAG; // what the tagger sees in its place
            }
        }
        String[] tags = t.tagger.tag(shown);
        if (shown != words) {
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() > MAX_TOKEN_CHARS) {
                    tags[i] = LONG_TOKEN_TAG;
                }
            }
        }
        repairPossessiveNames(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            opennlp.tools.util.Span sp = spans[from + i];
            tokens.add(new Token(i, new Span(begin + sp.getStart(), begin + sp.getEnd()), words[i], tags[i]));
        }
        Span span = from == 0 && to == all.length ? new Span(begin, end)
                : new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        out.add(new Sentence(out.size(), span, tokens));
    }

    /**
     * The sentence's tokens: OpenNLP's, except that a run of non-space characters longer than
     * {@link #MAX_TOKEN_CHARS} is one token the tokenizer never sees (it works on each run apart,
     * so the runs around it are split as they would be anyway).
     */
    static opennlp.tools.util.Span[] tokenize(Tools t, String sentence) {
        int n = sentence.length();
        List<opennlp.tools.util.Span> out = null;
        int segment = 0;
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i - start > MAX_TOKEN_CHARS) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                addTokens(t, sentence, segment, start, out);
                out.add(new opennlp.tools.util.Span(start, i));
                segment = i;
            }
        }
        if (out == null) {
            return joinAbbreviations(sentence, t.tokenizer.tokenizePos(sentence));
        }
        addTokens(t, sentence, segment, n, out);
        return out.toArray(new opennlp.tools.util.Span[0]);
    }

    private static void addTokens(Tools t, String sentence, int from, int to, List<opennlp.tools.util.Span> out) {
        if (sentence.substring(from, to).isBlank()) {
            return;
        }
        String part = sentence.substring(from, to);
        for (opennlp.tools.util.Span sp : joinAbbreviations(part, t.tokenizer.tokenizePos(part))) {
            out.add(new opennlp.tools.util.Span(from + sp.getStart(), from + sp.getEnd()));
        }
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS);
    }
}
