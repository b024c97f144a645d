package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.pipeline.Extraction;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.ingest.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph extract}: the RDF of the given documents on standard output, no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts documents and writes their RDF to standard output (no store). "
                + "nq streams one graph per document; trig and jsonld keep named graphs; ttl merges them.")
public final class ExtractCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    org.newsgraph.NewsGraph root;

    /** Output formats. */
    public enum Format { nq, trig, ttl, jsonld }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "nq", description = "nq, trig, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Extraction.defaultThreads();

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (.txt, .html, feeds, .jsonl, .warc, or .gz of them), "
            + "folders, - for standard input.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        Inputs inputs = input.inputs(paths, note -> {
            synchronized (err) {
                err.println("newsgraph: " + note);
                err.flush();
            }
        });
        List<String> problems = inputs.problems();
        problems.forEach(p -> err.println("newsgraph: " + p));
        int[] failed = {problems.size()};
        OutputStream out = new BufferedOutputStream(root.stdout(), 1 << 16);
        Pipeline pipeline = Pipeline.standard();
        // N-Quads stream out document by document; the other formats gather the documents first
        StreamRDF stream = format == Format.nq ? StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS) : null;
        DatasetGraph ds = format == Format.nq ? null : DatasetGraphFactory.createTxnMem();
        java.util.function.Consumer<org.apache.jena.sparql.core.Quad> sink =
                stream != null ? stream::quad : q -> ds.add(q);
        if (stream != null) {
            stream.start();
        }
        Extraction.run(pipeline, inputs.iterator(), threads, r -> {
            if (!r.ok()) {
                failed[0]++;
                err.println("newsgraph: " + r.error());
                return;
            }
            Node name = DocumentGraphWriter.documentNode(r.doc());
            DocumentGraphWriter.write(r.doc()).find()
                    .forEachRemaining(t -> sink.accept(org.apache.jena.sparql.core.Quad.create(name, t)));
        });
        if (stream != null) {
            stream.finish();
        } else {
            ds.prefixes().putAll(Namespaces.PREFIXES);
            switch (format) {
                case trig -> RDFDataMgr.write(out, ds, RDFFormat.TRIG_BLOCKS);
                case jsonld -> RDFDataMgr.write(out, ds, RDFFormat.JSONLD_PRETTY);
                default -> {
                    var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                    m.setNsPrefixes(Namespaces.PREFIXES);
                    ds.listGraphNodes().forEachRemaining(n -> org.apache.jena.graph.GraphUtil.addInto(m.getGraph(), ds.getGraph(n)));
                    RDFDataMgr.write(out, m, RDFFormat.TURTLE_BLOCKS);
                }
            }
        }
        out.flush();
        if (failed[0] > 0) {
            err.println("newsgraph: " + failed[0] + " input" + (failed[0] == 1 ? "" : "s") + " skipped (see above); the rest was extracted");
        }
        err.flush();
        return failed[0] == 0 ? 0 : 1;
    }
}
