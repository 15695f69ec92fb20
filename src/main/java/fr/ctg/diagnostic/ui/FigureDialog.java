package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.diagnostic.DiagnosticFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds a characteristic (a figure with its unit, source and year) to the territory or to a theme. {@code save}
 * receives the whole new list; a refusal is shown in the dialog, which stays open with what was typed.
 */
class FigureDialog extends Dialog {

    FigureDialog(List<DiagnosticFigure> current, Consumer<List<DiagnosticFigure>> save) {
        setId("diagnostic-figure-dialog");
        setHeaderTitle(getTranslation("diagnostic.figure.add"));
        setWidth("min(40rem, 96vw)");
        TextField label = new TextField(getTranslation("diagnostic.figure.label"));
        label.setId("diagnostic-figure-label");
        label.setMaxLength(300);
        label.setRequiredIndicatorVisible(true);
        BigDecimalField value = new BigDecimalField(getTranslation("diagnostic.figure.value"));
        value.setId("diagnostic-figure-value");
        value.setRequiredIndicatorVisible(true);
        TextField unit = new TextField(getTranslation("diagnostic.figure.unit"));
        unit.setId("diagnostic-figure-unit");
        unit.setMaxLength(50);
        TextField source = new TextField(getTranslation("diagnostic.figure.source"));
        source.setId("diagnostic-figure-source");
        source.setMaxLength(300);
        source.setRequiredIndicatorVisible(true);
        source.setHelperText(getTranslation("diagnostic.figure.sourceHelp"));
        IntegerField year = new IntegerField(getTranslation("diagnostic.figure.year"));
        year.setId("diagnostic-figure-year");
        year.setRequiredIndicatorVisible(true);
        Paragraph error = DiagnosticView.errorText("diagnostic-figure-error");
        FormLayout form = new FormLayout(label, value, unit, source, year);
        form.setColspan(label, 2);
        form.setColspan(source, 2);
        add(form, error);
        Button ok = new Button(getTranslation("action.save"), e -> {
            List<DiagnosticFigure> list = new ArrayList<>(current);
            list.add(new DiagnosticFigure(label.getValue(), value.getValue(), unit.getValue(), source.getValue(),
                    year.getValue() == null ? 0 : year.getValue()));
            try {
                save.accept(list);
                close();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        ok.setId("diagnostic-figure-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
