package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C VoID: descriptions of datasets (the corpus summary states how many documents it counted). */
public final class VOID {

    public static final String NS = "http://rdfs.org/ns/void#";

    private VOID() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");

    public static final Property documents = ResourceFactory.createProperty(NS + "documents");
}
