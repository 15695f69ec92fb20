package fr.ctg.governance.ui;

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
import fr.ctg.governance.MilestoneService;
import fr.ctg.security.MemberSummary;
import java.util.List;
import java.util.stream.Collectors;

/** Adds an evaluation milestone (Annexe 4) with its owner. */
class MilestoneDialog extends Dialog {

    MilestoneDialog(MilestoneService milestoneService, long conventionId, List<MemberSummary> members, Runnable onSaved) {
        setId("milestone-dialog");
        setHeaderTitle(getTranslation("milestone.new"));
        TextField title = new TextField(getTranslation("milestone.title"));
        title.setId("milestone-title");
        title.setMaxLength(300);
        DatePicker due = new DatePicker(getTranslation("milestone.due"));
        due.setId("milestone-due");
        ComboBox<MemberSummary> owner = new ComboBox<>(getTranslation("milestone.owner"), members.stream()
                .collect(Collectors.toMap(MemberSummary::accountId, m -> m, (a, b) -> a)).values());
        owner.setId("milestone-owner");
        owner.setItemLabelGenerator(MemberSummary::displayName);
        Paragraph error = new Paragraph();
        error.setId("milestone-error");
        error.addClassName("ctg-error-text");
        add(new FormLayout(title, due, owner), error);
        Button save = new Button(getTranslation("milestone.save"), e -> {
            try {
                milestoneService.addMilestone(conventionId, title.getValue(), due.getValue(),
                        owner.getValue() == null ? null : owner.getValue().accountId());
                close();
                Notifications.success("milestone.saved");
                onSaved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("milestone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
