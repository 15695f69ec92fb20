package fr.ctg.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.actionplan.ActionPlanService;
import fr.ctg.actionplan.ActionSheetDetails;
import fr.ctg.actionplan.ActionSheetDraft;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.csv.Csv;
import fr.ctg.base.ui.Notifications;
import fr.ctg.indicator.IndicatorSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a fiche action: target public, territory (the communes, one per line), partners, schedule, budget (one line
 * per funder: "Caf du Gers : 12 000"), indicators. A refusal is shown here and keeps what was typed.
 */
class ActionSheetDialog extends Dialog {

    ActionSheetDialog(ActionPlanService plan, ActionSheetDetails s, List<IndicatorSummary> indicators, Runnable saved) {
        setId("action-sheet-dialog");
        setHeaderTitle(getTranslation("actionSheet.edit", s.title()));
        setWidth("min(48rem, 96vw)");
        TextArea target = area("action-sheet-target", "actionSheet.field.targetPublic", s.sheet().targetPublic());
        TextArea territory = area("action-sheet-territory", "actionSheet.field.territory", s.sheet().territory());
        territory.setHelperText(getTranslation("actionSheet.territoryHelp"));
        TextArea partners = area("action-sheet-partners", "actionSheet.field.partners", s.sheet().partners());
        TextArea schedule = area("action-sheet-schedule", "actionSheet.field.schedule", s.sheet().schedule());
        TextArea budget = area("action-sheet-budget", "actionSheet.field.budget", s.sheet().budget().stream()
                .map(b -> b.funder() + " : " + b.amount().stripTrailingZeros().toPlainString().replace('.', ','))
                .collect(Collectors.joining("\n")));
        budget.setHelperText(getTranslation("actionSheet.budgetHelp"));
        MultiSelectComboBox<IndicatorSummary> linked = new MultiSelectComboBox<>(
                getTranslation("actionSheet.field.indicators"), indicators);
        linked.setId("action-sheet-indicators");
        linked.setItemLabelGenerator(IndicatorSummary::name);
        linked.setValue(indicators.stream().filter(i -> s.sheet().indicatorIds().contains(i.id()))
                .collect(Collectors.toSet()));
        Paragraph error = new Paragraph();
        error.setId("action-sheet-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(target, territory, partners, schedule, budget, linked);
        add(form, error);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                plan.save(s.conventionId(), s.objectiveId(), new ActionSheetDraft(target.getValue(),
                        territory.getValue(), partners.getValue(), schedule.getValue(), budget(budget.getValue()),
                        linked.getValue().stream().map(IndicatorSummary::id).collect(Collectors.toSet())));
                Notifications.success("actionSheet.saved");
                close();
                saved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("action-sheet-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextArea area(String id, String key, String value) {
        TextArea a = new TextArea(getTranslation(key));
        a.setId(id);
        a.setValue(value == null ? "" : value);
        return a;
    }

    /** "Funder : amount" lines; a line without a readable amount keeps a null amount, which the service refuses. */
    static List<ActionSheetDraft.BudgetLine> budget(String text) {
        List<ActionSheetDraft.BudgetLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            String funder = colon < 0 ? line : line.substring(0, colon);
            BigDecimal amount = colon < 0 ? null : Csv.number(line.substring(colon + 1).replace("€", ""));
            lines.add(new ActionSheetDraft.BudgetLine(funder.strip(), amount));
        }
        return lines;
    }
}
