package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The body's head trim answers as the split-and-join it replaced. */
class TestArticleExtractor {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^(published|posted|updated|last updated|first published|modified)\\b.{0,80}$");

    private static String norm(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The trim as it was: every paragraph split out and joined again, the head ones that repeat the headline or a time stamp left out. */
    private static String splitAndJoin(String body, String headline) {
        String[] paras = body.split("\n\n");
        String h = norm(headline);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paras.length; i++) {
            String p = paras[i];
            if (i < 4 && (!h.isEmpty() && norm(p).equals(h) || STAMP.matcher(p.strip()).matches())) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(p);
        }
        return out.toString();
    }

    @Test
    void trimAsSplitAndJoin() {
        String[] parts = {"\n", "\n\n", "a", "Title", "title!", "Updated 10:00", " ", "x y", "Posted by", "\n\n\n", "Ünïcode"};
        String[] headlines = {"Title", "", "x y", "Ünïcode"};
        java.util.Random r = new java.util.Random(3);
        for (int k = 0; k < 100000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(9); i > 0; i--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String body = b.toString();
            String h = headlines[r.nextInt(headlines.length)];
            assertEquals(splitAndJoin(body, h), ArticleExtractor.trim(body, h), body);
        }
    }
}
