package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C OWL-Time: when a role is held ({@code org:memberDuring} an interval). */
public final class TIME {

    public static final String NS = "http://www.w3.org/2006/time#";

    private TIME() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");

    public static final Property hasBeginning = ResourceFactory.createProperty(NS + "hasBeginning");
    public static final Property hasEnd = ResourceFactory.createProperty(NS + "hasEnd");
    public static final Property before = ResourceFactory.createProperty(NS + "before");
    public static final Property after = ResourceFactory.createProperty(NS + "after");
    public static final Property inXSDDate = ResourceFactory.createProperty(NS + "inXSDDate");
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS + "inXSDgYear");
}
