package fr.ctg.convention.ui;

import fr.ctg.collaboration.ui.RevisionHistoryPanel;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.convention.TextDiff;
import fr.ctg.convention.TextPart;
import fr.ctg.convention.TextPartField;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Every saved version of an article or annex, a word-by-word comparison of any two, restoring an old one: the shared
 * {@link RevisionHistoryPanel} reading {@link ConventionTextService}.
 */
class TextHistoryPanel extends RevisionHistoryPanel {

    TextHistoryPanel(ConventionTextService texts, long conventionId, TextPart part, int number, boolean canRestore,
                     LongConsumer onRestore) {
        super("text-history", new Source() {
            @Override
            public List<Row> revisions() {
                return texts.history(conventionId, part, number).stream().map(r -> new Row(r.revision(),
                        r.versionNumber(), r.at(), r.displayName(),
                        r.changed().stream().map(TextPartField::labelKey).toList())).toList();
            }

            @Override
            public List<Change> diff(long revisionA, long revisionB) {
                return texts.diff(conventionId, part, number, revisionA, revisionB).changes().stream()
                        .map(TextHistoryPanel::change).toList();
            }
        }, canRestore, onRestore);
    }

    private static Change change(TextDiff.FieldChange c) {
        return c.field().isText() ? Change.ofText(c.field().labelKey(), c.words())
                : Change.ofValue(c.field().labelKey(), providedKey(c.before()), providedKey(c.after()));
    }

    private static String providedKey(Object value) {
        return Boolean.TRUE.equals(value) ? "convention.annex.provided" : "convention.annex.toCome";
    }
}
