package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.convention.ConventionSettings.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of named items (fields of intervention, thematic groups), optionally with a description: rename,
 * add, remove, move up or down. Items keep their id, so that renaming is not removing.
 */
class ItemsEditor extends Div {

    private record Line(Long id, TextField name, TextField description) {
    }

    private final String idPrefix;
    private final String nameLabel;
    private final boolean withDescription;
    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();

    ItemsEditor(String idPrefix, String nameLabel, boolean withDescription) {
        this.idPrefix = idPrefix;
        this.nameLabel = nameLabel;
        this.withDescription = withDescription;
        setId(idPrefix + "-editor");
        Button add = new Button(getTranslation("items.add"), VaadinIcon.PLUS.create(), e -> {
            addLine(null, "", "");
            lines.getLast().name().focus();
        });
        add.setId(idPrefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(rows, add);
    }

    void set(List<Item> items) {
        lines.clear();
        items.forEach(i -> addLine(i.id(), i.name(), i.description()));
    }

    List<Item> value() {
        return lines.stream().map(l -> new Item(l.id(), l.name().getValue(),
                l.description() == null ? null : l.description().getValue())).toList();
    }

    private void addLine(Long id, String name, String description) {
        TextField n = new TextField();
        n.setAriaLabel(nameLabel);
        n.setPlaceholder(nameLabel);
        n.setValue(name == null ? "" : name);
        n.setWidth("min(28rem, 90vw)");
        TextField d = null;
        if (withDescription) {
            d = new TextField();
            d.setAriaLabel(getTranslation("items.description"));
            d.setPlaceholder(getTranslation("items.description"));
            d.setValue(description == null ? "" : description);
            d.setWidth("min(28rem, 90vw)");
        }
        lines.add(new Line(id, n, d));
        redraw();
    }

    private void redraw() {
        rows.removeAll();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int index = i;
            line.name().setId(idPrefix + "-name-" + (i + 1));
            Button up = icon(VaadinIcon.ARROW_UP, "items.up", () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = icon(VaadinIcon.ARROW_DOWN, "items.down", () -> move(index, 1));
            down.setEnabled(i < lines.size() - 1);
            Button remove = icon(VaadinIcon.TRASH, "items.remove", () -> {
                lines.remove(index);
                redraw();
            });
            remove.setId(idPrefix + "-remove-" + (i + 1));
            HorizontalLayout row = new HorizontalLayout(line.name());
            if (line.description() != null) {
                row.add(line.description());
            }
            row.add(up, down, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            rows.add(row);
        }
    }

    private void move(int index, int delta) {
        int target = index + delta;
        if (target >= 0 && target < lines.size()) {
            Line l = lines.remove(index);
            lines.add(target, l);
            redraw();
        }
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        return b;
    }
}
