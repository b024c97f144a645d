package org.newsgraph.link;

import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The candidate look-up query ({@code candidates.rq}) for a batch of names. Each name is asked in
 * English, in Wikidata's language-neutral {@code mul} and untagged, since names of people are often
 * given only as {@code mul} labels, and a non-Wikidata file may have plain literals.
 */
final class CandidateQuery {

    static final String TEMPLATE = Resources.text("candidates.rq");
    private static final String[] LANGS = {"en", "mul", ""};

    private CandidateQuery() {
    }

    static String forNames(Collection<String> names) {
        StringBuilder values = new StringBuilder("VALUES ?name {");
        for (String n : names) {
            for (String lang : LANGS) {
                Node lit = lang.isEmpty() ? NodeFactory.createLiteralString(n) : NodeFactory.createLiteralLang(n, lang);
                values.append(' ').append(FmtUtils.stringForNode(lit));
            }
        }
        values.append(" }");
        String q = TEMPLATE.replace("#VALUES#", values);
        QueryFactory.create(q); // fails here, naming the query, rather than at the endpoint
        return q;
    }
}
