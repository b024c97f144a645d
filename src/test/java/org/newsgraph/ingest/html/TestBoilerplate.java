package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Boilerplate names: the word look-up answers as the pattern it replaced. */
class TestBoilerplate {

    /** The pattern Boilerplate used before its word look-up. */
    private static final Pattern BEFORE = Pattern.compile(
            "(^|[-_ ])(share|sharing|social|newsletter|signup|sign-up|subscribe|subscription|related|recommended|"
                    + "recirc|most-?read|most-?popular|popular|trending|promo|advert|advertisement|ad|ads|sponsor|"
                    + "sponsored|outbrain|taboola|comment|comments|disqus|cookie|consent|gdpr|breadcrumbs?|byline|"
                    + "author-bio|bio|tags|tag-list|topics|timestamp|dateline|caption|credit|credits|photo-credit|"
                    + "image-credit|figcaption|modal|popup|paywall|read-more|readmore|more-stories|next-article|"
                    + "toolbar|print|skip|sr-only|visually-hidden|hidden)([-_ ]|$)");

    @Test
    void namedAsThePatternFound() {
        List<String> words = List.of("share", "shared", "sign", "up", "sign-up", "most", "read", "mostread", "popular", "ad", "ads",
                "adverts", "breadcrumb", "breadcrumbs", "author", "bio", "tag", "list", "photo", "credit", "sr", "only", "visually",
                "hidden", "hid", "article", "with", "bar", "comments", "next", "stories", "more");
        for (String s : TestLiterals.names(words, 5, 50000)) {
            String names = s.toLowerCase(Locale.ROOT);
            assertEquals(BEFORE.matcher(names).find(), Boilerplate.named(names), "[" + names + "]");
        }
    }

    /** Elements removed by tag or role are those jsoup's selector finds (the walk asks it only of elements that may match). */
    @Test
    void byTagOrRoleAsTheSelector() {
        String[] attrs = {"", " role=\"navigation\"", " ROLE=\"Navigation \"", " role=\"main\"", " role=complementary",
            " aria-hidden=\"true\"", " Aria-Hidden=TRUE", " aria-hidden=\"false\"", " hidden", " HIDDEN=\"\"", " data-x=\"1\"",
            " class=\"story\"", " rolex=\"navigation\"", " xlink:role=\"navigation\""};
        String[] tags = {"div", "p", "span", "nav", "aside", "figure", "figcaption", "footer", "form", "button", "dialog", "section"};
        java.util.Random r = new java.util.Random(13);
        for (int k = 0; k < 300; k++) {
            StringBuilder html = new StringBuilder("<html><body>");
            for (int i = 0; i < 12; i++) {
                String tag = tags[r.nextInt(tags.length)];
                html.append('<').append(tag).append(attrs[r.nextInt(attrs.length)]).append(attrs[r.nextInt(attrs.length)])
                        .append(">w").append(i).append(" text of some length here ");
                if (r.nextBoolean()) {
                    html.append("</").append(tag).append('>');
                }
            }
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toString());
            org.jsoup.nodes.Document expected = page.clone();
            expected.body().select("figcaption, figure, aside, nav, footer, form, button, [role=navigation], "
                    + "[role=complementary], [aria-hidden=true], [hidden], dialog").remove();
            Boilerplate.strip(page);
            org.jsoup.nodes.Document named = expected.clone();
            Boilerplate.strip(named); // the name rules, which the tag-or-role removal left nothing for
            assertEquals(named.body().outerHtml(), page.body().outerHtml(), html.toString());
        }
    }

    /** An element's class and id read in place answer as the two joined and lowered into a string. */
    @Test
    void classAndIdReadInPlaceAsJoined() {
        String[] parts = {"", " ", "Share", "SHARE-bar", "most", "Read", "sign", "UP", "ad", "_", "-", "\n", "\r\n", "\u2028", "x",
            "\u212a", "\u0130", "Caption", "hidden", "bio\t", "credits"};
        java.util.Random r = new java.util.Random(5);
        for (int k = 0; k < 50000; k++) {
            StringBuilder c = new StringBuilder();
            StringBuilder id = new StringBuilder();
            for (int i = r.nextInt(4); i > 0; i--) {
                c.append(parts[r.nextInt(parts.length)]);
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                id.append(parts[r.nextInt(parts.length)]);
            }
            String cls = c.toString().trim();
            String names = (cls + " " + id).toLowerCase(Locale.ROOT);
            assertEquals(!names.isBlank() && Boilerplate.named(names), Boilerplate.named(cls, id.toString()), "[" + cls + "][" + id + "]");
        }
    }

    @Test
    void wordsNotParts() {
        assertTrue(Boilerplate.named("article-share-bar"));
        assertTrue(Boilerplate.named("box most-read"));
        assertTrue(Boilerplate.named("x sign-up"));
        assertFalse(Boilerplate.named("shared-content"));
        assertFalse(Boilerplate.named("article-with-sharebar"));
        assertFalse(Boilerplate.named("sign--up"));
    }
}
