package fr.ctg.convention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.ui.WordDiffs;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.convention.TextDiff;
import fr.ctg.convention.TextPart;
import fr.ctg.convention.TextRevision;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** Every saved version of an article or annex, a word-by-word comparison of any two, restoring an old one. */
class TextHistoryPanel extends VerticalLayout {

    private final ConventionTextService texts;
    private final long conventionId;
    private final TextPart part;
    private final int number;
    private final Grid<TextRevision> grid = new Grid<>();
    private final Div diff = new Div();
    private final Button compare = new Button();
    private final Button restore = new Button();
    private boolean stale = true;
    private boolean showing;

    TextHistoryPanel(ConventionTextService texts, long conventionId, TextPart part, int number, boolean canRestore,
                     LongConsumer onRestore) {
        this.texts = texts;
        this.conventionId = conventionId;
        this.part = part;
        this.number = number;
        setPadding(false);
        grid.setId("text-history-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(TextRevision::versionNumber).setHeader(getTranslation("objective.history.version"))
                .setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(TimeConfig.ZONE);
        grid.addColumn(r -> when.format(r.at())).setHeader(getTranslation("objective.history.when")).setAutoWidth(true);
        grid.addColumn(TextRevision::displayName).setHeader(getTranslation("objective.history.who")).setAutoWidth(true);
        grid.addColumn(r -> r.changed().stream().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("objective.history.what")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> updateButtons(canRestore));
        compare.setText(getTranslation("objective.history.compare"));
        compare.setId("text-history-compare");
        compare.addClickListener(e -> showDiff());
        restore.setText(getTranslation("objective.history.restore"));
        restore.setId("text-history-restore");
        restore.setVisible(canRestore);
        restore.addClickListener(e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(r -> onRestore.accept(r.revision())));
        diff.setId("text-history-diff");
        diff.addClassName("ctg-diff");
        add(new Paragraph(getTranslation("objective.history.help")), grid, new HorizontalLayout(compare, restore), diff);
    }

    void markStale() {
        stale = true;
        if (showing) {
            refresh();
        }
    }

    void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) {
            refresh();
        }
    }

    private void refresh() {
        stale = false;
        grid.setItems(texts.history(conventionId, part, number));
        diff.removeAll();
        updateButtons(restore.isVisible());
    }

    private void updateButtons(boolean canRestore) {
        int selected = grid.getSelectedItems().size();
        compare.setEnabled(selected == 2);
        restore.setEnabled(canRestore && selected == 1);
    }

    private void showDiff() {
        List<TextRevision> two = new ArrayList<>(grid.getSelectedItems());
        TextDiff d = texts.diff(conventionId, part, number, two.get(0).revision(), two.get(1).revision());
        diff.removeAll();
        if (d.changes().isEmpty()) {
            diff.add(new Paragraph(getTranslation("objective.history.noDifference")));
        }
        for (TextDiff.FieldChange change : d.changes()) {
            diff.add(new H4(getTranslation(change.field().labelKey())));
            if (change.field().isText()) {
                diff.add(WordDiffs.render(change.words()));
            } else {
                diff.add(new Paragraph(yesNo(change.before()) + " → " + yesNo(change.after())));
            }
        }
    }

    private String yesNo(Object value) {
        return getTranslation(Boolean.TRUE.equals(value) ? "convention.annex.provided" : "convention.annex.toCome");
    }
}
