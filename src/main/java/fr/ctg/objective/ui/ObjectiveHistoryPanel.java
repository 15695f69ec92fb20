package fr.ctg.objective.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.ctg.base.ui.WordDiffs;
import fr.ctg.objective.ObjectiveDiff;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveRevision;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Every saved version: who changed which fields and when; a word-level comparison of any two
 * versions; restoring an old version (which saves it as a new one).
 */
class ObjectiveHistoryPanel extends VerticalLayout {

    private final ObjectiveHistoryService history;
    private final ObjectiveChoices format;
    private final long objectiveId;
    private final Grid<ObjectiveRevision> grid = new Grid<>();
    private final Div diff = new Div();
    private final Button compare = new Button();
    private final Button restore = new Button();

    ObjectiveHistoryPanel(ObjectiveHistoryService history, ObjectiveChoices format, long objectiveId,
                          boolean canRestore, LongConsumer onRestore) {
        this.history = history;
        this.format = format;
        this.objectiveId = objectiveId;
        setPadding(false);
        grid.setId("history-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ObjectiveRevision::versionNumber).setHeader(getTranslation("objective.history.version"))
                .setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        grid.addColumn(r -> when.format(r.at())).setHeader(getTranslation("objective.history.when")).setAutoWidth(true);
        grid.addColumn(ObjectiveRevision::displayName).setHeader(getTranslation("objective.history.who"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.changedFields().stream().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("objective.history.what")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> updateButtons(canRestore));

        compare.setText(getTranslation("objective.history.compare"));
        compare.setId("history-compare");
        compare.addClickListener(e -> showDiff());
        restore.setText(getTranslation("objective.history.restore"));
        restore.setId("history-restore");
        restore.setVisible(canRestore);
        restore.addClickListener(e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(r -> onRestore.accept(r.revision())));
        diff.setId("history-diff");
        diff.addClassName("ctg-diff");
        add(new Paragraph(getTranslation("objective.history.help")), grid, new HorizontalLayout(compare, restore), diff);
    }

    /** The history is read only while its tab is shown: a save (anyone's) would otherwise reload it in every editor. */
    private boolean stale = true;
    private boolean showing;

    /** A new version was saved (here or elsewhere): reload now if shown, else when next shown. */
    void markStale() {
        stale = true;
        if (showing) {
            refresh();
        }
    }

    /** The history tab was selected (true) or left (false). */
    void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) {
            refresh();
        }
    }

    void refresh() {
        stale = false;
        grid.setItems(history.history(objectiveId));
        diff.removeAll();
        updateButtons(restore.isVisible());
    }

    private void updateButtons(boolean canRestore) {
        int selected = grid.getSelectedItems().size();
        compare.setEnabled(selected == 2);
        restore.setEnabled(canRestore && selected == 1);
    }

    private void showDiff() {
        List<ObjectiveRevision> two = new ArrayList<>(grid.getSelectedItems());
        ObjectiveDiff d = history.diff(objectiveId, two.get(0).revision(), two.get(1).revision());
        diff.removeAll();
        if (d.changes().isEmpty()) {
            diff.add(new Paragraph(getTranslation("objective.history.noDifference")));
        }
        for (ObjectiveDiff.FieldChange change : d.changes()) {
            diff.add(new H4(getTranslation(change.field().labelKey())));
            Div body;
            if (change.field().isText()) {
                body = WordDiffs.render(change.words());
            } else {
                body = new Div(new Span(format.format(change.field(), change.before(), this)), new Span(" → "),
                        new Span(format.format(change.field(), change.after(), this)));
                body.addClassName("ctg-diff-body");
            }
            diff.add(body);
        }
    }
}
