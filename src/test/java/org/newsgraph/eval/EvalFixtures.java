package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** Where the gold sets and the reference scripts are, and how to run the scripts. */
final class EvalFixtures {

    /** The three dev sets of ../shared/eval. */
    enum GoldSet {
        SEEDS("eval/gold/seeds.json", null),
        POLNEAR_DEV("eval/polnear-dev/gold.json", "eval/polnear-dev/text"),
        REDOCRED_DEV("eval/redocred-dev/gold.json", "eval/redocred-dev/text");

        private final String gold;
        private final String texts;

        GoldSet(String gold, String texts) {
            this.gold = gold;
            this.texts = texts;
        }

        Path gold() {
            return shared().resolve(gold);
        }

        /** The seeds' texts are the project's own seeds/; the others live beside their gold. */
        Path texts() {
            return texts == null ? basedir().resolve("seeds") : shared().resolve(texts);
        }

        Evaluation evaluation() {
            return Evaluation.create().gold(gold()).texts(texts()).build();
        }
    }

    private EvalFixtures() {
    }

    /**
     * ../shared: the POM's property when that folder exists (a checkout beside it), else
     * /work/shared (a worktree under /work/wt/, where the property points at /work/wt/shared).
     */
    static Path shared() {
        String p = System.getProperty("newsgraph.shared");
        if (p != null && Files.isDirectory(Path.of(p, "eval"))) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        Path fallback = Path.of("/work/shared");
        if (Files.isDirectory(fallback.resolve("eval"))) {
            return fallback;
        }
        return fail("../shared (the eval gold and scripts) not found: newsgraph.shared=" + p + ", nor /work/shared");
    }

    static Path basedir() {
        return Path.of(System.getProperty("newsgraph.basedir", ".")).toAbsolutePath().normalize();
    }

    static Path script(String name) {
        return shared().resolve("eval").resolve(name);
    }

    /** A test resource of this package as a path. */
    static Path resource(String name) {
        try {
            var url = EvalFixtures.class.getResource(name);
            if (url == null) {
                return fail("missing test resource org/newsgraph/eval/" + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code python3 args...} and returns its standard output; skips the test without python3 (fails it on CI). */
    static String python(Object... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(org.newsgraph.ExternalTool.find(null, "install python3 (apt-get install python3) for the reference scorer "
                + "in ../shared/eval", "python3").toString());
        for (Object a : args) {
            cmd.add(a.toString());
        }
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE);
            // rdf_to_pred.py picks an entity's kind by iterating a set: keep runs repeatable
            pb.environment().put("PYTHONHASHSEED", "0");
            p = pb.start();
        } catch (IOException e) {
            return fail("python3 is needed to run the reference scorer (../shared/eval/*.py) but cannot be started: "
                    + e.getMessage() + " (install python3; CI does)");
        }
        try {
            p.getOutputStream().close();
            byte[][] outErr = new byte[2][];
            Thread errReader = new Thread(() -> {
                try (InputStream err = p.getErrorStream()) {
                    outErr[1] = err.readAllBytes();
                } catch (IOException e) {
                    outErr[1] = e.toString().getBytes(StandardCharsets.UTF_8);
                }
            });
            errReader.start();
            try (InputStream out = p.getInputStream()) {
                outErr[0] = out.readAllBytes();
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return fail("python3 did not finish: " + cmd);
            }
            errReader.join();
            assertEquals(0, p.exitValue(), () -> "python3 failed: " + cmd + "\n"
                    + new String(outErr[1], StandardCharsets.UTF_8));
            return new String(outErr[0], StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** rdf_to_pred.py on an N-Quads file, into {@code out}. */
    static Path rdfToPred(Path nq, Path out) throws IOException {
        Files.writeString(out, python(script("rdf_to_pred.py"), nq));
        return out;
    }

    /** score.py --json. */
    static JsonObject scorePy(Path gold, Path pred, Path texts) {
        return JSON.parse(python(script("score.py"), gold, pred, texts, "--json"));
    }
}
