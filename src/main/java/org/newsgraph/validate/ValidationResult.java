package org.newsgraph.validate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.Path;
import org.newsgraph.rdf.Namespaces;

/** The outcome of a validation: one {@link Problem} per SHACL result, in a stable order. */
public final class ValidationResult {

    /** One SHACL result, in the terms a reader needs: where, along which property, what is wrong. */
    public record Problem(Node focusNode, String path, String message, Severity severity, Node value) {
        /** True for sh:Violation (not sh:Warning or sh:Info). */
        public boolean isViolation() {
            return severity.level().equals(Severity.Violation.level());
        }
    }

    private final ValidationReport report;
    private final List<Problem> problems;

    ValidationResult(ValidationReport report) {
        this.report = report;
        List<Problem> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Path p = e.resultPath();
            out.add(new Problem(e.focusNode(), p == null ? null : p.toString(new org.apache.jena.sparql.core.Prologue(Namespaces.PREFIXES)),
                    e.message(), e.severity(), e.value()));
        }
        out.sort(Comparator.comparing((Problem p) -> p.focusNode().toString())
                .thenComparing(p -> String.valueOf(p.path())).thenComparing(p -> String.valueOf(p.message())));
        this.problems = List.copyOf(out);
    }

    /** True when no result has severity sh:Violation. */
    public boolean conforms() {
        return violations() == 0;
    }

    public long violations() {
        return problems.stream().filter(Problem::isViolation).count();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The SHACL validation report itself (for writing it out as RDF). */
    public ValidationReport report() {
        return report;
    }

    /** Prints one block per problem (focus node, path, message, value) and a summary line. */
    public void print(PrintWriter out) {
        PrefixMapping pm = Namespaces.PREFIXES;
        for (Problem p : problems) {
            out.println(p.severity().level().getLocalName() + ": " + shortForm(pm, p.focusNode()));
            if (p.path() != null) {
                out.println("  path:    " + p.path());
            }
            out.println("  message: " + p.message());
            if (p.value() != null) {
                out.println("  value:   " + shortForm(pm, p.value()));
            }
        }
        long v = violations();
        long other = problems.size() - v;
        String others = other == 0 ? "" : " (" + other + " warning" + (other == 1 ? "" : "s") + " or notes)";
        if (v == 0) {
            out.println("Conforms: no violations" + others + ".");
        } else {
            out.println(v + " violation" + (v == 1 ? "" : "s") + others + " in "
                    + problems.stream().filter(Problem::isViolation).map(Problem::focusNode).distinct().count() + " node(s).");
        }
        out.flush();
    }

    private static String shortForm(PrefixMapping pm, Node n) {
        if (n.isURI()) {
            String s = pm.qnameFor(n.getURI());
            return s != null ? s : "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            return "\"" + (lex.length() > 80 ? lex.substring(0, 77) + "..." : lex) + "\"";
        }
        return n.toString();
    }
}
