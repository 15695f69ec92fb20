package fr.ctg.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * On a phone (a window narrower than {@value #NARROW_PX} px) a grid's columns give way to one readable card per row
 * (each column truncated to a few letters at 390 px is what people met); wider, the columns come back. Call once,
 * after the grid's columns are added.
 */
public final class PhoneCards {

    public static final int NARROW_PX = 640;

    private PhoneCards() {
    }

    public static <T> void apply(Grid<T> grid, String header, SerializableFunction<T, Component> card) {
        List<Grid.Column<T>> wide = new ArrayList<>(grid.getColumns());
        Grid.Column<T> narrow = grid.addComponentColumn(card::apply).setHeader(header).setFlexGrow(1);
        narrow.setVisible(false);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(event -> {
            var page = event.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(wide, narrow, details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(e -> fit(wide, narrow, e.getWidth()));
        });
        grid.addDetachListener(event -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    /** A card: its title (a text or a link) first, then one line per detail (empty ones left out). */
    public static Div card(Component title, String... details) {
        title.getElement().getClassList().add("ctg-card-title");
        Div card = new Div(title);
        for (String d : details) {
            if (d != null && !d.isBlank()) {
                card.add(new Div(new Span(d)));
            }
        }
        card.addClassName("ctg-grid-card");
        return card;
    }

    /**
     * The same controls as in a row's columns, for its card: their ids get "-card" appended, so that each id stays
     * unique on the page (both are in it; one is hidden).
     */
    public static <C extends Component> C cardCopy(C controls) {
        controls.getId().ifPresent(id -> controls.setId(id + "-card"));
        controls.getChildren().forEach(PhoneCards::cardCopy);
        return controls;
    }

    static <T> void fit(List<Grid.Column<T>> wide, Grid.Column<T> narrow, int width) {
        boolean phone = width > 0 && width < NARROW_PX;
        wide.forEach(c -> c.setVisible(!phone));
        narrow.setVisible(phone);
    }
}
