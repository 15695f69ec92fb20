package fr.ctg.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.minutes.MinutesDetails;
import fr.ctg.minutes.NewActionItem;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.MemberSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records an action item: what, its owner (a member or a named person), due date, objective. */
class ActionItemDialog extends Dialog {

    ActionItemDialog(MinutesUiServices services, long conventionId, MinutesDetails.SectionItem section,
                     LinkTitles links, Runnable saved) {
        setId("action-dialog");
        setHeaderTitle(getTranslation("minutes.action.add"));
        setWidth("min(40rem, 95vw)");
        TextField what = new TextField(getTranslation("minutes.action.what"));
        what.setId("action-what");
        what.setMaxLength(500);
        Map<Long, MemberSummary> members = new LinkedHashMap<>();
        services.accounts().members(conventionId).forEach(m -> members.putIfAbsent(m.accountId(), m));
        ComboBox<MemberSummary> owner = new ComboBox<>(getTranslation("minutes.action.owner"),
                List.copyOf(members.values()));
        owner.setId("action-owner");
        owner.setItemLabelGenerator(m -> m.displayName() + (m.organisation() == null ? "" : " (" + m.organisation() + ")"));
        TextField ownerName = new TextField(getTranslation("minutes.action.ownerName"));
        ownerName.setId("action-owner-name");
        ownerName.setHelperText(getTranslation("minutes.action.ownerNameHelp"));
        DatePicker due = new DatePicker(getTranslation("minutes.action.dueDate"));
        due.setId("action-due");
        due.setLocale(getLocale());
        ComboBox<ObjectiveSummary> objective = new ComboBox<>(getTranslation("minutes.action.objective"),
                links.objectives());
        objective.setId("action-objective");
        objective.setItemLabelGenerator(ObjectiveSummary::title);
        objective.setClearButtonVisible(true);
        Paragraph error = new Paragraph();
        error.setId("action-error");
        error.addClassName("ctg-error-text");
        add(new FormLayout(what, due, owner, ownerName, objective), error);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                services.editing().addAction(new NewActionItem(section.id(), what.getValue(),
                        owner.getValue() == null ? null : owner.getValue().accountId(), ownerName.getValue(),
                        due.getValue(), objective.getValue() == null ? null : objective.getValue().id()));
                close();
                saved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
