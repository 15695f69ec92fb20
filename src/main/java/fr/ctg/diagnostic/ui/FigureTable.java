package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fr.ctg.base.i18n.Formats;
import fr.ctg.diagnostic.DiagnosticFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Characteristics as a table (figure, value, year, source); with {@code remove}, each row can be taken out. */
class FigureTable extends NativeTable {

    FigureTable(String id, List<DiagnosticFigure> figures, Consumer<List<DiagnosticFigure>> remove) {
        setId(id);
        addClassName("ctg-table");
        NativeTableRow head = new NativeTableRow();
        List<String> keys = new ArrayList<>(List.of("diagnostic.figure.label", "diagnostic.figure.value",
                "diagnostic.figure.year", "diagnostic.figure.source"));
        if (remove != null) {
            keys.add("diagnostic.actions");
        }
        for (String key : keys) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < figures.size(); i++) {
            DiagnosticFigure f = figures.get(i);
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(f.label()),
                    new NativeTableCell(Formats.number(f.value(), getLocale()) + (f.unit() == null ? "" : " " + f.unit())),
                    new NativeTableCell(String.valueOf(f.year())), new NativeTableCell(f.source()));
            if (remove != null) {
                int index = i;
                Button out = new Button(getTranslation("action.remove"), e -> {
                    List<DiagnosticFigure> rest = new ArrayList<>(figures);
                    rest.remove(index);
                    remove.accept(rest);
                });
                out.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                out.getElement().setAttribute("aria-label", getTranslation("diagnostic.removeNamed", f.label()));
                row.add(new NativeTableCell(out));
            }
            body.add(row);
        }
        add(body);
    }
}
