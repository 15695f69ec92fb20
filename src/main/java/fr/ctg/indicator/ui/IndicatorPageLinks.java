package fr.ctg.indicator.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The indicators page, for features that link to them without depending on this one (search). */
@Component
class IndicatorPageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.INDICATOR || ref.kind() == PageRef.Kind.INDICATORS
                ? Optional.of(new Address(IndicatorsView.class, RouteParameters.empty()))
                : Optional.empty();
    }
}
