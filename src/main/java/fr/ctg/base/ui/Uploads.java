package fr.ctg.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload button and drop zone in the person's language (Vaadin's own texts are English). */
public final class Uploads {

    private Uploads() {
    }

    public static Upload translated(Upload upload) {
        UI ui = UI.getCurrent();
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(ui.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(ui.getTranslation("upload.error.type"))
                .setTooManyFiles(ui.getTranslation("upload.error.many")));
        i18n.setUnits(List.of("o", "ko", "Mo", "Go", "To"));
        upload.setI18n(i18n);
        return upload;
    }
}
