package fr.ctg.document.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.IssuingBody;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Search by words (title, number, description), issuing body or folder, and a date range. */
class DocumentSearchBar extends HorizontalLayout {

    private final TextField text = new TextField();
    private final Select<IssuingBody> body = new Select<>();
    private final Select<DocumentKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final boolean deliberations;

    DocumentSearchBar(boolean deliberations, Consumer<DocumentQuery> onSearch) {
        this.deliberations = deliberations;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        text.setId("search-text");
        text.setLabel(getTranslation("document.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        from.setId("search-from");
        from.setLabel(getTranslation("document.search.from"));
        to.setId("search-to");
        to.setLabel(getTranslation("document.search.to"));
        add(text);
        if (deliberations) {
            body.setId("search-body");
            body.setLabel(getTranslation("deliberation.body"));
            body.setEmptySelectionAllowed(true);
            body.setEmptySelectionCaption(getTranslation("document.search.any"));
            body.setItems(IssuingBody.values());
            body.setItemLabelGenerator(b -> b == null ? getTranslation("document.search.any") : getTranslation(b.labelKey()));
            add(body, from, to);
        } else {
            kind.setId("search-kind");
            kind.setLabel(getTranslation("document.folder"));
            kind.setEmptySelectionAllowed(true);
            kind.setEmptySelectionCaption(getTranslation("document.search.allFolders"));
            List<DocumentKind> kinds = new ArrayList<>(List.of(DocumentKind.values()));
            kind.setItems(kinds);
            kind.setItemLabelGenerator(k -> k == null ? getTranslation("document.search.allFolders") : getTranslation(k.labelKey()));
            add(kind);
        }
        text.addValueChangeListener(e -> onSearch.accept(query()));
        body.addValueChangeListener(e -> onSearch.accept(query()));
        kind.addValueChangeListener(e -> onSearch.accept(query()));
        from.addValueChangeListener(e -> onSearch.accept(query()));
        to.addValueChangeListener(e -> onSearch.accept(query()));
    }

    DocumentQuery query() {
        return deliberations
                ? new DocumentQuery(text.getValue(), DocumentKind.DELIBERATION, body.getValue(), from.getValue(), to.getValue())
                : new DocumentQuery(text.getValue(), kind.getValue(), null, null, null);
    }
}
