package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** ITS 2.0 as RDF: the entity a span of text refers to. */
public final class ITSRDF {

    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    private ITSRDF() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
    public static final Property taClassRef = ResourceFactory.createProperty(NS + "taClassRef");
    public static final Property taConfidence = ResourceFactory.createProperty(NS + "taConfidence");
}
