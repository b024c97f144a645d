package org.newsgraph.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of the shipped descriptor ({@link NameModelLayout#SHIPPED}) made word by word: what each of OpenNLP's
 * generators writes of a token (its class and lower-cased word at the 5 places of a window, its suffixes and prefixes)
 * depends on the token alone, so its model parameters are looked up once per distinct word and kept, and a token's
 * context is put together from the records of its window. The features, and their order, are the generators' own:
 * token class and word-and-class (the token, 1 and 2 before, 1 and 2 after), lower-cased word (the same places),
 * suffixes, prefixes, "def", the document's previous outcome for the word ("pd="), the word bigrams and class
 * bigrams with the neighbours, "S=begin" on the first token. One per thread, as the previous outcomes are per document.
 */
final class NameModelWords {

    /** Distinct words remembered before the records are dropped and made again (about 0.5 kB each). */
    static final int MAX_WORDS = 20_000;
    /** Word bigrams remembered (with the records of their first words) before all are dropped. */
    static final int MAX_PAIRS = 100_000;
    /** Window places in OpenNLP's order: the token, 1 before, 2 before, 1 after, 2 after. */
    private static final String[] PLACES = {"", "p1", "p2", "n1", "n2"};
    private static final int AFFIXES = 4;
    /** At most this many features of a token come from here. */
    static final int MAX_FEATURES = PLACES.length * 3 + 2 * AFFIXES + 7;

    private final NameModelContexts tables;
    private final Map<String, Word> words = new HashMap<>();
    /** PreviousMapFeatureGenerator's memory: the outcome each word last had in the document. */
    private final Map<String, Integer> previous = new HashMap<>();
    private int pairs;
    private final Context def;
    private final Context begin;
    private final Context[] pd;

    /** The sentence: the record of each token, word bigram parameters ("pw,w=" of j-1 and j, "w,nw=" of j and j+1). */
    private Word[] row;
    private Context[] pw;
    private Context[] nw;

    NameModelWords(NameModelContexts tables) {
        this.tables = tables;
        this.def = tables.get("def");
        this.begin = tables.get("S=begin");
        this.pd = new Context[tables.outcomes() + 1];
        pd[0] = tables.get("pd=null");
        for (int o = 0; o < tables.outcomes(); o++) {
            pd[o + 1] = tables.get("pd=" + tables.outcome(o));
        }
    }

    /** What the generators make of one word, as model parameters (features the model never saw left out). */
    static final class Word {
        final String shape;
        /** Per place: the class and word-and-class features; the lower-cased word. */
        final Context[][] cls = new Context[PLACES.length][];
        final Context[][] tok = new Context[PLACES.length][];
        final Context[] suf;
        final Context[] pre;
        /** By the next word: the parameters of "pw,w=" and "w,nw=" with this word first, made when first asked. */
        private Map<String, Context[]> next;
        /** "pow=" + previous outcome + "," + word, by outcome, made when first asked. */
        private Context[] pow;
        private boolean[] powMade;

        private Word(NameModelContexts t, String token) {
            String lower = StringUtil.toLowerCase(token);
            shape = FeatureGeneratorUtil.tokenFeature(token);
            for (int p = 0; p < PLACES.length; p++) {
                cls[p] = known(t, PLACES[p] + "wc=" + shape, PLACES[p] + "w&c=" + lower + "," + shape);
                tok[p] = known(t, PLACES[p] + "w=" + lower);
            }
            int n = Math.min(AFFIXES, token.length());
            String[] s = new String[n];
            String[] q = new String[n];
            for (int i = 0; i < n; i++) {
                s[i] = "suf=" + token.substring(Math.max(token.length() - i - 1, 0));
                q[i] = "pre=" + token.substring(0, Math.min(i + 1, token.length()));
            }
            suf = known(t, s);
            pre = known(t, q);
        }

        Context pow(NameModelContexts t, int outcome, String token) {
            if (pow == null) {
                pow = new Context[t.outcomes()];
                powMade = new boolean[t.outcomes()];
            }
            if (!powMade[outcome]) {
                pow[outcome] = t.get("pow=" + t.outcome(outcome) + "," + token);
                powMade[outcome] = true;
            }
            return pow[outcome];
        }

        private static Context[] known(NameModelContexts t, String... features) {
            List<Context> out = new ArrayList<>(features.length);
            for (String f : features) {
                Context c = t.get(f);
                if (c != null) {
                    out.add(c);
                }
            }
            return out.toArray(new Context[0]);
        }
    }

    /** Readies the records of a sentence's tokens. */
    void prepare(String[] tokens) {
        int n = tokens.length;
        if (words.size() + n > MAX_WORDS || pairs + n > MAX_PAIRS) {
            words.clear();
            pairs = 0;
        }
        row = new Word[n];
        pw = new Context[n];
        nw = new Context[n];
        for (int j = 0; j < n; j++) {
            Word w = words.get(tokens[j]);
            if (w == null) {
                w = new Word(tables, tokens[j]);
                words.put(tokens[j], w);
            }
            row[j] = w;
            if (j > 0) {
                Context[] bigram = bigram(row[j - 1], tokens[j - 1], tokens[j]);
                pw[j] = bigram[0];
                nw[j - 1] = bigram[1];
            }
        }
    }

    /** The parameters of "pw,w=" and "w,nw=" + first + "," + second, kept in the first word's record. */
    private Context[] bigram(Word w, String first, String second) {
        if (w.next == null) {
            w.next = new HashMap<>();
        }
        Context[] c = w.next.get(second);
        if (c == null) {
            String pair = first + "," + second;
            c = new Context[] {tables.get("pw,w=" + pair), tables.get("w,nw=" + pair)};
            w.next.put(second, c);
            pairs++;
        }
        return c;
    }

    Word word(int i) {
        return row[i];
    }

    /** The parameters of token {@code i}'s features into {@code ctx} from {@code c} on; returns the new end. */
    int add(Context[] ctx, int c, String[] tokens, int i) {
        int n = row.length;
        c = places(ctx, c, i, n, true);
        c = places(ctx, c, i, n, false);
        Word w = row[i];
        for (Context x : w.suf) {
            ctx[c++] = x;
        }
        for (Context x : w.pre) {
            ctx[c++] = x;
        }
        ctx[c++] = def;
        Integer last = previous.get(tokens[i]);
        ctx[c++] = pd[last == null ? 0 : last + 1];
        if (i > 0) {
            ctx[c++] = pw[i];
            ctx[c++] = tables.shapes("pwc,wc=", row[i - 1].shape, w.shape);
        }
        if (i + 1 < n) {
            ctx[c++] = nw[i];
            ctx[c++] = tables.shapes("wc,nc=", w.shape, row[i + 1].shape);
        }
        if (i == 0) {
            ctx[c++] = begin;
        }
        return c;
    }

    /** One window generator's features: the token's, then 1 and 2 before, then 1 and 2 after. */
    private int places(Context[] ctx, int c, int i, int n, boolean cls) {
        c = copy(ctx, c, cls ? row[i].cls[0] : row[i].tok[0]);
        for (int d = 1; d <= 2 && i - d >= 0; d++) {
            c = copy(ctx, c, cls ? row[i - d].cls[d] : row[i - d].tok[d]);
        }
        for (int d = 1; d <= 2 && i + d < n; d++) {
            c = copy(ctx, c, cls ? row[i + d].cls[2 + d] : row[i + d].tok[2 + d]);
        }
        return c;
    }

    private static int copy(Context[] ctx, int c, Context[] from) {
        System.arraycopy(from, 0, ctx, c, from.length);
        return c + from.length;
    }

    /** PreviousMapFeatureGenerator.updateAdaptiveData: each token's outcome in this sentence, later ones winning. */
    void update(String[] tokens, int[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            previous.put(tokens[i], outcomes[i]);
        }
        row = null;
        pw = null;
        nw = null;
    }

    void clearAdaptiveData() {
        previous.clear();
    }
}
