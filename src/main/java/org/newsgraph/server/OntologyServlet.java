package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.newsgraph.rdf.Ontology;

/** Serves {@code ontology/newsgraph.ttl}: Turtle by default, RDF/XML or JSON-LD when asked for. */
final class OntologyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Model m = Ontology.model();
        String accept = String.valueOf(req.getHeader("Accept"));
        RDFFormat fmt;
        String type;
        if (accept.contains("application/rdf+xml")) {
            fmt = RDFFormat.RDFXML_PRETTY;
            type = Lang.RDFXML.getHeaderString();
        } else if (accept.contains("application/ld+json")) {
            fmt = RDFFormat.JSONLD_PRETTY;
            type = Lang.JSONLD.getHeaderString();
        } else {
            fmt = RDFFormat.TURTLE_PRETTY;
            type = Lang.TURTLE.getHeaderString();
        }
        resp.setContentType(type + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, fmt);
        }
    }
}
