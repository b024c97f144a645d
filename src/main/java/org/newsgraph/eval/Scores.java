package org.newsgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What score.py reports: precision, recall and F1 per figure (only the figures that have gold or
 * predicted items), and the accuracies on matched claims. Every number is rounded to four decimals
 * as Python's {@code round} does; {@link #toTable()} and {@link #toJson()} print exactly what
 * {@code score.py} and {@code score.py --json} print.
 */
public final class Scores {

    /** The figures score.py can report, in its order. */
    public static final List<String> FIGURES = List.of("entities", "locations", "mentions", "roles", "claim_content", "claims");
    /** The accuracies on matched claims, in score.py's order. */
    public static final List<String> ACCURACIES = List.of("source_accuracy", "cue_accuracy", "quote_accuracy");

    /** One figure's row. */
    public record Figure(double precision, double recall, double f1, int predicted, int gold) { }

    private final Map<String, Figure> figures;
    private final Map<String, Double> accuracies;

    Scores(Map<String, Figure> figures, Map<String, Double> accuracies) {
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        this.accuracies = Collections.unmodifiableMap(new LinkedHashMap<>(accuracies));
    }

    /** The reported figures, in score.py's order. */
    public Map<String, Figure> figures() {
        return figures;
    }

    public Optional<Figure> figure(String name) {
        return Optional.ofNullable(figures.get(name));
    }

    /** source_accuracy, cue_accuracy and quote_accuracy. */
    public Map<String, Double> accuracies() {
        return accuracies;
    }

    public double accuracy(String name) {
        Double d = accuracies.get(name);
        if (d == null) {
            throw new IllegalArgumentException("No accuracy called " + name + " (one of " + ACCURACIES + ")");
        }
        return d;
    }

    /** score.py's table, one line per row, each ending with a newline. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-15s%8s%8s%8s%7s%7s", "figure", "P", "R", "F1", "pred", "gold")).append('\n');
        figures.forEach((k, v) -> sb.append(String.format("%-15s%8s%8s%8s%7d%7d", k, fixed3(v.precision()),
                fixed3(v.recall()), fixed3(v.f1()), v.predicted(), v.gold())).append('\n'));
        accuracies.forEach((k, v) -> sb.append(String.format("%-15s%8s", k, fixed3(v))).append('\n'));
        return sb.toString();
    }

    /** score.py's {@code --json} line (without its newline): Python's {@code json.dumps} of the result. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        figures.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('"').append(k).append("\": {\"precision\": ").append(repr(v.precision()))
                    .append(", \"recall\": ").append(repr(v.recall()))
                    .append(", \"f1\": ").append(repr(v.f1()))
                    .append(", \"predicted\": ").append(v.predicted())
                    .append(", \"gold\": ").append(v.gold()).append('}');
        });
        accuracies.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('"').append(k).append("\": ").append(repr(v));
        });
        return sb.append('}').toString();
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Python's {@code round(x, 4)}: the exact binary value rounded half-even, back to the nearest double. */
    static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code format(x, '.3f')}: the exact binary value rounded half-even (String.format rounds half-up on a decimal). */
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code repr} of a float that {@link #round4} gave: its (at most four) decimals, at least one. */
    static String repr(double x) {
        String s = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
