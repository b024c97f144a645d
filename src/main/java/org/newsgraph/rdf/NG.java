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
    public static final Property partial = ResourceFactory.createProperty(NS + "partial");

    // the corpus summary graph (org.newsgraph.summary)
    public static final Resource CoMention = ResourceFactory.createResource(NS + "CoMention");
    public static final Property between = ResourceFactory.createProperty(NS + "between");
    public static final Property sentenceCount = ResourceFactory.createProperty(NS + "sentenceCount");
    public static final Resource ListStart = ResourceFactory.createResource(NS + "ListStart");
    public static final Property entity = ResourceFactory.createProperty(NS + "entity");
    public static final Property document = ResourceFactory.createProperty(NS + "document");
    public static final Property priorClaimsBy = ResourceFactory.createProperty(NS + "priorClaimsBy");
    public static final Property priorClaimsAbout = ResourceFactory.createProperty(NS + "priorClaimsAbout");
    public static final Property priorMentions = ResourceFactory.createProperty(NS + "priorMentions");
    public static final Property extractionDigest = ResourceFactory.createProperty(NS + "extractionDigest");

    // the corpus-level identity pass (org.newsgraph.identity)
    public static final Resource IdentityMerge = ResourceFactory.createResource(NS + "IdentityMerge");
    public static final Resource IdentityCandidate = ResourceFactory.createResource(NS + "IdentityCandidate");
    public static final Property extractedEntity = ResourceFactory.createProperty(NS + "extractedEntity");
    public static final Property mergedEntity = ResourceFactory.createProperty(NS + "mergedEntity");
    public static final Property canonicalEntity = ResourceFactory.createProperty(NS + "canonicalEntity");
    public static final Property candidate = ResourceFactory.createProperty(NS + "candidate");
    public static final Property evidence = ResourceFactory.createProperty(NS + "evidence");
    public static final Property numberOfClaims = ResourceFactory.createProperty(NS + "numberOfClaims");
    public static final Property numberOfUnnamedClaims = ResourceFactory.createProperty(NS + "numberOfUnnamedClaims");
    public static final Property numberOfMentions = ResourceFactory.createProperty(NS + "numberOfMentions");
    public static final Property contentKey = ResourceFactory.createProperty(NS + "contentKey");
}
