package org.newsgraph.ingest.html;

/** Random pages built of what Readability's steps look at (paragraphs, line breaks, lists, tables, forms, embeds, noscripts, classes), for tests that compare two readers of them. */
final class RandomPages {
    private static final String[] CLASSES = {"", "content", "article-body", "share-tools", "comment", "sidebar", "promo", "caption",
        "entry", "byline", "social", "related", "main", "footer-links", "readability-styled", "hidden", "post"};
    private static final String[] WORDS = {"council", "voted,", "bridge", "closed", "the", "mayor", "said.", "engineers,", "warned",
        "steel", "frame", "corroded", "faster", "than", "expected", "on", "Tuesday,", "and", "a", "spokesman", "added"};
    private final java.util.Random r;
    private final StringBuilder b = new StringBuilder();

    RandomPages(long seed) {
        this.r = new java.util.Random(seed);
    }

    String page() {
        b.setLength(0);
        b.append("<html><head><title>Bridge closed by council</title><style>p{}</style></head><body>");
        int n = 1 + r.nextInt(r.nextBoolean() ? 8 : 40);
        for (int i = 0; i < n; i++) {
            block(0);
        }
        b.append("</body></html>");
        return b.toString();
    }

    private String cls() {
        String c = CLASSES[r.nextInt(CLASSES.length)];
        return c.isEmpty() ? "" : (r.nextBoolean() ? " class=\"" : " id=\"") + c + "\"";
    }

    private void text(int words) {
        for (int i = 0; i < words; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
    }

    private void block(int depth) {
        int k = depth > 3 ? r.nextInt(6) : r.nextInt(22);
        switch (k) {
            case 0 -> { b.append("<p").append(cls()).append('>'); text(r.nextInt(40)); b.append("</p>"); }
            case 1 -> { b.append("<p>"); text(r.nextInt(10)); b.append("<br><br> "); text(r.nextInt(10)); b.append("<br>"); text(3); b.append("</p>"); }
            case 2 -> { b.append("<a href=\"/x\">"); text(1 + r.nextInt(4)); b.append("</a> "); }
            case 3 -> { b.append("<img src=\"/i").append(r.nextInt(3)).append(".jpg\"").append(cls()).append('>'); }
            case 4 -> { text(r.nextInt(12)); }
            case 5 -> { b.append("<font color=\"red\">"); text(2); b.append("</font><!-- c -->"); }
            case 6, 7, 8, 9 -> { b.append("<div").append(cls()).append('>'); for (int i = r.nextInt(5); i >= 0; i--) block(depth + 1); b.append("</div>"); }
            case 10 -> { b.append("<ul").append(cls()).append('>'); for (int i = r.nextInt(5); i >= 0; i--) { b.append("<li>"); if (r.nextBoolean()) block(depth + 1); else text(r.nextInt(6)); b.append("</li>"); } b.append("</ul>"); }
            case 11 -> { b.append("<table><tr>"); for (int i = r.nextInt(4); i >= 0; i--) { b.append("<td>"); text(r.nextInt(8)); b.append("</td>"); } b.append("</tr></table>"); }
            case 12 -> { b.append("<form><input type=\"text\"><p>"); text(4); b.append("</p></form>"); }
            case 13 -> { b.append("<embed src=\"").append(r.nextBoolean() ? "//www.youtube.com/v/1" : "p.swf").append('"')
                    .append(r.nextBoolean() ? " style=\"background:url(//www.youtube.com/x)\"" : "").append('>'); }
            case 14 -> { b.append("<noscript><img src=\"/i").append(r.nextInt(4)).append(".jpg\"></noscript>"); }
            case 15 -> { b.append("<section").append(cls()).append('>'); for (int i = r.nextInt(4); i >= 0; i--) block(depth + 1); b.append("</section>"); }
            case 16 -> { b.append("<h2").append(cls()).append('>'); text(1 + r.nextInt(5)); b.append("</h2>"); }
            case 17 -> { b.append("<div><p>"); text(r.nextInt(30)); b.append("</p></div>"); }
            case 18 -> { b.append("<iframe src=\"").append(r.nextBoolean() ? "https://player.vimeo.com/v" : "ad.html").append("\"></iframe>"); }
            case 19 -> { b.append("<input type=\"checkbox\">"); }
            case 20 -> { b.append("<figure><img src=\"/f.jpg\"><figcaption>"); text(3); b.append("</figcaption></figure>"); }
            default -> { b.append("<script>var a = '<p>';</script><span").append(cls()).append('>'); text(r.nextInt(8)); b.append("</span>"); }
        }
    }
}
