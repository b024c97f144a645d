package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The UTF-8 short cut agrees with jsoup's own look at the meta tags whenever it is taken. */
class TestHtmlCharset {

    private static final String BODY = "<body><p>Caf\u00e9 owners in Lisbon said on Monday that rents had doubled.</p></body></html>";

    private static Document jsoup(byte[] page, String charset) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(page), charset, "https://news.example/");
    }

    private static void agrees(byte[] page, boolean expected) throws IOException {
        boolean utf8 = HtmlCharset.utf8(page);
        assertEquals(expected, utf8, new String(page, StandardCharsets.ISO_8859_1));
        if (utf8) {
            Document looked = jsoup(page, null);
            assertEquals(StandardCharsets.UTF_8, looked.charset());
            assertEquals(looked.outerHtml(), jsoup(page, "UTF-8").outerHtml());
        }
    }

    @Test
    void utf8OrNothingDeclaredIsTakenAsUtf8() throws IOException {
        for (String head : List.of("", "<meta charset=\"utf-8\">", "<meta charset=UTF-8>", "<meta CharSet = 'utf8' >",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
                "<meta charset=\"utf-8\"><script>s.charset=\"utf-8\",s.async=1;</script>")) {
            agrees(("<!DOCTYPE html><html><head>" + head + "<title>Rents</title></head>" + BODY).getBytes(StandardCharsets.UTF_8), true);
        }
    }

    @Test
    void anythingElseIsLeftToJsoup() throws IOException {
        for (String head : List.of("<meta charset=\"iso-8859-1\">", "<meta charset=\"utf-16\">", "<meta charset=\"utf-8x\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; &#99;harset=windows-1252\">",
                "<meta charset=\"utf-8\"><meta charset=\"koi8-r\">", "<script>x.charset;</script>")) {
            agrees(("<html><head>" + head + "</head>" + BODY).getBytes(StandardCharsets.ISO_8859_1), false);
        }
        agrees(("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><head></head>" + BODY).getBytes(StandardCharsets.ISO_8859_1), false);
    }

    @Test
    void aDeclarationBeyondJsoupsLookIsNotRead() throws IOException {
        String filler = "<!-- " + "x".repeat(6000) + " -->";
        byte[] page = ("<html><head>" + filler + "<meta charset=\"iso-8859-1\"></head>" + BODY).getBytes(StandardCharsets.UTF_8);
        agrees(page, true);
    }

    @Test
    void aByteOrderMarkStillWins() throws IOException {
        byte[] text = ("<html><head><meta charset=\"utf-8\"></head>" + BODY).getBytes(StandardCharsets.UTF_16LE);
        byte[] page = new byte[text.length + 2];
        page[0] = (byte) 0xFF;
        page[1] = (byte) 0xFE;
        System.arraycopy(text, 0, page, 2, text.length);
        Document d = jsoup(page, HtmlCharset.utf8(page) ? "UTF-8" : null);
        assertEquals(jsoup(page, null).charset(), d.charset());
        assertTrue(d.charset().name().startsWith("UTF-16"), d.charset().name());
        assertTrue(d.text().contains("Caf\u00e9"));
        assertFalse(HtmlCharset.utf8("<meta charset=\"utf-16\">".getBytes(StandardCharsets.US_ASCII)));
    }
}
