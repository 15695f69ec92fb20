package fr.ctg.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.contribution.NewCall;
import fr.ctg.contribution.OrganisationSummary;
import fr.ctg.contribution.Question;
import fr.ctg.contribution.QuestionKind;
import fr.ctg.convention.ThematicGroupRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A new call for contributions: instructions, groups, questions (typed), dates and invited organisations. */
class CallDialog extends Dialog {

    private record QuestionRow(TextField label, Select<QuestionKind> kind, Checkbox required, TextField choices) {
    }

    private final List<QuestionRow> rows = new ArrayList<>();
    private final Div questions = new Div();

    CallDialog(ContributionUiServices services, long conventionId, Runnable created) {
        setId("call-dialog");
        setHeaderTitle(getTranslation("contribution.call.new"));
        setWidth("min(56rem, 96vw)");
        TextField title = new TextField(getTranslation("contribution.call.title"));
        title.setId("call-title");
        TextArea instructions = new TextArea(getTranslation("contribution.call.instructions"));
        instructions.setId("call-instructions");
        MultiSelectComboBox<ThematicGroupRef> groups = new MultiSelectComboBox<>(getTranslation("contribution.call.groups"),
                services.conventions().thematicGroups(conventionId));
        groups.setId("call-groups");
        groups.setItemLabelGenerator(ThematicGroupRef::name);
        DatePicker opens = new DatePicker(getTranslation("contribution.call.opens"));
        opens.setId("call-opens");
        DatePicker closes = new DatePicker(getTranslation("contribution.call.closes"));
        closes.setId("call-closes");
        MultiSelectComboBox<OrganisationSummary> organisations = new MultiSelectComboBox<>(
                getTranslation("contribution.call.organisations"), services.partners().organisations(conventionId));
        organisations.setId("call-organisations");
        organisations.setItemLabelGenerator(OrganisationSummary::name);
        FormLayout form = new FormLayout(title, opens, closes, groups, organisations, instructions);
        form.setColspan(instructions, 2);
        form.setColspan(title, 2);
        questions.setId("call-questions");
        Button addQuestion = new Button(getTranslation("contribution.call.addQuestion"), e -> addRow());
        addQuestion.setId("call-add-question");
        Paragraph error = new Paragraph();
        error.setId("call-error");
        error.addClassName("ctg-error-text");
        add(form, new H4(getTranslation("contribution.call.questions")), questions, addQuestion, error);
        addRow();
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                List<Question> qs = rows.stream().map(r -> new Question(r.label().getValue(), r.kind().getValue(),
                        r.required().getValue(), Arrays.stream(r.choices().getValue().split(";")).map(String::strip)
                        .filter(x -> !x.isEmpty()).toList())).toList();
                services.calls().create(conventionId, new NewCall(title.getValue(), instructions.getValue(),
                        groups.getValue().stream().map(ThematicGroupRef::id).collect(Collectors.toSet()), qs,
                        opens.getValue(), closes.getValue(),
                        organisations.getValue().stream().map(OrganisationSummary::id).collect(Collectors.toSet())));
                Notifications.success("contribution.call.created");
                close();
                created.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("call-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void addRow() {
        int n = rows.size() + 1;
        TextField label = new TextField(getTranslation("contribution.call.question", n));
        label.setId("question-label-" + n);
        label.setWidth("24rem");
        Select<QuestionKind> kind = new Select<>();
        kind.setId("question-kind-" + n);
        kind.setLabel(getTranslation("contribution.call.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(QuestionKind.LONG_TEXT);
        Checkbox required = new Checkbox(getTranslation("contribution.call.required"));
        required.setId("question-required-" + n);
        TextField choices = new TextField(getTranslation("contribution.call.choices"));
        choices.setId("question-choices-" + n);
        choices.setHelperText(getTranslation("contribution.call.choicesHelp"));
        HorizontalLayout row = new HorizontalLayout(label, kind, required, choices);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        rows.add(new QuestionRow(label, kind, required, choices));
        questions.add(row);
    }
}
