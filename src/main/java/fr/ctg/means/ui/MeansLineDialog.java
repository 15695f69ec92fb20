package fr.ctg.means.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ConventionState;
import fr.ctg.convention.FieldRef;
import fr.ctg.means.FundingSource;
import fr.ctg.means.MeansCategory;
import fr.ctg.means.MeansDraft;
import fr.ctg.means.MeansRow;
import fr.ctg.means.MeansService;
import fr.ctg.objective.ObjectiveState;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Adds or changes one line of Annexe 1. A refusal is shown in the dialog, which stays open with what was typed.
 */
class MeansLineDialog extends Dialog {

    MeansLineDialog(MeansService means, long conventionId, List<ConventionState.PartyState> parties,
                    List<FieldRef> fields, List<ObjectiveState> objectives, MeansRow existing, Runnable saved) {
        setId("means-dialog");
        setHeaderTitle(getTranslation(existing == null ? "means.add" : "means.edit"));
        setWidth("min(48rem, 96vw)");
        ComboBox<ConventionState.PartyState> party = new ComboBox<>(getTranslation("means.field.party"), parties);
        party.setId("means-party");
        party.setItemLabelGenerator(ConventionState.PartyState::shortName);
        ComboBox<FieldRef> field = new ComboBox<>(getTranslation("means.field.field"), fields);
        field.setId("means-field");
        field.setItemLabelGenerator(f -> f.position() + ". " + f.title());
        IntegerField year = new IntegerField(getTranslation("means.field.year"));
        year.setId("means-year");
        ComboBox<MeansCategory> category = new ComboBox<>(getTranslation("means.field.category"),
                MeansCategory.values());
        category.setId("means-category");
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        TextField label = new TextField(getTranslation("means.field.label"));
        label.setId("means-label");
        label.setMaxLength(200);
        label.setHelperText(getTranslation("means.labelHelp"));
        BigDecimalField quantity = new BigDecimalField(getTranslation("means.field.quantityOnly"));
        quantity.setId("means-quantity");
        TextField unit = new TextField(getTranslation("means.field.unit"));
        unit.setId("means-unit");
        unit.setMaxLength(50);
        unit.setHelperText(getTranslation("means.unitHelp"));
        ComboBox<FundingSource> source = new ComboBox<>(getTranslation("means.field.source"), FundingSource.values());
        source.setId("means-source");
        source.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        MultiSelectComboBox<ObjectiveState> served = new MultiSelectComboBox<>(getTranslation("means.field.objectives"),
                objectives);
        served.setId("means-objectives");
        served.setItemLabelGenerator(o -> o.draft().title());
        category.addValueChangeListener(e -> {
            unit.setEnabled(e.getValue() == null || e.getValue() == MeansCategory.SERVICE_OFFER);
            source.setEnabled(e.getValue() == MeansCategory.FUNDING);
        });
        if (existing != null) {
            parties.stream().filter(p -> p.id() == existing.partyId()).findFirst().ifPresent(party::setValue);
            fields.stream().filter(f -> f.id() == existing.fieldId()).findFirst().ifPresent(field::setValue);
            year.setValue(existing.year());
            category.setValue(existing.category());
            label.setValue(existing.label());
            quantity.setValue(existing.quantity());
            unit.setValue(existing.unit());
            source.setValue(existing.source());
            served.setValue(objectives.stream().filter(o -> existing.objectiveIds().contains(o.id()))
                    .collect(Collectors.toSet()));
        }
        Paragraph error = new Paragraph();
        error.setId("means-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(party, field, year, category, label, quantity, unit, source, served);
        form.setColspan(served, 2);
        add(form, error);
        Button save = new Button(getTranslation("action.save"), e -> {
            MeansDraft d = new MeansDraft(party.getValue() == null ? null : party.getValue().id(),
                    field.getValue() == null ? null : field.getValue().id(), year.getValue(), category.getValue(),
                    label.getValue(), quantity.getValue(), unit.getValue(), source.getValue(),
                    served.getValue().stream().map(ObjectiveState::id).collect(Collectors.toSet()));
            try {
                if (existing == null) {
                    means.create(conventionId, d);
                } else {
                    means.update(existing.id(), d);
                }
                Notifications.success("means.saved");
                close();
                saved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("means-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        Objects.requireNonNull(means);
    }
}
