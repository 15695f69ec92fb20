package fr.ctg.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.ui.Notifications;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentService;
import java.util.Arrays;

/** Upload a document into one of the folders. */
class DocumentUploadDialog extends Dialog {

    DocumentUploadDialog(DocumentService documents, long conventionId, DocumentKind preselected, Runnable onSaved) {
        setId("document-dialog");
        setHeaderTitle(getTranslation("document.new"));
        setWidth("min(44rem, 95vw)");
        Select<DocumentKind> kind = new Select<>();
        kind.setId("document-kind");
        kind.setLabel(getTranslation("document.kind"));
        kind.setItems(Arrays.stream(DocumentKind.values()).filter(k -> k != DocumentKind.DELIBERATION).toList());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(preselected == null || preselected == DocumentKind.DELIBERATION ? DocumentKind.OTHER : preselected);
        TextField title = new TextField(getTranslation("document.title"));
        title.setId("document-title");
        title.setMaxLength(300);
        TextArea description = new TextArea(getTranslation("document.description"));
        description.setId("document-description");
        description.setMaxLength(2000);
        FileDrop drop = new FileDrop(documents.maxBytes(), documents.acceptedExtensions(false));
        UploadErrors errors = new UploadErrors();
        FormLayout form = new FormLayout(kind, title, description);
        form.setColspan(description, 2);
        add(form, drop, errors);
        Button save = new Button(getTranslation("document.save"), e -> {
            if (drop.save(errors, file -> documents.createDocument(conventionId, new DocumentMeta(kind.getValue(),
                    title.getValue(), description.getValue()), file))) {
                close();
                Notifications.success("document.saved");
                onSaved.run();
            }
        });
        save.setId("document-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> {
            drop.discard();
            close();
        }), save);
    }
}
