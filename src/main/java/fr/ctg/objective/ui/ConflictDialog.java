package fr.ctg.objective.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.ctg.objective.FieldConflict;
import fr.ctg.objective.ObjectiveDraft;
import fr.ctg.objective.SaveOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real conflict: for each field both people changed, the person's value and the saved one side by
 * side; they choose, then save again from the version they now know.
 */
class ConflictDialog extends Dialog {

    enum Choice { MINE, THEIRS }

    private final List<RadioButtonGroup<Choice>> choices = new ArrayList<>();

    ConflictDialog(SaveOutcome.Conflict conflict, ObjectiveChoices format, Consumer<ObjectiveDraft> onResolved) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("objective.conflict.title"));
        setModal(true);
        add(new Paragraph(getTranslation("objective.conflict.intro", conflict.lastEditor())));
        for (FieldConflict c : conflict.conflicts()) {
            Div block = new Div();
            block.addClassName("ctg-conflict");
            block.add(new H4(getTranslation(c.field().labelKey())));
            Div sides = new Div(side("objective.conflict.mine", format.format(c.field(), c.mine(), this)),
                    side("objective.conflict.theirs", format.format(c.field(), c.theirs(), this), conflict.lastEditor()));
            sides.addClassName("ctg-conflict-sides");
            RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation("objective.conflict.keep"));
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(ch -> ch == Choice.MINE ? getTranslation("objective.conflict.keepMine")
                    : getTranslation("objective.conflict.keepTheirs", conflict.lastEditor()));
            choice.setValue(Choice.MINE);
            choice.setId("conflict-choice-" + c.field().name());
            choices.add(choice);
            block.add(sides, choice);
            add(block);
        }
        Button apply = new Button(getTranslation("objective.conflict.apply"), e -> {
            ObjectiveDraft resolved = conflict.merged();
            for (int i = 0; i < conflict.conflicts().size(); i++) {
                FieldConflict c = conflict.conflicts().get(i);
                resolved = resolved.with(c.field(), choices.get(i).getValue() == Choice.MINE ? c.mine() : c.theirs());
            }
            close();
            onResolved.accept(resolved);
        });
        apply.setId("conflict-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, apply);
    }

    private Div side(String labelKey, String value, Object... args) {
        Div side = new Div(new Div(getTranslation(labelKey, args)), new Div(value));
        side.addClassName("ctg-conflict-side");
        return side;
    }
}
