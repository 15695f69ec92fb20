package fr.ctg.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hole 3 of the security review: the upload size limits were enforced by the browser only. The server now stops
 * reading past each path's limit, whatever the request declares, and leaves nothing on disk.
 */
class LimitedUploadHandlerTest {

    @TempDir
    Path files;

    IncomingUploads incoming;
    Upload upload;
    final AtomicReference<Long> received = new AtomicReference<>();
    final AtomicBoolean refused = new AtomicBoolean();

    @BeforeEach
    void setUp() throws Exception {
        MockVaadin.setup();
        incoming = new IncomingUploads(files);
        upload = new Upload();
        UI.getCurrent().add(upload);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private LimitedUploadHandler handler(long max) {
        return incoming.toIncomingFile(max, (meta, file) -> received.set(Files.size(file.toPath())),
                () -> refused.set(true));
    }

    /** An upload request whose body is {@code size} bytes, declaring {@code declared} (-1: not declared). */
    private UploadEvent request(long size, long declared, AtomicLong read) throws Exception {
        InputStream body = new InputStream() {
            @Override
            public int read() {
                if (read.get() >= size) {
                    return -1;
                }
                read.incrementAndGet();
                return 'x';
            }
        };
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), "gros.png", declared,
                "image/png", upload.getElement(), null);
    }

    private long filesLeft() throws Exception {
        try (var list = Files.list(incoming.dir())) {
            return list.count();
        }
    }

    @Test
    void uploadsHaveAServerSideLimitABodyRunningPastItIsCutOffAndNothingIsLeftOnDisk() throws Exception {
        AtomicLong read = new AtomicLong();
        assertThatThrownBy(() -> handler(2 * 1024 * 1024).handleUploadRequest(request(3L * 1024 * 1024, -1, read)))
                .isInstanceOf(LimitedUploadHandler.TooLargeException.class);
        MockVaadin.runUIQueue();
        assertThat(refused).as("the page says why").isTrue();
        assertThat(received.get()).as("nothing handed on").isNull();
        assertThat(read.get()).as("reading stopped just past the limit").isLessThanOrEqualTo(2 * 1024 * 1024 + 64 * 1024);
        assertThat(filesLeft()).isZero();
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReadingAnything() throws Exception {
        AtomicLong read = new AtomicLong();
        assertThatThrownBy(() -> handler(1024).handleUploadRequest(request(4096, 4096, read)))
                .isInstanceOf(LimitedUploadHandler.TooLargeException.class);
        assertThat(read.get()).isZero();
        assertThat(filesLeft()).isZero();
        assertThat(handler(1024).getFileSizeMax()).isEqualTo(1024);
    }

    @Test
    void aFileWithinTheLimitIsReceivedWhole() throws Exception {
        handler(1024).handleUploadRequest(request(1024, 1024, new AtomicLong()));
        assertThat(received.get()).isEqualTo(1024);
        assertThat(refused).isFalse();
    }
}
