package fr.ctg.objective.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.FieldRef;
import fr.ctg.objective.NewObjective;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.objective.ObjectiveValidationException;
import java.util.List;
import java.util.Set;

/** Creates an objective from a title and a field, then opens it in the editor. */
class NewObjectiveDialog extends Dialog {

    NewObjectiveDialog(ObjectiveService objectives, List<FieldRef> fields, long conventionId) {
        setId("new-objective-dialog");
        setHeaderTitle(getTranslation("objectives.create"));
        TextField title = new TextField(getTranslation("objective.field.TITLE"));
        title.setId("new-objective-title");
        title.setMaxLength(300);
        title.setWidthFull();
        Select<FieldRef> field = new Select<>();
        field.setId("new-objective-field");
        field.setLabel(getTranslation("objective.field.FIELD"));
        field.setItems(fields);
        field.setItemLabelGenerator(f -> f.position() + ". " + f.title());
        add(new FormLayout(title, field));
        Button create = new Button(getTranslation("objectives.create.confirm"), e -> {
            try {
                long id = objectives.create(conventionId, new NewObjective(field.getValue() == null ? -1 : field.getValue().id(),
                        title.getValue(), null, ObjectiveStatus.PLANNED, 0, Set.of()));
                close();
                UI.getCurrent().navigate(ObjectiveEditorView.class, new RouteParameters("objectiveId", String.valueOf(id)));
            } catch (ObjectiveValidationException ex) {
                var target = ex.getField() == ObjectiveField.FIELD ? field : null;
                if (target != null) {
                    field.setErrorMessage(Notifications.message(ex));
                    field.setInvalid(true);
                } else {
                    title.setErrorMessage(Notifications.message(ex));
                    title.setInvalid(true);
                }
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        create.setId("new-objective-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
