package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms newsgraph uses, in the {@code http://schema.org/} namespace that the graph's
 * contract fixes (Jena's {@code SchemaDO} uses {@code https://}).
 */
public final class SCHEMA {

    public static final String NS = "http://schema.org/";

    private SCHEMA() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource Place = ResourceFactory.createResource(NS + "Place");
    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Resource Claim = ResourceFactory.createResource(NS + "Claim");

    public static final Property headline = ResourceFactory.createProperty(NS + "headline");
    public static final Property author = ResourceFactory.createProperty(NS + "author");
    public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
    public static final Property locationCreated = ResourceFactory.createProperty(NS + "locationCreated");
    public static final Property citation = ResourceFactory.createProperty(NS + "citation");
    public static final Property text = ResourceFactory.createProperty(NS + "text");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property url = ResourceFactory.createProperty(NS + "url");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    public static final Property inLanguage = ResourceFactory.createProperty(NS + "inLanguage");
    public static final Property keywords = ResourceFactory.createProperty(NS + "keywords");
    public static final Property description = ResourceFactory.createProperty(NS + "description");
}
