package fr.ctg.lifecycle.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The duration, termination and renewal page, for the convention's text and the bell. */
@Component
class LifecyclePageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.LIFECYCLE
                ? Optional.of(new Address(LifecycleView.class, RouteParameters.empty())) : Optional.empty();
    }
}
