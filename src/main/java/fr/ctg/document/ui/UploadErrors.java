package fr.ctg.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.document.DuplicateDocumentException;

/** Where an upload dialog shows why the service refused (with a link to the existing duplicate). */
class UploadErrors extends Div {

    UploadErrors() {
        setId("upload-error");
        addClassName("ctg-error-text");
        getElement().setAttribute("role", "alert");
    }

    void show(BusinessRuleException e) {
        removeAll();
        add(new Paragraph(Notifications.message(e)));
        if (e instanceof DuplicateDocumentException duplicate) {
            Anchor link = new Anchor(
                    "documents?ouvrir=" + duplicate.getExistingDocumentId(), getTranslation("document.error.duplicate.open"));
            add(link);
        }
    }

    void clear() {
        removeAll();
    }
}
