package fr.ctg.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.ConventionOverview;

/** The territory portrait (Annexe 2) as a table; every figure states its year and source (Article 7). */
class TerritoryPortraitCard extends Div {

    TerritoryPortraitCard(ConventionOverview o) {
        addClassName("ctg-card");
        setId("card-portrait");
        add(DashboardView.cardTitle(this, "dashboard.portrait.title"));
        NativeTable table = new NativeTable();
        table.addClassName("ctg-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {"dashboard.portrait.figure", "dashboard.portrait.value",
                "dashboard.portrait.year", "dashboard.portrait.source"}) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (ConventionOverview.Figure f : o.territoryPortrait()) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(f.label()),
                    new NativeTableCell(Formats.number(f.value(), getLocale()) + (f.unit() == null ? "" : " " + f.unit())),
                    new NativeTableCell(f.year() == null ? "—" : String.valueOf(f.year())),
                    new NativeTableCell(f.source()));
            body.add(row);
        }
        table.add(body);
        add(table);
    }
}
