package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.util.RegExUtil;
import org.junit.jupiter.api.Test;

/** Literal alternations answer as the regex engine does, and Readability's patterns are its own defaults. */
class TestLiterals {

    /** Class and id strings made of the patterns' own words, cut and joined with separators, case and line ends. */
    static List<String> names(List<String> words, long seed, int count) {
        String[] bits = {"-", "_", " ", "", "x", "A", "\n", "\r\n", "\u2028", "\u0130", "\u212a", "hid", "HID", "com"};
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(5); i >= 0; i--) {
                if (r.nextInt(3) > 0) {
                    String w = words.get(r.nextInt(words.size()));
                    if (r.nextInt(4) == 0) {
                        w = w.substring(r.nextInt(w.length()));
                    }
                    b.append(r.nextInt(5) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
                }
                b.append(bits[r.nextInt(bits.length)]);
            }
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> words(String alternation) {
        List<String> w = new ArrayList<>();
        for (String a : alternation.split("\\|")) {
            w.add(a.replace("^", "").replace("$", ""));
        }
        return w;
    }

    @Test
    void findsAsTheRegexFinds() {
        for (String alternation : List.of(RegExUtil.UnlikelyCandidatesDefaultPattern, RegExUtil.OkMaybeItsACandidateDefaultPattern,
                RegExUtil.PositiveDefaultPattern, RegExUtil.NegativeDefaultPattern + RegExUtilExtended.NegativeDefaultPatternExtended,
                "^ab$|b c|^x|y$")) {
            Literals l = Literals.of(alternation);
            assertNotNull(l, alternation);
            Pattern p = Pattern.compile(alternation, Pattern.CASE_INSENSITIVE);
            for (String s : names(words(alternation), alternation.hashCode(), 20000)) {
                assertEquals(p.matcher(s).find(), l.find(s), alternation + " in [" + s + "]");
            }
        }
    }

    @Test
    void leavesRealRegexesToTheEngine() {
        assertNull(Literals.of("e[\\-]?mail|share"));
        assertNull(Literals.of("a||b"));
    }

    @Test
    void readabilityPatternsAreTheLibrarysDefaultsAndAnswerAsTheyDo() throws ReflectiveOperationException {
        ReadabilityPatterns mine = new ReadabilityPatterns();
        Class<?>[] types = new Class<?>[16];
        java.util.Arrays.fill(types, String.class);
        types[14] = int.class;
        types[15] = Class.forName("kotlin.jvm.internal.DefaultConstructorMarker");
        Constructor<?> c = RegExUtilExtended.class.getDeclaredConstructor(types);
        Object[] args = new Object[16];
        args[14] = (1 << 14) - 1; // every argument defaulted, as Readability4JExtended makes it
        RegExUtilExtended defaults = (RegExUtilExtended) c.newInstance(args);
        List<String> theirs = new ArrayList<>();
        List<Integer> theirFlags = new ArrayList<>();
        for (String getter : List.of("getUnlikelyCandidates", "getOkMaybeItsACandidate", "getPositive", "getNegative",
                "getExtraneous", "getByline", "getReplaceFonts", "getNormalize", "getVideos", "getNextLink", "getPrevLink",
                "getWhitespace", "getHasContent")) {
            Method m = RegExUtil.class.getDeclaredMethod(getter);
            m.setAccessible(true);
            theirs.add(((Pattern) m.invoke(defaults)).pattern());
            theirFlags.add(((Pattern) m.invoke(defaults)).flags());
            assertEquals(((Pattern) m.invoke(defaults)).flags(), ((Pattern) m.invoke(mine)).flags(), getter);
        }
        Method img = RegExUtilExtended.class.getDeclaredMethod("getRemoveImage");
        img.setAccessible(true);
        theirs.add(((Pattern) img.invoke(defaults)).pattern());
        assertEquals(theirs, mine.sources());
        List<String> all = new ArrayList<>();
        for (String p : theirs.subList(0, 4)) {
            all.addAll(words(p));
        }
        all.addAll(words(theirs.get(5)));
        for (String s : names(all, 13, 20000)) {
            assertEquals(mine.regexUnlikely(s), mine.isUnlikelyCandidate(s), s);
            assertEquals(mine.regexMaybe(s), mine.okMaybeItsACandidate(s), s);
            assertEquals(mine.regexPositive(s), mine.isPositive(s), s);
            assertEquals(mine.regexNegative(s), mine.isNegative(s), s);
            assertEquals(mine.regexByline(s), mine.isByline(s), s);
        }
    }
}
