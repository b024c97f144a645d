package org.newsgraph.names;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Whether a name model's feature descriptor is the one the shipped model was trained with
 * ({@code model/name-features.xml}): then {@link NameModelWords} may make its features word by word instead of
 * OpenNLP's generators. Any other descriptor (another window, another suffix length, another generator) is run by the
 * generators themselves.
 */
final class NameModelLayout {

    private static final String P = "opennlp.tools.util.featuregen.";

    /** The shipped descriptor, one generator after the other: class(parameters)[inner generators]. */
    static final String SHIPPED = String.join(";",
            P + "WindowFeatureGeneratorFactory(nextLength=2,prevLength=2)[" + P + "TokenClassFeatureGeneratorFactory()]",
            P + "WindowFeatureGeneratorFactory(nextLength=2,prevLength=2)[" + P + "TokenFeatureGeneratorFactory(lowercase=true)]",
            P + "SuffixFeatureGeneratorFactory(length=4)",
            P + "PrefixFeatureGeneratorFactory(length=4)",
            P + "DefinitionFeatureGeneratorFactory()",
            P + "PreviousMapFeatureGeneratorFactory()",
            P + "BigramNameFeatureGeneratorFactory()",
            P + "SentenceFeatureGeneratorFactory(begin=true,end=false)");

    private NameModelLayout() {
    }

    /** Whether {@code descriptor} (with or without {@link TokenFeatureCache}s) has the shipped layout. */
    static boolean shipped(byte[] descriptor) {
        if (descriptor == null) {
            return false;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor)).getDocumentElement();
            return root.getTagName().equals("featureGenerators") && SHIPPED.equals(String.join(";", generators(root)));
        } catch (Exception e) {
            return false;
        }
    }

    /** Each generator child of {@code parent} written as class(parameters)[inner generators]. */
    private static List<String> generators(Element parent) {
        List<String> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals("generator")) {
                out.add(write(e));
            }
        }
        return out;
    }

    private static String write(Element g) {
        if (g.getAttribute("class").equals(TokenFeatureCache.Factory.class.getName())) {
            // the cache makes the same features as the generator inside it
            List<String> inner = generators(g);
            return inner.size() == 1 ? inner.get(0) : "cache" + inner;
        }
        TreeMap<String, String> params = new TreeMap<>();
        for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && !e.getTagName().equals("generator")) {
                params.put(e.getAttribute("name"), e.getTagName().equals("bool")
                        ? String.valueOf(Boolean.parseBoolean(e.getTextContent().trim())) : e.getTextContent().trim());
            }
        }
        StringBuilder b = new StringBuilder(g.getAttribute("class")).append('(');
        params.forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ",").append(k).append('=').append(v));
        b.append(')');
        List<String> inner = generators(g);
        if (!inner.isEmpty()) {
            b.append(inner);
        }
        return b.toString();
    }
}
