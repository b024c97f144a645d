package org.newsgraph.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether text is HTML markup rather than prose: a doctype or html tag, or many block tags. */
final class Markup {

    private static final Pattern TAG = Pattern.compile(
            "</?(?:html|head|body|p|div|span|a|br|script|style|meta|link|title|h[1-6]|ul|ol|li|table|tr|td|img|article|section|header|footer|nav)\\b[^<>]{0,400}>",
            Pattern.CASE_INSENSITIVE);

    private Markup() {
    }

    /** True for text that starts as an HTML document or whose first 8 kB hold many HTML tags. */
    static boolean looksLikeHtml(String text) {
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        String t = head.stripLeading().toLowerCase(Locale.ROOT);
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<head")) {
            return true;
        }
        Matcher m = TAG.matcher(head);
        int tags = 0;
        int tagChars = 0;
        while (m.find()) {
            tags++;
            tagChars += m.end() - m.start();
        }
        // a few stray "<b>" in prose are not a page; a page is mostly tags
        return tags >= 8 && (tagChars * 10 >= head.length() || tags >= 40);
    }
}
