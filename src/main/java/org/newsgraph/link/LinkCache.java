package org.newsgraph.link;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.NewsGraphException;
import org.newsgraph.rdf.Iris;

/**
 * The on-disk cache of one endpoint's answers: the names already asked ({@code names.txt}, one a
 * line, including those that found nothing) and the candidate data they brought
 * ({@code candidates.nt}). A folder per endpoint and query text, so a changed query asks again.
 * Files are replaced atomically after each batch, so an interrupted run keeps what it learnt.
 */
final class LinkCache {

    private final Path dir;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Graph data = GraphFactory.createDefaultGraph();

    private LinkCache(Path dir) {
        this.dir = dir;
    }

    /** Opens (or starts) the cache for {@code endpoint} under {@code root}. */
    static LinkCache open(Path root, String endpoint) {
        Path dir = root.resolve(Iris.sha256(endpoint + "\n" + CandidateQuery.TEMPLATE).substring(0, 16));
        LinkCache c = new LinkCache(dir);
        Path names = dir.resolve("names.txt"), nt = dir.resolve("candidates.nt");
        if (Files.isRegularFile(names) && Files.isRegularFile(nt)) {
            try {
                RDFParser.source(nt).lang(Lang.NTRIPLES).parse(c.data);
                for (String line : Files.readAllLines(names, StandardCharsets.UTF_8)) {
                    if (!line.isEmpty()) {
                        c.asked.add(unescape(line));
                    }
                }
            } catch (IOException | RiotException e) {
                // a damaged cache is only lost time: start it again
                c.asked.clear();
                c.data.clear();
            }
        }
        return c;
    }

    Path dir() {
        return dir;
    }

    boolean has(String name) {
        return asked.contains(name);
    }

    Graph data() {
        return data;
    }

    /** Records the answer to a batch and writes the cache out. */
    void put(Collection<String> names, Graph answer) {
        asked.addAll(names);
        answer.find().forEachRemaining(data::add);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(dir);
            Path nt = dir.resolve("candidates.nt"), names = dir.resolve("names.txt");
            Path ntTmp = dir.resolve("candidates.nt.tmp"), namesTmp = dir.resolve("names.txt.tmp");
            try (OutputStream out = Files.newOutputStream(ntTmp)) {
                RDFDataMgr.write(out, data, Lang.NTRIPLES);
            }
            List<String> lines = new ArrayList<>();
            asked.forEach(n -> lines.add(escape(n)));
            Files.write(namesTmp, lines, StandardCharsets.UTF_8);
            // names last: a name is only taken as asked once its data is on disk
            Files.move(ntTmp, nt, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(namesTmp, names, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NewsGraphException(dir + ": cannot write the link cache: " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
