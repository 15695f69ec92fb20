package fr.ctg.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.evaluation.NewEvaluativeQuestion;
import java.util.List;
import java.util.stream.Collectors;

/** A question the COPIL negotiated: its text, track, groups and criteria; then it opens on its own page. */
class NewQuestionDialog extends Dialog {

    NewQuestionDialog(EvaluativeQuestionService service, long conventionId, List<ThematicGroupRef> groups) {
        setId("new-question-dialog");
        setHeaderTitle(getTranslation("evaluation.new"));
        TextArea text = new TextArea(getTranslation("evaluation.field.TEXT"));
        text.setId("new-question-text");
        text.setWidthFull();
        RadioButtonGroup<EvaluationTrack> track = new RadioButtonGroup<>(getTranslation("evaluation.field.TRACK"));
        track.setId("new-question-track");
        track.setItems(EvaluationTrack.values());
        track.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        track.setValue(EvaluationTrack.RESULTS);
        MultiSelectComboBox<ThematicGroupRef> chosen = new MultiSelectComboBox<>(
                getTranslation("evaluation.field.GROUPS"));
        chosen.setId("new-question-groups");
        chosen.setItems(groups);
        chosen.setItemLabelGenerator(ThematicGroupRef::name);
        TextArea criteria = new TextArea(getTranslation("evaluation.field.CRITERIA"));
        criteria.setId("new-question-criteria");
        criteria.setWidthFull();
        FormLayout form = new FormLayout(text, track, chosen, criteria);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(getTranslation("evaluation.new.create"), e -> {
            try {
                EvaluativeQuestionDetails q = service.create(conventionId, new NewEvaluativeQuestion(text.getValue(),
                        track.getValue(), chosen.getValue().stream().map(ThematicGroupRef::id)
                        .collect(Collectors.toSet()), criteria.getValue(), null));
                close();
                UI.getCurrent().navigate(EvaluativeQuestionView.class,
                        new RouteParameters("questionId", String.valueOf(q.id())));
            } catch (BusinessRuleException ex) {
                if (ex.getMessageKey().startsWith("evaluation.error.text")) {
                    text.setErrorMessage(Notifications.message(ex));
                    text.setInvalid(true);
                } else {
                    Notifications.error(ex);
                }
            }
        });
        create.setId("new-question-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
