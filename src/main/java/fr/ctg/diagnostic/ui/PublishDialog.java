package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.diagnostic.DiagnosticService;
import java.util.function.IntConsumer;

/** Publishes the draft as the next version, with an optional note; says why when it cannot. */
class PublishDialog extends Dialog {

    PublishDialog(DiagnosticService diagnostics, long conventionId, IntConsumer published) {
        setId("diagnostic-publish-dialog");
        setHeaderTitle(getTranslation("diagnostic.publish"));
        setWidth("min(40rem, 96vw)");
        add(new Paragraph(getTranslation("diagnostic.publish.help")));
        TextField note = new TextField(getTranslation("diagnostic.publish.note"));
        note.setId("diagnostic-publish-note");
        note.setMaxLength(500);
        note.setWidthFull();
        Paragraph error = DiagnosticView.errorText("diagnostic-publish-error");
        add(note, error);
        Button ok = new Button(getTranslation("diagnostic.publish"), e -> {
            try {
                int n = diagnostics.publish(conventionId, note.getValue());
                Notifications.success("diagnostic.published", n);
                close();
                published.accept(n);
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        ok.setId("diagnostic-publish-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
