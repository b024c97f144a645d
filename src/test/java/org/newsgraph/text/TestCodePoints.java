package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** UTF-16 indices and code point offsets convert both ways as the JDK counts them. */
class TestCodePoints {

    @Test
    void bmpTextIsTheIdentity() {
        CodePoints c = CodePoints.of("Kyiv – Москва — 北京 “quoted”");
        assertFalse(c.hasSurrogates());
        Span s = Span.of(3, 9);
        assertTrue(s == c.toCodePoints(s), "no copy when nothing changes");
        assertEquals(7, c.toCodePoint(7));
        assertEquals(7, c.toUtf16(7));
    }

    @Test
    void everyIndexAgreesWithTheJdk() {
        Random r = new Random(11);
        String[] pieces = {"a", " ", "Ж", "😀", "𝐌", "𠀋", "é", "\uD83D\uDC4D\uD83C\uDFFD", "\n"};
        for (int round = 0; round < 50; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            CodePoints c = CodePoints.of(text);
            assertEquals(text.codePointCount(0, text.length()) != text.length(), c.hasSurrogates());
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(text.codePointCount(0, i), c.toCodePoint(i), text + " at " + i);
            }
            int cps = text.codePointCount(0, text.length());
            for (int k = 0; k <= cps; k++) {
                assertEquals(text.offsetByCodePoints(0, k), c.toUtf16(k), text + " at code point " + k);
                assertEquals(k, c.toCodePoint(c.toUtf16(k)));
            }
        }
    }

    @Test
    void spansConvertBothWays() {
        String text = "😀 Yury Ushakov 𝐌𝐚𝐭𝐡 Moscow";
        CodePoints c = CodePoints.of(text);
        int b = text.indexOf("Moscow");
        Span cp = c.toCodePoints(Span.of(b, b + 6));
        assertEquals("Moscow", new String(text.codePoints().toArray(), cp.begin(), cp.length()));
        assertEquals(Span.of(b, b + 6), c.toUtf16(cp));
    }
}
