package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.NewsGraphException;
import org.newsgraph.pipeline.AnnotatedDocument;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.text.DocumentReader;

/**
 * What an executor makes of one file: the document's N-Quads (its named graph whole, in the
 * order {@code newsgraph extract --format nq} writes it), or the one line saying why it failed.
 */
public record DocumentResult(String quads, String error) implements Serializable {

    public boolean ok() {
        return error == null;
    }

    /** Reads one file and extracts it with the standard pipeline; never throws for a bad document. */
    static DocumentResult extract(FileKey key, Configuration conf) {
        byte[] bytes;
        try {
            Path path = new Path(key.where());
            try (InputStream in = path.getFileSystem(conf).open(path)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException | RuntimeException e) {
            return new DocumentResult(null, key.where() + ": cannot read: " + e);
        }
        return of(key, bytes);
    }

    /** Extracts one document given as bytes; a failure becomes its error line. */
    public static DocumentResult of(FileKey key, byte[] bytes) {
        try {
            AnnotatedDocument doc = Pipeline.standard().process(DocumentReader.parse(key.where(), key.id(), bytes));
            return new DocumentResult(nquads(doc), null);
        } catch (NewsGraphException e) {
            return new DocumentResult(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new DocumentResult(null, key.where() + ": extraction failed: " + e);
        }
    }

    /** The document's graph as N-Quads lines, without the last line break. */
    static String nquads(AnnotatedDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        Node name = DocumentGraphWriter.documentNode(doc);
        stream.start();
        DocumentGraphWriter.write(doc).find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        stream.finish();
        String s = out.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
