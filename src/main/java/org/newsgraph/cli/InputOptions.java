package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.JsonFields;
import picocli.CommandLine.Option;

/** The input options of {@code build}, {@code extract} and {@code run}: the format and JSON Lines fields. */
public final class InputOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Read every input as text, html, feed (RSS/Atom), jsonl or warc (default: by extension, else by the first bytes).")
    InputFormat format;

    /** text, html, feed (also rss, atom), jsonl, warc. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--jsonl-text", paramLabel = "FIELD", split = ",",
            description = "JSON Lines fields that hold the text, first present wins (default: text,body,content,maintext).")
    List<String> text = new ArrayList<>(JsonFields.DEFAULT.text());

    @Option(names = "--jsonl-title", paramLabel = "FIELD", split = ",", description = "JSON Lines title fields (default: title,headline).")
    List<String> title = new ArrayList<>(JsonFields.DEFAULT.title());

    @Option(names = "--jsonl-url", paramLabel = "FIELD", split = ",", description = "JSON Lines URL fields (default: url,link).")
    List<String> url = new ArrayList<>(JsonFields.DEFAULT.url());

    @Option(names = "--jsonl-date", paramLabel = "FIELD", split = ",",
            description = "JSON Lines date fields (default: date,published,date_publish,datePublished).")
    List<String> date = new ArrayList<>(JsonFields.DEFAULT.date());

    @Option(names = "--jsonl-authors", paramLabel = "FIELD", split = ",", description = "JSON Lines author fields (default: authors,author,byline).")
    List<String> authors = new ArrayList<>(JsonFields.DEFAULT.authors());

    /** The inputs under {@code paths}; notes (not errors) go to {@code notes}. */
    public Inputs inputs(List<Path> paths, Consumer<String> notes) {
        return Inputs.create().paths(paths)
                .format(format)
                .fields(new JsonFields(text, title, url, date, authors))
                .notes(notes)
                .build();
    }
}
