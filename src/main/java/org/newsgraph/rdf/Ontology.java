package org.newsgraph.rdf;

import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.NewsGraphException;

/** The newsgraph ontology ({@code ontology/newsgraph.ttl}, packaged as a classpath resource). */
public final class Ontology {

    public static final String RESOURCE = "/org/newsgraph/ontology/newsgraph.ttl";

    private Ontology() {
    }

    /** A fresh copy of the ontology. */
    public static Model model() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new NewsGraphException("The ontology resource " + RESOURCE + " is missing from the classpath");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new NewsGraphException("Cannot read the ontology: " + e.getMessage(), e);
        }
        return m;
    }
}
