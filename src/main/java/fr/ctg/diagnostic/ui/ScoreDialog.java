package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.diagnostic.ThemeDiagnostic;
import java.util.function.BiConsumer;

/** Sets a theme's score on the "étoile" (0–100; empty clears it) with its one-line reason. */
class ScoreDialog extends Dialog {

    ScoreDialog(ThemeDiagnostic theme, BiConsumer<Integer, String> save) {
        setId("diagnostic-score-dialog");
        setHeaderTitle(getTranslation("diagnostic.score.edit", theme.groupName()));
        setWidth("min(40rem, 96vw)");
        IntegerField score = new IntegerField(getTranslation("diagnostic.score.value"));
        score.setId("diagnostic-score-value");
        score.setHelperText(getTranslation("diagnostic.score.help"));
        score.setValue(theme.score());
        TextField reason = new TextField(getTranslation("diagnostic.score.reason"));
        reason.setId("diagnostic-score-reason");
        reason.setMaxLength(300);
        reason.setValue(theme.scoreReason() == null ? "" : theme.scoreReason());
        Paragraph error = DiagnosticView.errorText("diagnostic-score-error");
        FormLayout form = new FormLayout(score, reason);
        form.setColspan(reason, 2);
        add(form, error);
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                save.accept(score.getValue(), reason.getValue());
                close();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        ok.setId("diagnostic-score-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
