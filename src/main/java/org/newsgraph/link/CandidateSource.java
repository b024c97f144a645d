package org.newsgraph.link;

import java.util.Collection;
import org.apache.jena.graph.Graph;

/**
 * Where candidates come from: a SPARQL endpoint ({@link EndpointSource}) or a local file
 * ({@link KbFileSource}). Both answer the same query ({@link CandidateQuery}), so ranking has one
 * code path whatever the source.
 */
public interface CandidateSource extends AutoCloseable {

    /**
     * The candidate data (labels, aliases, descriptions, classes, statements) of every entity of
     * the target whose label or alias is exactly one of {@code names}.
     *
     * @throws org.newsgraph.NewsGraphException when the source cannot answer
     */
    Graph fetch(Collection<String> names);

    /** What is linked against, for the report and the links' provenance: an endpoint URL or file names. */
    String target();

    /** A line on what the look-ups cost (requests, cache hits), for the report. */
    String costs();

    @Override
    default void close() {
    }
}
