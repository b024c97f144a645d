package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Literals in the form a TDB2 store gives back. TDB2 keeps an {@code xsd:decimal} by its value and
 * returns it in canonical form ("0.850" comes back as "0.85"), but a quad written with another form
 * keeps an internal id that the canonical form does not find: such a quad can be read and never
 * deleted again (a replaced document kept it). So every decimal is written canonical.
 */
public final class Literals {

    private Literals() {
    }

    /** An {@code xsd:decimal} in its canonical form: no trailing zeros, at least one digit after the point ("1.0", "0.85"). */
    public static Node decimal(BigDecimal v) {
        return NodeFactory.createLiteralDT(canonical(v), XSDDatatype.XSDdecimal);
    }

    /** A confidence: {@code x} rounded half up to three places, as a canonical {@code xsd:decimal}. */
    public static Node confidence(double x) {
        return decimal(new BigDecimal(x).setScale(3, RoundingMode.HALF_UP));
    }

    /** {@code n} itself, or, for an {@code xsd:decimal} with a valid but not canonical form, its canonical form. */
    public static Node canonical(Node n) {
        if (!n.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(n.getLiteralDatatypeURI())) {
            return n;
        }
        String lex = n.getLiteralLexicalForm();
        if (lex.indexOf('e') >= 0 || lex.indexOf('E') >= 0) {
            return n; // no xsd:decimal form: stored as written
        }
        try {
            String c = canonical(new BigDecimal(lex.strip()));
            return c.equals(lex) ? n : NodeFactory.createLiteralDT(c, XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return n; // not a decimal at all: stored as written
        }
    }

    private static String canonical(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() <= 0 ? s.setScale(1) : s).toPlainString();
    }
}
