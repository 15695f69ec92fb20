package fr.ctg.avenant.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The consolidated version, the avenants and one avenant, for features that link to them (the text, the bell). */
@Component
class AvenantPageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return switch (ref.kind()) {
            case CONSOLIDATED -> Optional.of(new Address(ConsolidatedView.class, RouteParameters.empty()));
            case AVENANTS -> Optional.of(new Address(AvenantsView.class, RouteParameters.empty()));
            case AVENANT -> Optional.of(new Address(AvenantView.class,
                    new RouteParameters("avenantId", String.valueOf(ref.id()))));
            default -> Optional.empty();
        };
    }
}
