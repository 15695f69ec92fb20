package fr.ctg.governance.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The calendar, where meetings are, for features that link to them without depending on this one (search). */
@Component
class GovernancePageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.MEETING
                ? Optional.of(new Address(AgendaView.class, RouteParameters.empty()))
                : Optional.empty();
    }
}
