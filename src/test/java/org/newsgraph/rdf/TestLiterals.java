package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Decimals in the canonical form a TDB2 store gives back. */
class TestLiterals {

    private static String lex(Node n) {
        return n.getLiteralLexicalForm();
    }

    @Test
    void decimalsAreWrittenWithoutTrailingZerosAndWithADigitAfterThePoint() {
        assertEquals("1.0", lex(Literals.decimal(new BigDecimal("1.000"))));
        assertEquals("0.85", lex(Literals.decimal(new BigDecimal("0.850"))));
        assertEquals("0.0", lex(Literals.decimal(new BigDecimal("0.000"))));
        assertEquals("10.0", lex(Literals.decimal(new BigDecimal("10.000"))));
        assertEquals("-2.5", lex(Literals.decimal(new BigDecimal("-2.50"))));
        assertEquals("0.905", lex(Literals.confidence(0.9049999)));
        assertEquals(XSDDatatype.XSDdecimal.getURI(), Literals.confidence(1).getLiteralDatatypeURI());
    }

    @Test
    void canonicalChangesOnlyDecimalsInAnotherForm() {
        Node canonical = NodeFactory.createLiteralDT("0.85", XSDDatatype.XSDdecimal);
        assertSame(canonical, Literals.canonical(canonical));
        assertEquals(canonical, Literals.canonical(NodeFactory.createLiteralDT("0.8500", XSDDatatype.XSDdecimal)));
        Node text = NodeFactory.createLiteralString("0.850");
        assertSame(text, Literals.canonical(text));
        Node bad = NodeFactory.createLiteralDT("abc", XSDDatatype.XSDdecimal);
        assertSame(bad, Literals.canonical(bad));
        Node exponent = NodeFactory.createLiteralDT("1e2", XSDDatatype.XSDdecimal);
        assertSame(exponent, Literals.canonical(exponent));
        Node iri = NodeFactory.createURI("http://example.org/x");
        assertSame(iri, Literals.canonical(iri));
    }
}
