package fr.ctg.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * Where file contents live (the local file system by default; another implementation can store them
 * elsewhere). A file is first staged (written aside, hashed, measured), then placed under its key once
 * its database row is about to be committed; nothing is ever kept only in memory or in a session.
 */
public interface DocumentStorage {

    /** A file written aside: not visible under any key yet. */
    record Staged(Path path, long size, String sha256) {
    }

    /** Writes the stream aside, stopping with {@link TooLargeException} past {@code maxBytes}. */
    Staged stage(InputStream in, long maxBytes) throws IOException;

    /** Places a staged file under its key (an atomic move). */
    void place(Staged staged, String key) throws IOException;

    /** Forgets a staged file that will not be placed. */
    void discard(Staged staged);

    InputStream open(String key) throws IOException;

    void delete(String key);

    /** Every key that holds a file. */
    Set<String> keys() throws IOException;

    /** The keys of the files placed before {@code cutoff} (for the orphan sweep: never one being committed now). */
    Set<String> keysPlacedBefore(Instant cutoff) throws IOException;

    /** Removes the staged files written before {@code cutoff}: left by an interrupted upload, not one in flight. */
    void clearStagingBefore(Instant cutoff) throws IOException;

    /** The stream was longer than allowed. */
    class TooLargeException extends IOException {
        public TooLargeException() {
            super("too large");
        }
    }
}
