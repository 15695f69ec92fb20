package fr.ctg.document;

import java.io.IOException;
import java.io.InputStream;

/** A file as received: the name the person's computer gave it, and its bytes (read once). */
public record UploadedFile(String originalName, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
