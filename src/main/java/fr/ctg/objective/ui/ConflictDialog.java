package fr.ctg.objective.ui;

import com.vaadin.flow.component.UI;
import fr.ctg.collaboration.ui.ConflictChoiceDialog;
import fr.ctg.objective.FieldConflict;
import fr.ctg.objective.ObjectiveDraft;
import fr.ctg.objective.SaveOutcome;
import java.util.List;
import java.util.function.Consumer;

/** An objective's real conflict, shown with the shared choice dialog; the chosen values make the draft saved again. */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static ConflictChoiceDialog of(SaveOutcome.Conflict conflict, ObjectiveChoices format,
                                   Consumer<ObjectiveDraft> onResolved) {
        UI ui = UI.getCurrent();
        List<ConflictChoiceDialog.Side> sides = conflict.conflicts().stream()
                .map(c -> new ConflictChoiceDialog.Side(c.field().name(), ui.getTranslation(c.field().labelKey()),
                        format.format(c.field(), c.mine(), ui), format.format(c.field(), c.theirs(), ui)))
                .toList();
        return new ConflictChoiceDialog(sides, conflict.lastEditor(), keepMine -> {
            ObjectiveDraft resolved = conflict.merged();
            for (int i = 0; i < conflict.conflicts().size(); i++) {
                FieldConflict c = conflict.conflicts().get(i);
                resolved = resolved.with(c.field(), keepMine.get(i) ? c.mine() : c.theirs());
            }
            onResolved.accept(resolved);
        });
    }
}
