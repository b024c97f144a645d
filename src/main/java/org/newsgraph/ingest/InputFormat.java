package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input newsgraph reads, told apart by file name or, failing that, by the first bytes. */
public enum InputFormat {
    /** UTF-8 plain text, one article a file. */
    TEXT,
    /** A saved web page. */
    HTML,
    /** An RSS or Atom feed: one article an item. */
    FEED,
    /** JSON Lines: one article a line. */
    JSONL,
    /** A web archive: one article a response or resource record. */
    WARC;

    /** The name as written on the command line ({@code --input-format}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name says (its extension, a {@code .gz} looked through), if it says one. */
    public static Optional<InputFormat> byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc.gz")) {
            return Optional.of(WARC);
        }
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml") || n.endsWith(".feed")) {
            return Optional.of(FEED);
        }
        return Optional.empty();
    }

    /** Whether a folder walk picks up a file of this name. */
    public static boolean known(String fileName) {
        return byName(fileName).isPresent();
    }

    /** The format the first bytes of a (decompressed) stream show; TEXT when nothing else fits. */
    public static InputFormat sniff(byte[] head, int len) {
        String s = new String(head, 0, Math.min(len, head.length), StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        String t = s.stripLeading();
        String low = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("WARC/")) {
            return WARC;
        }
        if (t.startsWith("{")) {
            return JSONL;
        }
        if (low.startsWith("<?xml") || low.startsWith("<rss") || low.startsWith("<feed") || low.startsWith("<rdf:rdf")) {
            if (low.contains("<rss") || low.contains("<feed") || low.contains("<rdf:rdf") || low.contains("<channel")) {
                return FEED;
            }
            if (low.contains("<html")) {
                return HTML;
            }
        }
        if (Markup.looksLikeHtml(s)) {
            return HTML;
        }
        return TEXT;
    }

    public static InputFormat parse(String label) {
        for (InputFormat f : values()) {
            if (f.label().equals(label.toLowerCase(Locale.ROOT)) || ("rss".equals(label) || "atom".equals(label)) && f == FEED
                    || ("html".equals(label) || "htm".equals(label)) && f == HTML) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown input format: " + label + " (text, html, feed, jsonl, warc)");
    }
}
