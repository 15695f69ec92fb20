package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import java.util.function.Consumer;

/**
 * Edits a theme's text angle: the gap between need and offer (Markdown) or the priority axes (one per line, in
 * order). The text goes to {@code save} as typed.
 */
class TextAngleDialog extends Dialog {

    TextAngleDialog(String id, String titleKey, String helpKey, String current, int maxLength, Consumer<String> save) {
        setId(id + "-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(48rem, 96vw)");
        TextArea text = new TextArea(getTranslation(titleKey));
        text.setId(id + "-text");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxLength(maxLength);
        text.setHelperText(getTranslation(helpKey));
        text.setValue(current);
        Paragraph error = DiagnosticView.errorText(id + "-error");
        add(text, error);
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                save.accept(text.getValue());
                close();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        ok.setId(id + "-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
