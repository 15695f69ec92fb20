package fr.ctg.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.IncomingUploads;
import fr.ctg.document.UploadedFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Drag-and-drop (or pick) one file, with the upload progress bar; the file goes to a temporary file on
 * disk (never kept only in the session) until the person saves, then is handed to the service.
 */
class FileDrop extends VerticalLayout {

    private final Upload upload = new Upload();
    private final Span chosen = new Span();
    private String fileName;
    private File tempFile;

    FileDrop(long maxBytes, List<String> extensions) {
        setPadding(false);
        setSpacing(false);
        UI ui = UI.getCurrent();
        upload.setId("file-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(extensions.stream().map(e -> "." + e).toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.setUploadHandler(IncomingUploads.current().toIncomingFile(maxBytes,
                (metadata, file) -> ui.access(() -> {
                    discard();
                    fileName = metadata.fileName();
                    tempFile = file;
                    chosen.setText(getTranslation("document.upload.ready", fileName));
                }), () -> {
                    discard();
                    chosen.setText(getTranslation("document.error.tooLarge", maxBytes / (1024 * 1024)));
                }));
        upload.addFileRejectedListener(e -> chosen.setText(getTranslation("document.upload.rejected", e.getErrorMessage())));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("document.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("document.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("document.error.tooLarge", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("document.upload.type", String.join(", ", extensions)))
                .setTooManyFiles(getTranslation("document.upload.one")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("document.upload.connecting"))
                        .setProcessing(getTranslation("document.upload.processing")).setHeld(getTranslation("document.upload.held"))
                        .setStalled(getTranslation("document.upload.stalled"))));
        i18n.setUnits(List.of("o", "ko", "Mo", "Go", "To"));
        upload.setI18n(i18n);
        chosen.setId("file-chosen");
        add(upload, chosen);
    }

    /** The file received, ready for the service (read from the temporary file). */
    Optional<UploadedFile> file() {
        if (tempFile == null) {
            return Optional.empty();
        }
        File f = tempFile;
        return Optional.of(new UploadedFile(fileName, () -> Files.newInputStream(f.toPath())));
    }

    /**
     * Hands the received file to {@code save} (a service call); on success the temporary file goes, on a
     * refusal the reason is shown and everything typed stays.
     */
    boolean save(UploadErrors errors, Consumer<UploadedFile> save) {
        try {
            save.accept(file().orElseThrow(() -> new BusinessRuleException("document.error.noFile")));
            discard();
            errors.clear();
            return true;
        } catch (BusinessRuleException e) {
            errors.show(e);
            return false;
        }
    }

    /** Removes the temporary file (after saving, or when the dialog closes). */
    void discard() {
        if (tempFile != null) {
            try {
                Files.deleteIfExists(tempFile.toPath());
            } catch (IOException ignored) {
                // the system's temporary folder is cleaned by the system
            }
            tempFile = null;
        }
    }
}
