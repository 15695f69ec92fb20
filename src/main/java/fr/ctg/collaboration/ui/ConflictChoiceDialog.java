package fr.ctg.collaboration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.ctg.base.merge.FieldMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * A real conflict on a co-edited item: for each field both people changed, the person's value and the saved one side
 * by side; they choose, then the caller saves again from the version they now know. The answer lists, in the order
 * given, whether the person keeps their own value.
 */
@NamedInterface("ui")
public class ConflictChoiceDialog extends Dialog {

    /** One conflicting field: its id (for the page), its label and both values as text. */
    public record Side(String fieldId, String label, String mine, String theirs) {
    }

    public enum Choice { MINE, THEIRS }

    /** The sides of a three-way merge's conflicts ({@link FieldMerge}), each field labelled by its translation key. */
    public static <F extends Enum<F>> List<Side> sides(List<FieldMerge.Conflict<F>> conflicts,
                                                       Function<F, String> labelKey) {
        return conflicts.stream().map(c -> new Side(c.field().name(),
                UI.getCurrent().getTranslation(labelKey.apply(c.field())), String.valueOf(c.mine()),
                String.valueOf(c.theirs()))).toList();
    }

    private final List<RadioButtonGroup<Choice>> choices = new ArrayList<>();

    public ConflictChoiceDialog(List<Side> conflicts, String lastEditor, Consumer<List<Boolean>> onResolved) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("objective.conflict.title"));
        setModal(true);
        add(new Paragraph(getTranslation("objective.conflict.intro", lastEditor)));
        for (Side c : conflicts) {
            Div block = new Div();
            block.addClassName("ctg-conflict");
            block.add(new H4(c.label()));
            Div sides = new Div(side("objective.conflict.mine", c.mine()),
                    side("objective.conflict.theirs", c.theirs(), lastEditor));
            sides.addClassName("ctg-conflict-sides");
            RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation("objective.conflict.keep"));
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(ch -> ch == Choice.MINE ? getTranslation("objective.conflict.keepMine")
                    : getTranslation("objective.conflict.keepTheirs", lastEditor));
            choice.setValue(Choice.MINE);
            choice.setId("conflict-choice-" + c.fieldId());
            choices.add(choice);
            block.add(sides, choice);
            add(block);
        }
        Button apply = new Button(getTranslation("objective.conflict.apply"), e -> {
            close();
            onResolved.accept(choices.stream().map(ch -> ch.getValue() == Choice.MINE).toList());
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
