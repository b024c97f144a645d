package org.newsgraph.names;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.text.Span;

/** The candidates of one document, and the runs the typing rules said are no names (the model may not propose them). */
final class CandidateList extends ArrayList<Candidate> {

    final List<Span> dropped = new ArrayList<>();
}
