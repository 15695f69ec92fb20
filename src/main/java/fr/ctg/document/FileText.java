package fr.ctg.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text inside a stored file, for the search: Apache Tika's parsers for PDF, OpenDocument and Office files (and
 * plain text), at most {@value #MAX_CHARS} characters. A file Tika cannot read (an image, a scanned PDF without text,
 * a damaged or encrypted file) has no text; it is still stored: extraction never refuses an upload.
 */
final class FileText {

    static final int MAX_CHARS = 500_000;
    private static final Logger LOG = LoggerFactory.getLogger(FileText.class);
    private static final Set<String> READ = Set.of("application/pdf", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "text/plain", "text/csv");
    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private FileText() {
    }

    interface Source {
        InputStream open() throws IOException;
    }

    /** The file's text (whitespace collapsed), or "" when there is none to read. */
    static String extract(Source file, String contentType) {
        if (!READ.contains(contentType)) {
            return "";
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(file.open())) {
            PARSER.parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                LOG.info("No text read from a {} file: {}", contentType, e.toString());
                return "";
            }
        } catch (LinkageError | StackOverflowError e) {
            LOG.warn("No text read from a {} file: {}", contentType, e.toString());
            return "";
        }
        String text = handler.toString().replaceAll("\\s+", " ").strip();
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
