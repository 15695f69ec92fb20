package fr.ctg.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.base.ui.WordDiffs;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Every saved version of a co-edited item (an article, an annex, an evaluative question), a word-by-word comparison
 * of any two, restoring an old one. The item's module says what its versions are ({@link Source}); the panel shows
 * them. Its controls have the ids {@code <prefix>-grid}, {@code -compare}, {@code -restore} and {@code -diff}.
 */
@NamedInterface("ui")
public class RevisionHistoryPanel extends VerticalLayout {

    /** One saved version: its revision, the version as people count it, when, who, the i18n keys of what changed. */
    public record Row(long revision, long versionNumber, Instant at, String who, List<String> changedKeys) {
    }

    /**
     * One field that differs between two versions: its label's key, and the words that changed for a text
     * ({@code words}), or else the i18n keys of the value before and after.
     */
    public record Change(String labelKey, @Nullable List<WordDiff.Segment> words, @Nullable String beforeKey,
                         @Nullable String afterKey) {

        public static Change ofText(String labelKey, List<WordDiff.Segment> words) {
            return new Change(labelKey, words, null, null);
        }

        public static Change ofValue(String labelKey, String beforeKey, String afterKey) {
            return new Change(labelKey, null, beforeKey, afterKey);
        }
    }

    /** What the item's module tells the panel (it checks access itself). */
    public interface Source {

        /** Every saved version, newest first. */
        List<Row> revisions();

        /** What changed from the older of two revisions to the newer. */
        List<Change> diff(long revisionA, long revisionB);
    }

    private final Source source;
    private final Grid<Row> grid = new Grid<>();
    private final Div diff = new Div();
    private final Button compare = new Button();
    private final Button restore = new Button();
    private boolean stale = true;
    private boolean showing;

    public RevisionHistoryPanel(String idPrefix, Source source, boolean canRestore, LongConsumer onRestore) {
        this.source = source;
        setPadding(false);
        grid.setId(idPrefix + "-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(Row::versionNumber).setHeader(getTranslation("objective.history.version"))
                .setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(TimeConfig.ZONE);
        grid.addColumn(r -> when.format(r.at())).setHeader(getTranslation("objective.history.when")).setAutoWidth(true);
        grid.addColumn(Row::who).setHeader(getTranslation("objective.history.who")).setAutoWidth(true);
        grid.addColumn(r -> r.changedKeys().stream().map(this::getTranslation).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("objective.history.what")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> updateButtons());
        compare.setText(getTranslation("objective.history.compare"));
        compare.setId(idPrefix + "-compare");
        compare.addClickListener(e -> showDiff());
        restore.setText(getTranslation("objective.history.restore"));
        restore.setId(idPrefix + "-restore");
        restore.setVisible(canRestore);
        restore.addClickListener(e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(r -> onRestore.accept(r.revision())));
        diff.setId(idPrefix + "-diff");
        diff.addClassName("ctg-diff");
        add(new Paragraph(getTranslation("objective.history.help")), grid, new HorizontalLayout(compare, restore), diff);
    }

    /** Something was saved: the list is read again now if shown, else when next shown. */
    public void markStale() {
        stale = true;
        if (showing) {
            refresh();
        }
    }

    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) {
            refresh();
        }
    }

    private void refresh() {
        stale = false;
        grid.setItems(source.revisions());
        diff.removeAll();
        updateButtons();
    }

    private void updateButtons() {
        int selected = grid.getSelectedItems().size();
        compare.setEnabled(selected == 2);
        restore.setEnabled(restore.isVisible() && selected == 1);
    }

    private void showDiff() {
        List<Row> two = new ArrayList<>(grid.getSelectedItems());
        List<Change> changes = source.diff(two.get(0).revision(), two.get(1).revision());
        diff.removeAll();
        if (changes.isEmpty()) {
            diff.add(new Paragraph(getTranslation("objective.history.noDifference")));
        }
        for (Change change : changes) {
            diff.add(new H4(getTranslation(change.labelKey())));
            if (change.words() != null) {
                diff.add(WordDiffs.render(change.words()));
            } else {
                diff.add(new Paragraph(getTranslation(String.valueOf(change.beforeKey())) + " → "
                        + getTranslation(String.valueOf(change.afterKey()))));
            }
        }
    }
}
