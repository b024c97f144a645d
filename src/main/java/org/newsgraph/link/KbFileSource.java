package org.newsgraph.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.NewsGraphException;

/**
 * Candidates from local RDF files in Wikidata's shape (N-Triples, Turtle, RDF/XML…, gzipped or
 * not, by file name), loaded once into memory and asked the same query an endpoint is asked.
 *
 * <pre>
 * CandidateSource kb = KbFileSource.create().file(Path.of("wikidata-subset.nt.gz")).build();
 * </pre>
 */
public final class KbFileSource implements CandidateSource {

    private final List<Path> files;
    private final DatasetGraph data;
    private final int batch;
    private int queries;

    private KbFileSource(List<Path> files, DatasetGraph data, int batch) {
        this.files = files;
        this.data = data;
        this.batch = batch;
    }

    public static Builder create() {
        return new Builder();
    }

    @Override
    public Graph fetch(Collection<String> names) {
        Graph out = GraphFactory.createDefaultGraph();
        List<String> all = new ArrayList<>(names);
        for (int i = 0; i < all.size(); i += batch) {
            String q = CandidateQuery.forNames(all.subList(i, Math.min(all.size(), i + batch)));
            try (QueryExec qe = QueryExec.dataset(data).query(q).build()) {
                qe.construct(out);
            }
            queries++;
        }
        return out;
    }

    @Override
    public String target() {
        return String.join(" ", files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Override
    public String costs() {
        return queries + " local look-up" + (queries == 1 ? "" : "s") + " in " + data.getDefaultGraph().size()
                + " triples";
    }

    /** Builds a {@link KbFileSource}. */
    public static final class Builder {
        private final List<Path> files = new ArrayList<>();
        private int batch = 50;

        public Builder file(Path p) {
            files.add(p);
            return this;
        }

        public Builder files(Collection<Path> ps) {
            files.addAll(ps);
            return this;
        }

        /** Names per look-up query. */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("Batch size must be at least 1: " + n);
            }
            this.batch = n;
            return this;
        }

        /** Loads the files; a missing or unreadable file is an error naming it. */
        public KbFileSource build() {
            if (files.isEmpty()) {
                throw new IllegalStateException("No knowledge-base file given");
            }
            DatasetGraph ds = DatasetGraphFactory.create();
            for (Path p : files) {
                if (!Files.isRegularFile(p)) {
                    throw new NewsGraphException(p + ": no such knowledge-base file");
                }
                load(p, ds.getDefaultGraph());
            }
            return new KbFileSource(List.copyOf(files), ds, batch);
        }

        /** Parses one file, its syntax from its name; ".gz" is unzipped here, as RIOT reads paths as they are. */
        private static void load(Path p, Graph g) {
            String name = p.getFileName().toString();
            boolean gz = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
            String inner = gz ? name.substring(0, name.length() - 3) : name;
            Lang lang = RDFLanguages.filenameToLang(inner);
            if (lang == null) {
                throw new NewsGraphException(p + ": unknown RDF syntax (use .nt, .ttl, .rdf, .trig, .nq or .jsonld, optionally .gz)");
            }
            try (InputStream raw = Files.newInputStream(p);
                    InputStream in = gz ? new GZIPInputStream(new BufferedInputStream(raw, 1 << 16)) : new BufferedInputStream(raw, 1 << 16)) {
                RDFParser.source(in).lang(lang).base(p.toUri().toString()).parse(g);
            } catch (IOException e) {
                throw new NewsGraphException(p + ": cannot read: " + e.getMessage(), e);
            } catch (RiotException e) {
                throw new NewsGraphException(p + ": cannot read as " + lang.getLabel() + ": " + e.getMessage(), e);
            }
        }
    }
}
