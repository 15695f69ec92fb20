package fr.ctg.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.document.DocumentSummary;
import fr.ctg.minutes.MinutesDetails;
import fr.ctg.objective.ObjectiveSummary;
import java.util.stream.Collectors;

/** Records a decision in a section, linked to the objectives and deliberations it concerns. */
class DecisionDialog extends Dialog {

    DecisionDialog(MinutesUiServices services, MinutesDetails.SectionItem section, LinkTitles links, Runnable saved) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation("minutes.decision.add"));
        setWidth("min(40rem, 95vw)");
        TextArea text = new TextArea(getTranslation("minutes.decision.text"));
        text.setId("decision-text");
        text.setMaxLength(2000);
        MultiSelectComboBox<ObjectiveSummary> objectives = new MultiSelectComboBox<>(
                getTranslation("minutes.decision.objectives"), links.objectives());
        objectives.setId("decision-objectives");
        objectives.setItemLabelGenerator(ObjectiveSummary::title);
        MultiSelectComboBox<DocumentSummary> documents = new MultiSelectComboBox<>(
                getTranslation("minutes.decision.documents"), links.documents());
        documents.setId("decision-documents");
        documents.setItemLabelGenerator(DocumentSummary::title);
        Paragraph error = new Paragraph();
        error.setId("decision-error");
        error.addClassName("ctg-error-text");
        FormLayout form = new FormLayout(text, objectives, documents);
        form.setColspan(text, 2);
        add(form, error);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                services.editing().addDecision(section.id(), text.getValue(),
                        objectives.getValue().stream().map(ObjectiveSummary::id).collect(Collectors.toSet()),
                        documents.getValue().stream().map(DocumentSummary::id).collect(Collectors.toSet()));
                close();
                saved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
