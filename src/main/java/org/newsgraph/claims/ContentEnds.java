package org.newsgraph.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.NewsGraphException;

/**
 * Where the content of reported speech ends, learned from PolNeAR train: for a boundary word
 * inside a content the rules ran to the end of its clause (a comma, "and", "because", "after",
 * "who", a dash, …), optionally with the tag of the word after it, how often the annotated
 * content ended just before it (content-ends.tsv, written by {@code ClaimStatistics
 * --write-ends}; counts only, see NOTICE.md). A sieve cuts its content at the first such word
 * whose share is at least {@link #CUT} over at least {@link #MIN_SEEN} cases.
 */
final class ContentEnds {

    static final String RESOURCE = "/org/newsgraph/claims/content-ends.tsv";
    static final double CUT = 0.5;
    static final int MIN_SEEN = 30;

    /** Training: no cut, so that the counts are taken on the rules' own boundaries. */
    static volatile boolean off;

    private static final class Holder {
        static final Map<String, double[]> TABLE = load();
    }

    private ContentEnds() {
    }

    /** The key of a boundary candidate: its word, with or without the next word's tag. */
    static String key(String lowerWord, String nextTag) {
        return nextTag == null ? lowerWord : lowerWord + "|" + nextTag;
    }

    /** Whether a word of this tag can be a boundary candidate. */
    static boolean candidate(String tag) {
        return tag.equals("PUNCT") || tag.equals("CCONJ") || tag.equals("SCONJ") || tag.equals("ADP")
                || tag.equals("PRON") || tag.equals("ADV");
    }

    /**
     * Whether the content should end before a boundary word: the share with the next tag when
     * seen often enough, else the word's share alone.
     */
    static boolean cut(String lowerWord, String nextTag) {
        if (off) {
            return false;
        }
        Map<String, double[]> t = Holder.TABLE;
        double[] c = t.get(key(lowerWord, nextTag));
        if (c == null || c[0] < MIN_SEEN) {
            c = t.get(key(lowerWord, null));
        }
        return c != null && c[0] >= MIN_SEEN && c[1] / c[0] >= CUT;
    }

    private static Map<String, double[]> load() {
        Map<String, double[]> out = new HashMap<>();
        try (InputStream in = ContentEnds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length < 3) {
                    throw new NewsGraphException(RESOURCE + " line " + n + ": expected key, seen, ended");
                }
                try {
                    out.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
                } catch (NumberFormatException e) {
                    throw new NewsGraphException(RESOURCE + " line " + n + ": counts '" + row[1] + "', '" + row[2] + "' are no numbers");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
