package fr.ctg.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.IncomingUploads;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Function;

/**
 * A logo (Article 8): the current one, and an upload of a PNG or JPEG of at most 2 MB; the service checks the bytes
 * and resizes it. {@code store} returns the address of the stored logo.
 */
class LogoField extends Div {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Div preview = new Div();
    private final Paragraph error = new Paragraph();

    LogoField(String id, String label, String currentUrl, Function<InputStream, String> store) {
        setId(id);
        addClassName("ctg-logo-field");
        error.addClassName("ctg-error-text");
        error.setId(id + "-error");
        show(currentUrl, label);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(IncomingUploads.current().toIncomingFile(MAX_BYTES, (meta, file) -> ui.access(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                store.apply(in);
                showUploaded(Files.readAllBytes(file.toPath()), label);
                error.setText("");
                Notifications.success("logo.saved");
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } finally {
                file.delete();
            }
        }), () -> error.setText(getTranslation("logo.error.tooLarge", MAX_BYTES / (1024 * 1024)))));
        Uploads.translated(upload);
        upload.setId(id + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        add(new Span(label), preview, upload, error);
    }

    /** The image just uploaded (checked by the service), shown from its own bytes. */
    private void showUploaded(byte[] bytes, String label) {
        preview.removeAll();
        Image image = new Image(bytes, getTranslation("layout.logo.alt", label));
        image.addClassName("ctg-party-logo");
        preview.add(image);
    }

    private void show(String url, String label) {
        preview.removeAll();
        if (url == null) {
            preview.add(new Span(getTranslation("logo.none")));
        } else {
            Image image = new Image(url, getTranslation("layout.logo.alt", label));
            image.addClassName("ctg-party-logo");
            preview.add(image);
        }
    }
}
