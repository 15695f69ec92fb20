package fr.ctg.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.PhoneCards;
import fr.ctg.document.DocumentSummary;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The list of documents (sortable by each column); a click opens the document's versions. On a phone (narrower than
 * {@value PhoneCards#NARROW_PX} px) the columns give way to one readable card per document: title, kind or session, file.
 */
class DocumentGrid extends Grid<DocumentSummary> {

    DocumentGrid(boolean deliberations, Consumer<DocumentSummary> open) {
        setId(deliberations ? "deliberation-grid" : "document-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (deliberations) {
            Column<DocumentSummary> date = addColumn(d -> Formats.date(d.sessionDate(), getLocale()))
                    .setHeader(getTranslation("deliberation.sessionDate")).setSortable(true)
                    .setComparator(Comparator.comparing(DocumentSummary::sessionDate)).setAutoWidth(true);
            addColumn(d -> d.body() == null ? "" : getTranslation(d.body().labelKey()))
                    .setHeader(getTranslation("deliberation.body")).setSortable(true).setAutoWidth(true);
            addColumn(DocumentSummary::number).setHeader(getTranslation("deliberation.number")).setSortable(true)
                    .setAutoWidth(true);
            addColumn(DocumentSummary::title).setHeader(getTranslation("deliberation.subject")).setSortable(true)
                    .setFlexGrow(3);
            sort(List.of(new GridSortOrder<>(date, SortDirection.DESCENDING)));
        } else {
            addColumn(d -> getTranslation(d.kind().labelKey())).setHeader(getTranslation("document.kind"))
                    .setSortable(true).setAutoWidth(true);
            addColumn(DocumentSummary::title).setHeader(getTranslation("document.title")).setSortable(true)
                    .setFlexGrow(3);
        }
        addComponentColumn(d -> DocumentLinks.of(d.current())).setHeader(getTranslation("document.file")).setFlexGrow(3);
        addColumn(d -> d.current() == null ? 0 : d.current().number()).setHeader(getTranslation("document.version"))
                .setAutoWidth(true);
        PhoneCards.apply(this, getTranslation(deliberations ? "deliberation.subject" : "document.title"),
                d -> card(d, deliberations));
        addItemClickListener(e -> open.accept(e.getItem()));
        setAllRowsVisible(true);
    }

    private Component card(DocumentSummary d, boolean deliberations) {
        Span title = new Span(d.title());
        title.addClassName("ctg-card-title");
        String what = deliberations
                ? Formats.date(d.sessionDate(), getLocale()) + (d.body() == null ? "" : " · " + getTranslation(d.body().labelKey()))
                + (d.number() == null ? "" : " · " + d.number())
                : getTranslation(d.kind().labelKey()) + (d.current() == null ? "" : " · v" + d.current().number());
        Div card = new Div(title, new Div(new Span(what)), DocumentLinks.of(d.current()));
        card.addClassName("ctg-grid-card");
        return card;
    }
}
