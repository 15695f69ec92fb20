package fr.ctg.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.base.PageRef;
import java.util.Optional;

/**
 * Implemented (as a Spring bean) by the feature that owns the pages of some {@link PageRef.Kind}s: the address of
 * such a page, or empty for kinds it does not own. Others reach it through {@link PageLinker}.
 */
public interface PageLinks {

    Optional<Address> address(PageRef ref);

    /** A routed view and its parameters. */
    record Address(Class<? extends Component> view, RouteParameters parameters, QueryParameters query) {

        public Address(Class<? extends Component> view, RouteParameters parameters) {
            this(view, parameters, QueryParameters.empty());
        }

        public RouterLink link(String text) {
            RouterLink link = new RouterLink(text, view, parameters);
            link.setQueryParameters(query);
            return link;
        }

        public void navigate(UI ui) {
            ui.navigate(view, parameters, query);
        }
    }
}
