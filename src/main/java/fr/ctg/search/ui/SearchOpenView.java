package fr.ctg.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinker;
import fr.ctg.base.ui.PageLinks;
import fr.ctg.convention.ui.CurrentConvention;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/**
 * Where a search result leads: the result's convention becomes the one the person works in (after the same membership
 * check as the convention switcher), then the page that shows the item opens. Only the kinds a search finds.
 */
@Route("recherche/resultat/:conventionId([0-9]{1,18})/:kind/:id([0-9]{1,18})")
@PermitAll
class SearchOpenView extends Div implements BeforeEnterObserver {

    private static final Set<PageRef.Kind> FOUND = Set.of(PageRef.Kind.OBJECTIVE, PageRef.Kind.DOCUMENT,
            PageRef.Kind.MINUTES, PageRef.Kind.MEETING, PageRef.Kind.INDICATOR);

    private final CurrentConvention currentConvention;
    private final PageLinker pages;

    SearchOpenView(CurrentConvention currentConvention, PageLinker pages) {
        this.currentConvention = currentConvention;
        this.pages = pages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = event.getRouteParameters();
        PageRef.Kind kind = FOUND.stream().filter(k -> k.name().equals(p.get("kind").orElse(""))).findFirst()
                .orElseThrow(NotFoundException::new);
        long conventionId = Long.parseLong(p.get("conventionId").orElseThrow());
        long id = Long.parseLong(p.get("id").orElseThrow());
        currentConvention.select(conventionId);
        PageLinks.Address address = pages.address(new PageRef(kind, id));
        event.forwardTo(RouteConfiguration.forSessionScope().getUrl(address.view(), address.parameters()),
                address.query());
    }
}
