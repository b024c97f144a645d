package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** NIF 2.0 Core: strings, offsets and their contexts. */
public final class NIF {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private NIF() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
    public static final Resource String = ResourceFactory.createResource(NS + "String");
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
    public static final Resource RFC5147String = ResourceFactory.createResource(NS + "RFC5147String");
    public static final Resource OffsetBasedString = ResourceFactory.createResource(NS + "OffsetBasedString");

    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    public static final Property sentence = ResourceFactory.createProperty(NS + "sentence");
    public static final Property word = ResourceFactory.createProperty(NS + "word");
}
