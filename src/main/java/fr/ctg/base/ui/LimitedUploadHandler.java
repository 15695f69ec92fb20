package fr.ctg.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Receives one uploaded file into the incoming area and stops reading past its limit, whatever the browser was told
 * ({@code setMaxFileSize} is only a hint to it): a declared size over the limit is refused before a byte is read, a
 * body that runs longer is cut off, its partial file deleted, and the page says why. Vaadin also refuses a request
 * whose declared length exceeds {@link #getRequestSizeMax()}.
 */
public final class LimitedUploadHandler implements UploadHandler {

    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final Path dir;
    private final long maxBytes;
    private final FileUploadCallback onReceived;
    private final SerializableRunnable onTooLarge;

    LimitedUploadHandler(Path dir, long maxBytes, FileUploadCallback onReceived, SerializableRunnable onTooLarge) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
        this.onTooLarge = onTooLarge;
    }

    /** The stream ran past the limit. */
    public static final class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super("upload larger than " + maxBytes + " bytes refused");
        }
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event.getUI());
        }
        Path file = Files.createTempFile(dir, "upload-", ".part");
        long size = 0;
        try (InputStream in = event.getInputStream();
             OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (TooLargeException e) {
            Files.deleteIfExists(file);
            refuse(event.getUI());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        onReceived.complete(new UploadMetadata(event.getFileName(), event.getContentType(), size), file.toFile());
    }

    private void refuse(UI ui) throws TooLargeException {
        if (ui != null) {
            ui.access(onTooLarge::run);
        }
        throw new TooLargeException(maxBytes);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }
}
