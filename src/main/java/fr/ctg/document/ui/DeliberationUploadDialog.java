package fr.ctg.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.ui.Notifications;
import fr.ctg.document.DeliberationMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.IssuingBody;

/** Upload a deliberation with its metadata; a refusal keeps everything typed and says why. */
class DeliberationUploadDialog extends Dialog {

    DeliberationUploadDialog(DocumentService documents, long conventionId, Runnable onSaved) {
        setId("deliberation-dialog");
        setHeaderTitle(getTranslation("deliberation.new"));
        setWidth("min(44rem, 95vw)");
        Select<IssuingBody> body = new Select<>();
        body.setId("deliberation-body");
        body.setLabel(getTranslation("deliberation.body"));
        body.setItems(IssuingBody.values());
        body.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        TextField number = new TextField(getTranslation("deliberation.number"));
        number.setId("deliberation-number");
        number.setMaxLength(50);
        DatePicker session = new DatePicker(getTranslation("deliberation.sessionDate"));
        session.setId("deliberation-session");
        TextField subject = new TextField(getTranslation("deliberation.subject"));
        subject.setId("deliberation-subject");
        subject.setMaxLength(300);
        DatePicker transmitted = new DatePicker(getTranslation("deliberation.transmittedOn"));
        transmitted.setId("deliberation-transmitted");
        TextField url = new TextField(getTranslation("deliberation.publicUrl"));
        url.setId("deliberation-url");
        FileDrop drop = new FileDrop(documents.maxBytes(), documents.acceptedExtensions(true));
        UploadErrors errors = new UploadErrors();
        FormLayout form = new FormLayout(body, number, session, transmitted, subject, url);
        form.setColspan(subject, 2);
        form.setColspan(url, 2);
        add(form, drop, errors);
        Button save = new Button(getTranslation("document.save"), e -> {
            if (drop.save(errors, file -> documents.createDeliberation(conventionId, new DeliberationMeta(body.getValue(),
                    number.getValue(), session.getValue(), subject.getValue(), transmitted.getValue(), url.getValue()), file))) {
                close();
                Notifications.success("deliberation.saved");
                onSaved.run();
            }
        });
        save.setId("deliberation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> {
            drop.discard();
            close();
        }), save);
    }
}
