package org.newsgraph;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs a few tests need besides the JDK (python3 for the reference scorer, Graphviz's
 * {@code dot}, Chromium and chromedriver). Where one is missing the test is skipped with a line
 * naming what to install, so that {@code ./mvnw verify} passes on a machine with only a JDK; under
 * {@code CI=true} (which {@code .ci/run} sets after installing them) a missing one fails the test.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** True on CI ({@code CI=true}), where every tool must be there. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The first of {@code names} found as an executable on the PATH (or given by the system
     * property {@code property}, when not null); else skips the test (fails it on CI) saying
     * {@code install}.
     */
    public static Path find(String property, String install, String... names) {
        if (property != null) {
            String p = System.getProperty(property);
            if (p != null && Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name);
                }
            }
        }
        missing(String.join(" or ", names) + " not found on the PATH" + (property == null ? "" : " (nor -D" + property + ")")
                + ": " + install);
        return null;
    }

    private static final java.util.Set<String> SAID = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Skips the running test with {@code why} (said once on standard error, as surefire may not show it), or fails it on CI. */
    public static void missing(String why) {
        if (onCi()) {
            fail(why + " [CI=true: required]");
        }
        String line = "skipped: " + why + " [required when CI=true; .ci/run installs it]";
        if (SAID.add(why)) {
            System.err.println("newsgraph tests: " + line);
        }
        Assumptions.abort(line);
    }
}
