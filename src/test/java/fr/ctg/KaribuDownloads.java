package fr.ctg;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * What a download anchor ({@code DownloadHandler}) would send, fetched the way the browser's click would make the
 * server produce it, as the person logged in. Karibu serves no HTTP: the registered handler is run with a response
 * that writes into memory.
 */
public final class KaribuDownloads {

    private KaribuDownloads() {
    }

    public static byte[] bytes(Anchor anchor) {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(anchor.getHref()))
                .orElseThrow(() -> new AssertionError("no download behind " + anchor.getHref()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        try {
            when(response.getOutputStream()).thenReturn((OutputStream) out);
            resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(), response, session,
                    anchor.getElement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
