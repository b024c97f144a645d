package org.newsgraph.names;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Rewrites an OpenNLP feature descriptor so that each window generator's inner generator sits behind a
 * {@link TokenFeatureCache}, when that inner generator reads only the tokens (token class, token).
 */
final class WindowCaches {

    private static final String WINDOW = "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory";
    /** Generators whose features depend on the tokens alone: safe to remember per sentence. */
    private static final Set<String> TOKENS_ONLY = Set.of(
            "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory");

    private WindowCaches() {
    }

    static byte[] wrap(byte[] descriptor) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor));
            List<Element> inner = new ArrayList<>();
            NodeList gens = d.getElementsByTagName("generator");
            for (int i = 0; i < gens.getLength(); i++) {
                Element g = (Element) gens.item(i);
                if (!WINDOW.equals(g.getAttribute("class"))) {
                    continue;
                }
                for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e && e.getTagName().equals("generator") && TOKENS_ONLY.contains(e.getAttribute("class"))) {
                        inner.add(e);
                    }
                }
            }
            for (Element e : inner) {
                Element cache = d.createElement("generator");
                cache.setAttribute("class", TokenFeatureCache.Factory.class.getName());
                e.getParentNode().replaceChild(cache, e);
                cache.appendChild(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(descriptor.length + 256);
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
            return out.toByteArray();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | javax.xml.transform.TransformerException e) {
            throw new IOException("the name model's feature descriptor: " + e.getMessage(), e);
        }
    }
}
