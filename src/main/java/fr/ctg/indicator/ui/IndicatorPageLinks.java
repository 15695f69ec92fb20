package fr.ctg.indicator.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The indicators page (one indicator's details opened), for features that link to it without depending on this one. */
@Component
class IndicatorPageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return switch (ref.kind()) {
            case INDICATOR -> Optional.of(new Address(IndicatorsView.class, RouteParameters.empty(),
                    QueryParameters.of("ouvrir", String.valueOf(ref.id()))));
            case INDICATORS -> Optional.of(new Address(IndicatorsView.class, RouteParameters.empty()));
            default -> Optional.empty();
        };
    }
}
