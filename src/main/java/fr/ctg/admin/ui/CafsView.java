package fr.ctg.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.ctg.convention.CafSummary;
import fr.ctg.security.CafAdministration;
import jakarta.annotation.security.PermitAll;

/** The Cafs: all of them for the platform administrator (who creates them), their own for Cafs' administrators. */
@Route("administration/cafs")
@Menu(order = 23, icon = "vaadin:building", title = "nav.cafs")
@PermitAll
@CafAdministration
class CafsView extends VerticalLayout implements HasDynamicTitle {

    CafsView(CafServices services) {
        setId("cafs-view");
        Grid<CafSummary> grid = new Grid<>();
        grid.setId("cafs-grid");
        grid.addColumn(CafSummary::name).setHeader(getTranslation("caf.name")).setSortable(true);
        grid.addColumn(CafSummary::departement).setHeader(getTranslation("caf.departement")).setSortable(true);
        grid.addColumn(CafSummary::conventions).setHeader(getTranslation("caf.conventions"));
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("caf.open"), e -> open(c));
            open.setId("caf-open-" + c.code());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation("caf.open.aria", c.name()));
            return open;
        }).setHeader(getTranslation("members.col.actions"));
        grid.setAllRowsVisible(true);
        grid.setItems(services.cafs().cafs());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation("cafs.heading")), new Paragraph(getTranslation("cafs.intro")));
        if (services.access().isPlatformAdmin()) {
            Button create = new Button(getTranslation("caf.new"), e -> new NewCafDialog(services.cafs(), this::open).open());
            create.setId("caf-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(grid);
    }

    private void open(CafSummary caf) {
        UI.getCurrent().navigate(CafView.class, new RouteParameters("cafId", String.valueOf(caf.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cafs.title");
    }
}
