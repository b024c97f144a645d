package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C PROV-O: provenance. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");

    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    public static final Property hadPrimarySource = ResourceFactory.createProperty(NS + "hadPrimarySource");
}
