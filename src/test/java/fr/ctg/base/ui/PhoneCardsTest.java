package fr.ctg.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns on a wide screen, one card per row on a phone; the card's controls keep unique ids. */
class PhoneCardsTest {

    @Test
    void aPhoneSeesTheCardAWideScreenTheColumnsAnUnknownWidthTheColumns() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s).setHeader("Nom");
        grid.addColumn(String::length).setHeader("Longueur");
        PhoneCards.apply(grid, "Nom", s -> PhoneCards.card(new Span(s), "longueur " + s.length()));
        List<Grid.Column<String>> all = grid.getColumns();
        assertThat(all).hasSize(3);
        List<Grid.Column<String>> wide = all.subList(0, 2);
        Grid.Column<String> narrow = all.get(2);
        assertThat(narrow.isVisible()).as("hidden until the width is known").isFalse();

        PhoneCards.fit(wide, narrow, 390);
        assertThat(narrow.isVisible()).isTrue();
        assertThat(wide).noneMatch(Grid.Column::isVisible);
        PhoneCards.fit(wide, narrow, 1280);
        assertThat(narrow.isVisible()).isFalse();
        assertThat(wide).allMatch(Grid.Column::isVisible);
        PhoneCards.fit(wide, narrow, 0);
        assertThat(wide).as("a browser that gives no width keeps the columns").allMatch(Grid.Column::isVisible);
    }

    @Test
    void aCardHoldsItsTitleAndItsNonEmptyDetailsAndItsControlsGetTheirOwnIds() {
        var card = PhoneCards.card(new Span("Programme"), "PDF", "", null, "v2");
        assertThat(card.getElement().getTextRecursively()).isEqualTo("ProgrammePDFv2");
        assertThat(card.getClassNames()).contains("ctg-grid-card");

        Button edit = new Button("Modifier");
        edit.setId("member-edit-7");
        HorizontalLayout actions = new HorizontalLayout(edit);
        actions.setId("member-actions-7");
        PhoneCards.cardCopy(actions);
        assertThat(actions.getId()).contains("member-actions-7-card");
        assertThat(edit.getId()).contains("member-edit-7-card");
    }
}
