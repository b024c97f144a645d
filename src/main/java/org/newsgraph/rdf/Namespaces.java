package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.names.EntityType;

/** The prefixes newsgraph writes and reads, and the classes its entity types map to. */
public final class Namespaces {

    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("itsrdf", ITSRDF.NS)
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("time", TIME.NS)
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private Namespaces() {
    }

    /** The SPARQL PREFIX lines for every prefix above. */
    public static String sparqlPrefixes() {
        StringBuilder b = new StringBuilder();
        PREFIXES.getNsPrefixMap().forEach((k, v) -> b.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return b.toString();
    }

    public static Resource classOf(EntityType t) {
        return switch (t) {
            case PERSON -> SCHEMA.Person;
            case ORGANIZATION -> SCHEMA.Organization;
            case PLACE -> SCHEMA.Place;
        };
    }
}
