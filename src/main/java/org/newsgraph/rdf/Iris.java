package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.newsgraph.names.EntityType;
import org.newsgraph.resolve.NameVariants;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;

/**
 * Deterministic IRIs: the same input gives the same IRIs on any machine. A document's derives from
 * a hash of its bytes; an entity's from its type and normalised name; a span's, mention's or
 * claim's from its document and character offsets (RFC 5147 style, as NIF does).
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/newsgraph/";
    /** The named graph that holds the ontology inside the store. */
    public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";
    /** The named graph that holds links to other datasets. */
    public static final String LINKS_GRAPH = BASE + "graph/links";
    /** The named graph of the corpus-level identity pass: its merges, the pairs it left apart, affiliations. */
    public static final String IDENTITY_GRAPH = BASE + "graph/identity";
    /** The named graph of corpus-level figures for the views: mentions per entity, co-mentions per pair. */
    public static final String SUMMARY_GRAPH = BASE + "graph/summary";

    private Iris() {
    }

    public static String document(Document d) {
        return BASE + "doc/" + d.sha256().substring(0, 24);
    }

    public static String span(String docIri, Span s) {
        return docIri + "#char=" + s.begin() + "," + s.end();
    }

    public static String claim(String docIri, Span content) {
        return docIri + "#claim=" + content.begin() + "," + content.end();
    }

    public static String unnamedSource(String docIri, String description) {
        return docIri + "/source/" + slug(description.toLowerCase(Locale.ROOT));
    }

    public static String entity(EntityType type, String name) {
        return BASE + "entity/" + type.label().toLowerCase(Locale.ROOT) + "/" + slug(NameVariants.key(type, name));
    }

    public static String role(String roleLabel) {
        return BASE + "role/" + slug(roleLabel.toLowerCase(Locale.ROOT).strip());
    }

    public static String membership(String personIri, String roleLabel, String orgIri) {
        return BASE + "membership/" + sha256(personIri + "|" + (roleLabel == null ? "" : roleLabel.toLowerCase(Locale.ROOT))
                + "|" + (orgIri == null ? "" : orgIri)).substring(0, 20);
    }

    /** Lower-case ASCII letters and digits kept, runs of anything else become '-', the rest percent-encoded. */
    static String slug(String s) {
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append((char) c);
                dash = false;
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
                dash = false;
            } else if (c >= 0x80) {
                b.append('%').append(String.format("%02X", c));
                dash = false;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == '-') {
            b.setLength(n - 1);
        }
        return b.length() == 0 ? "_" : b.toString();
    }

    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
