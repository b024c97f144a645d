package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.NewsGraphException;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Scores;
import org.newsgraph.pipeline.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval}: extracts a gold set's texts and prints score.py's figures for them. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extracts the texts, reads the RDF back with SPARQL and scores it against the gold file: "
                + "the same table (with --json, the same JSON) as the reference scorer score.py.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON).")
    Path gold;

    @Option(names = "--texts", required = true, paramLabel = "DIR", description = "The folder of the gold documents' texts.")
    Path texts;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Extraction.defaultThreads();

    @Option(names = "--save-graph", paramLabel = "FILE",
            description = "Also writes the extracted graph as N-Quads, as extract --format nq writes it.")
    Path saveGraph;

    @Option(names = "--save-pred", paramLabel = "FILE", description = "Also writes the predictions (gold format, JSON).")
    Path savePred;

    @Override
    public Integer call() {
        Evaluation ev = Evaluation.create().gold(gold).texts(texts).threads(threads).build();
        Evaluation.Extracted x = ev.extract();
        var err = spec.commandLine().getErr();
        x.problems().forEach(p -> err.println("newsgraph: " + p));
        err.flush();
        JsonObject pred = x.predictions();
        if (saveGraph != null) {
            try (OutputStream out = Files.newOutputStream(saveGraph)) {
                x.writeNQuads(out);
            } catch (IOException e) {
                throw new NewsGraphException(saveGraph + ": cannot write: " + e.getMessage(), e);
            }
        }
        if (savePred != null) {
            try (OutputStream out = Files.newOutputStream(savePred)) {
                JSON.write(out, pred);
            } catch (IOException e) {
                throw new NewsGraphException(savePred + ": cannot write: " + e.getMessage(), e);
            }
        }
        Scores s = ev.score(pred);
        var out = spec.commandLine().getOut();
        out.print(json ? s.toJson() + "\n" : s.toTable());
        out.flush();
        return x.problems().isEmpty() ? 0 : 1;
    }
}
