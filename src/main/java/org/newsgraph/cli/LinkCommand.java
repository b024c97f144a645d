package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.link.CandidateSource;
import org.newsgraph.link.EndpointSource;
import org.newsgraph.link.KbFileSource;
import org.newsgraph.link.LinkReport;
import org.newsgraph.link.Linker;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsgraph link}: links the store's persons, organisations and places to Wikidata or a file in its shape. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links the store's persons, organisations and places to entities of a target dataset in "
                + "Wikidata's shape: a SPARQL endpoint (--endpoint " + EndpointSource.WIKIDATA + ") or local RDF files "
                + "(--kb). Writes owl:sameAs (at or above --min-confidence) and skos:closeMatch (down to --floor), each "
                + "with its ng:confidence, into the links graph, replacing the previous run's.")
public final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    static final class Target {
        @Option(names = "--kb", arity = "1..*", paramLabel = "FILE",
                description = "RDF files in Wikidata's shape (.nt, .ttl, … optionally .gz), loaded into memory.")
        List<Path> kb = new ArrayList<>();

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "A SPARQL 1.1 endpoint with Wikidata-shaped data, e.g. " + EndpointSource.WIKIDATA)
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.7",
            description = "Confidence from which a link is owl:sameAs (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--floor", paramLabel = "X", defaultValue = "0.4",
            description = "Confidence below which nothing is written; between it and --min-confidence links are "
                    + "skos:closeMatch (default: ${DEFAULT-VALUE}).")
    double floor;

    @Option(names = "--margin", paramLabel = "X", defaultValue = "0.05",
            description = "How far the best candidate's score must lead the next; closer is ambiguous and not linked "
                    + "(default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where endpoint answers are cached (default: $XDG_CACHE_HOME/newsgraph/links or ~/.cache/newsgraph/links).")
    Path cache;

    @Option(names = "--no-cache", description = "Ask the endpoint again for every name, and keep nothing.")
    boolean noCache;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time allowed for each request to the endpoint (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a failed request, with doubling back-off (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "2",
            description = "Wait before the first retry (default: ${DEFAULT-VALUE}).")
    double backoff;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "25", description = "Names per request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "The User-Agent sent to the endpoint; add a contact (an e-mail or URL) for Wikidata's policy.")
    String userAgent;

    @Override
    public Integer call() {
        check(minConfidence >= 0 && minConfidence <= 1, "--min-confidence must be in [0,1]: " + minConfidence);
        check(floor >= 0 && floor <= minConfidence, "--floor must be in [0, --min-confidence]: " + floor);
        check(margin >= 0 && margin <= 1, "--margin must be in [0,1]: " + margin);
        check(timeout > 0, "--timeout must be positive: " + timeout);
        check(retries >= 0, "--retries must be at least 0: " + retries);
        check(backoff >= 0, "--backoff must be at least 0: " + backoff);
        check(batch >= 1, "--batch must be at least 1: " + batch);
        try (GraphStore gs = GraphStore.openExisting(store.path()); CandidateSource source = source()) {
            LinkReport r = Linker.create().store(gs).source(source).minConfidence(minConfidence).floor(floor)
                    .margin(margin).build().run();
            spec.commandLine().getOut().print(r.describe());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private CandidateSource source() {
        if (target.endpoint != null) {
            EndpointSource.Builder b = EndpointSource.create().endpoint(target.endpoint)
                    .timeout(Duration.ofMillis(Math.round(timeout * 1000))).retries(retries)
                    .backoff(Duration.ofMillis(Math.round(backoff * 1000))).batchSize(batch)
                    .cache(noCache ? null : cache != null ? cache : defaultCache());
            if (userAgent != null) {
                b.userAgent(userAgent);
            }
            return b.build();
        }
        return KbFileSource.create().files(target.kb).batchSize(batch).build();
    }

    static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newsgraph").resolve("links");
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
