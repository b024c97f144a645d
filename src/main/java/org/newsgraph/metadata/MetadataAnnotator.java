package org.newsgraph.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.names.EntityType;
import org.newsgraph.names.Gazetteers;
import org.newsgraph.names.Mention;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Annotator;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.text.Metadata;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Reads what a document says about itself: the headline (its first line when that reads as a
 * title; repeats of it are the same headline), the byline ("Authored By: X"), the dateline and
 * date ("Washington D.C., November 20, 2025 —"), and the outlets it says it draws on ("first
 * reported by Politico"). The author, dateline place and cited outlets are also made name
 * mentions (of the right type) when the recogniser missed them, so that the RDF can point at
 * their entities. Cue lists are resources in this package.
 */
public final class MetadataAnnotator implements Annotator {

    /** How many leading lines may hold a byline, dateline or date line. */
    private static final int HEAD_LINES = 12;
    private static final int MAX_HEADLINE_WORDS = 30;

    private static final String MONTH;
    static {
        StringBuilder b = new StringBuilder();
        for (Month m : Month.values()) {
            String full = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            b.append(b.length() == 0 ? "" : "|").append(full).append('|').append(full, 0, 3).append("\\.?");
            if (m == Month.SEPTEMBER) {
                b.append("|Sept\\.?");
            }
        }
        MONTH = "(?:" + b + ")";
    }

    /** A date: "November 20, 2025", "20 November 2025", "Nov. 20, 2025". */
    private static final String DATE = "(?:(?<m1>" + MONTH + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})"
            + "|(?<d2>\\d{1,2})\\s+(?<m2>" + MONTH + ")\\s+(?<y2>\\d{4}))";
    private static final String PLACE_WORD = "[\\p{Lu}][\\p{L}.'\u2019-]*";

    /** "Washington D.C., November 20, 2025 —", "KYIV, Ukraine (Reuters) -", "LONDON —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>" + PLACE_WORD + "(?:\\s" + PLACE_WORD + "){0,3}"
                    + "(?:,\\s(?!" + MONTH + "\\s)" + PLACE_WORD + "(?:\\s" + PLACE_WORD + ")?)?)"
                    + "(?:\\s*,\\s*(?:" + DATE + "|" + MONTH + "\\s+\\d{1,2}))?"
                    + "(?:\\s*\\((?<agency>[^)\\n]{2,40})\\))?"
                    + "\\s*[\u2014\u2013-]{1,2}\\s");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(?:[A-Z][a-z]+:?\\s+)?(?:[A-Z][a-z]+day,?\\s+)?(?:" + DATE
                    + "|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))\\s*$");

    private final List<String> bylineOpeners = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final Gazetteers gaz = Gazetteers.get();

    private record Cue(String words, boolean after, boolean outletOnly) { }

    public MetadataAnnotator() {
        read("bylines.txt", c -> bylineOpeners.add(c[0].toLowerCase(Locale.ROOT)));
        read("citation-cues.tsv", c -> cues.add(new Cue(c[0].toLowerCase(Locale.ROOT), "after".equals(c[1]),
                "outlet".equals(c[2]))));
    }

    private interface Row {
        void accept(String[] cols);
    }

    private static void read(String file, Row row) {
        String path = "/org/newsgraph/metadata/" + file;
        for (Lexicons.Line l : Lexicons.read(path)) {
            String[] cols = l.text().split("\t", -1);
            if (file.endsWith(".tsv") && cols.length < 3) {
                throw new NewsGraphException(path + " line " + l.number() + ": expected 3 tab-separated columns: " + l.text());
            }
            row.accept(cols);
        }
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String text = doc.text();
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        Optional<Span> headline = Optional.empty();
        Optional<Span> author = Optional.empty();
        Optional<Span> dateline = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<Span> dateSpan = Optional.empty();

        // web input gives its headline apart (schema:headline from the page or item): the body's
        // first line is then a paragraph, not a title
        boolean givenHeadline = doc.document().source().headline().isPresent();
        List<Span> lines = lines(text);
        for (int li = 0; li < lines.size(); li++) {
            Span line = lines.get(li);
            String s = doc.text(line);
            if (li == 0 && !givenHeadline && readsAsTitle(s)) {
                headline = Optional.of(line);
                continue;
            }
            if (author.isEmpty()) {
                Span a = byline(line, s);
                if (a != null) {
                    author = Optional.of(a);
                    ensure(doc, mentions, a, authorType(doc.text(a)));
                    continue;
                }
            }
            if (li >= HEAD_LINES) {
                continue;
            }
            if (dateline.isEmpty() && date.isEmpty()) {
                Matcher m = DATELINE.matcher(s);
                if (m.find()) {
                    LocalDate d = date(m);
                    String place = m.group("place");
                    String head = place.split(",")[0];
                    boolean caps = head.equals(head.toUpperCase(Locale.ROOT)) && head.length() > 2;
                    if (d != null || m.group("agency") != null || caps) {
                        Span p = new Span(line.begin() + m.start("place"), line.begin() + m.end("place"));
                        dateline = Optional.of(p);
                        ensure(doc, mentions, p, EntityType.PLACE);
                        if (d != null) {
                            date = Optional.of(d);
                            int ds = m.start("m1") >= 0 ? m.start("m1") : m.start("d2");
                            int de = m.end("y1") >= 0 ? m.end("y1") : m.end("y2");
                            dateSpan = Optional.of(new Span(line.begin() + ds, line.begin() + de));
                        }
                        continue;
                    }
                }
                Matcher dl = DATE_LINE.matcher(s);
                if (dl.find()) {
                    LocalDate d = date(dl);
                    if (d != null) {
                        date = Optional.of(d);
                        dateSpan = Optional.of(new Span(line.begin() + dl.start(), line.begin() + dl.end()));
                    }
                }
            }
        }
        if (date.isEmpty()) {
            date = givenDate(doc.document().source().published());
        }
        List<Span> citations = citations(doc, mentions);
        doc.setMentions(mentions);
        doc.setMetadata(new Metadata(headline, author, dateline, date, dateSpan, citations));
    }

    /** The non-blank lines of the text, trimmed. */
    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int b = start, e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.add(new Span(b, e));
            }
            start = end + 1;
        }
        return out;
    }

    /** A first line reads as a title when it is short and is no byline, dateline or quotation. */
    private boolean readsAsTitle(String s) {
        if (s.length() > 250 || s.split("\\s+").length > MAX_HEADLINE_WORDS) {
            return false;
        }
        if (DATELINE.matcher(s).find() || DATE_LINE.matcher(s).find() || byline(new Span(0, s.length()), s) != null) {
            return false;
        }
        // a paragraph of several sentences is no title
        int stops = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && i > 0 && Character.isLowerCase(s.charAt(i - 1))) {
                stops++;
            }
        }
        return stops == 0;
    }

    /** The name in a byline line ("Authored By: Global GeoPolitics"), or null. */
    private Span byline(Span line, String s) {
        if (s.length() > 100) {
            return null;
        }
        for (String opener : bylineOpeners) {
            if (!s.regionMatches(true, 0, opener, 0, opener.length()) || s.length() <= opener.length()) {
                continue;
            }
            if (s.split("\\s+").length > 8) {
                return null;
            }
            int i = opener.length();
            char c = s.charAt(i);
            if (c != ':' && !Character.isWhitespace(c)) {
                continue;
            }
            while (i < s.length() && (s.charAt(i) == ':' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            if (i >= s.length() || !Character.isUpperCase(s.charAt(i))) {
                continue;
            }
            // the first name only: "By A and B", "By A, Reuters", "By A | Outlet"
            int end = s.length();
            for (String stop : new String[] {" and ", ",", " |", " - ", " \u2014", " \u2013", "  "}) {
                int k = s.indexOf(stop, i);
                if (k > i && k < end) {
                    end = k;
                }
            }
            while (end > i && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.') {
                end--;
            }
            if (end <= i || s.substring(i, end).split("\\s+").length > 6) {
                return null;
            }
            return new Span(line.begin() + i, line.begin() + end);
        }
        return null;
    }

    /** A byline name with a known given name first is a person; otherwise an organisation. */
    private EntityType authorType(String name) {
        String first = name.split("\\s+")[0];
        return gaz.isGivenName(first) && name.contains(" ") ? EntityType.PERSON : EntityType.ORGANIZATION;
    }

    /** The date of a date-time the input gave ("2019-11-18T10:48:00Z", "2019-11-18", RFC 1123), if it reads as one. */
    static Optional<LocalDate> givenDate(Optional<String> published) {
        if (published.isEmpty()) {
            return Optional.empty();
        }
        String p = published.get().strip();
        Matcher iso = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(p);
        try {
            if (iso.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            return Optional.of(java.time.ZonedDateTime.parse(p, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(Matcher m) {
        if (m.pattern() == DATE_LINE && m.group("iy") != null) {
            try {
                return LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")),
                        Integer.parseInt(m.group("id")));
            } catch (DateTimeException e) {
                return null;
            }
        }
        String mon = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String day = m.group("d1") != null ? m.group("d1") : m.group("d2");
        String year = m.group("y1") != null ? m.group("y1") : m.group("y2");
        if (mon == null || day == null || year == null) {
            return null;
        }
        String key = mon.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.name().startsWith(key)) {
                try {
                    return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Makes {@code span} one name mention of {@code type}: a mention that covers it exactly keeps
     * its place with the type corrected; mentions inside or overlapping it give way.
     */
    private static void ensure(AnnotatedDocument doc, List<Mention> mentions, Span span, EntityType type) {
        mentions.removeIf(m -> m.isName() && m.span().overlaps(span));
        mentions.add(Mention.name(span, doc.text(span), type));
    }

    /** Outlets the text says it draws on; each is made an organisation mention. */
    private List<Span> citations(AnnotatedDocument doc, List<Mention> mentions) {
        String text = doc.text();
        String low = text.toLowerCase(Locale.ROOT);
        List<Span> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Cue cue : cues) {
            int from = 0;
            int at;
            while ((at = low.indexOf(cue.words(), from)) >= 0) {
                from = at + cue.words().length();
                boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                boolean wordEnd = from >= text.length() || !Character.isLetter(text.charAt(from));
                if (!wordStart || !wordEnd) {
                    continue;
                }
                Span outlet = cue.after() ? outletAfter(doc, mentions, from, cue.outletOnly())
                        : outletBefore(doc, mentions, at, cue.outletOnly());
                if (outlet == null) {
                    continue;
                }
                String name = doc.text(outlet);
                if (out.stream().anyMatch(s -> s.overlaps(outlet))) {
                    continue;
                }
                if (!seen.contains(name)) {
                    seen.add(name);
                    out.add(outlet);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private Span outletAfter(AnnotatedDocument doc, List<Mention> mentions, int offset, boolean outletOnly) {
        String text = doc.text();
        int i = offset;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (text.startsWith("the ", i)) {
            i += 4;
        }
        Sentence s = doc.sentenceAt(i);
        if (s == null) {
            return null;
        }
        int t = s.tokenAt(i);
        if (t < 0 || s.token(t).begin() != i) {
            return null;
        }
        // a known outlet, longest first ("The New York Times" before "New York")
        int start = t > 0 && s.token(t - 1).text().equals("The") ? t - 1 : t;
        for (int b = start; b <= t; b++) {
            for (int j = Math.min(s.size(), b + gaz.maxPhraseWords()); j > b; j--) {
                Span sp = new Span(s.token(b).begin(), s.token(j - 1).end());
                if (gaz.phrase(doc.text(sp)) == Gazetteers.Kind.OUTLET) {
                    ensure(doc, mentions, sp, EntityType.ORGANIZATION);
                    return sp;
                }
            }
        }
        if (outletOnly) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.isName() && m.span().begin() == i && m.type() == EntityType.ORGANIZATION) {
                return m.span();
            }
        }
        return null;
    }

    private Span outletBefore(AnnotatedDocument doc, List<Mention> mentions, int offset, boolean outletOnly) {
        Sentence s = doc.sentenceAt(Math.max(0, offset - 1));
        if (s == null) {
            return null;
        }
        int end = offset;
        while (end > 0 && doc.text().charAt(end - 1) == ' ') {
            end--;
        }
        int last = -1;
        for (Token tok : s.tokens()) {
            if (tok.end() == end) {
                last = tok.index();
            }
        }
        if (last < 0) {
            return null;
        }
        for (int b = Math.max(0, last + 1 - gaz.maxPhraseWords()); b <= last; b++) {
            Span sp = new Span(s.token(b).begin(), s.token(last).end());
            if (gaz.phrase(doc.text(sp)) == Gazetteers.Kind.OUTLET) {
                ensure(doc, mentions, sp, EntityType.ORGANIZATION);
                return sp;
            }
        }
        return null;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.NAMES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.METADATA);
    }
}
