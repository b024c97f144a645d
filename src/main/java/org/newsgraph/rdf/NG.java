package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newsgraph ontology's own terms (see {@code ontology/newsgraph.ttl}). */
public final class NG {

    public static final String NS = "https://w3id.org/newsgraph/ontology#";

    private NG() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Document = ResourceFactory.createResource(NS + "Document");
    public static final Resource Claim = ResourceFactory.createResource(NS + "Claim");
    public static final Resource UnnamedSource = ResourceFactory.createResource(NS + "UnnamedSource");
    public static final Resource AnaphoricMention = ResourceFactory.createResource(NS + "AnaphoricMention");

    public static final Property cue = ResourceFactory.createProperty(NS + "cue");
    public static final Property isQuote = ResourceFactory.createProperty(NS + "isQuote");
    public static final Property contentSpan = ResourceFactory.createProperty(NS + "contentSpan");
    public static final Property cueSpan = ResourceFactory.createProperty(NS + "cueSpan");
    public static final Property sourceSpan = ResourceFactory.createProperty(NS + "sourceSpan");
    public static final Property gender = ResourceFactory.createProperty(NS + "gender");
    public static final Property mentionCount = ResourceFactory.createProperty(NS + "mentionCount");
    public static final Property sentence = ResourceFactory.createProperty(NS + "sentence");
    public static final Property rule = ResourceFactory.createProperty(NS + "rule");
    public static final Property confidence = ResourceFactory.createProperty(NS + "confidence");
    public static final Property linkedBy = ResourceFactory.createProperty(NS + "linkedBy");
}
