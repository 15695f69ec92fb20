package fr.ctg.avenant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.ctg.avenant.ChangeTexts;
import fr.ctg.avenant.ConventionChange;
import fr.ctg.avenant.FieldValue;
import fr.ctg.avenant.SnapshotItem;
import fr.ctg.avenant.ValueKind;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.base.ui.MarkdownBlock;
import fr.ctg.base.ui.WordDiffs;
import java.util.Locale;

/** How modifications and items of the convention show on a page: labels, values, word diffs of texts. */
final class ChangeRendering {

    private ChangeRendering() {
    }

    /** One modification: each field before → after; texts as a word diff. */
    static Div change(ChangeTexts texts, Locale locale, ConventionChange c) {
        Div box = new Div();
        box.addClassName("ctg-change");
        for (ConventionChange.FieldChange f : c.fields()) {
            Div row = new Div();
            row.addClassName("ctg-change-field");
            row.add(new Span(texts.t(locale, f.labelKey()) + " : "));
            if (c.kind() == ConventionChange.Kind.CHANGED
                    && (f.kind() == ValueKind.TEXT || f.kind() == ValueKind.MARKDOWN)) {
                row.add(WordDiffs.render(WordDiff.diff(f.before(), f.after())));
            } else if (c.kind() == ConventionChange.Kind.ADDED) {
                row.add(new Span(texts.value(locale, f.kind(), f.after())));
            } else {
                row.add(new Span(texts.value(locale, f.kind(), f.before()) + " → "
                        + texts.value(locale, f.kind(), f.after())));
            }
            box.add(row);
        }
        return box;
    }

    /** One item as it stands: Markdown texts rendered, other fields as "label : value". */
    static Div item(ChangeTexts texts, Locale locale, SnapshotItem item) {
        Div box = new Div();
        box.addClassName("ctg-consolidated-item");
        for (FieldValue f : item.fields()) {
            if (f.labelKey().endsWith(".TITLE") || f.shown().isEmpty()) {
                continue;
            }
            Component value = f.kind() == ValueKind.MARKDOWN ? MarkdownBlock.of(f.shown())
                    : new Span(texts.value(locale, f.kind(), f.shown()));
            if (f.kind() == ValueKind.MARKDOWN) {
                box.add(value);
            } else {
                Div row = new Div(new Span(texts.t(locale, f.labelKey()) + " : "), value);
                row.addClassName("ctg-consolidated-field");
                box.add(row);
            }
        }
        return box;
    }
}
