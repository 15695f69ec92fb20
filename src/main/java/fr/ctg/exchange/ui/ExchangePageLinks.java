package fr.ctg.exchange.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The register of data exchanges, for features that link to it (the bell). */
@Component
class ExchangePageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.DATA_EXCHANGES
                ? Optional.of(new Address(DataExchangesView.class, RouteParameters.empty())) : Optional.empty();
    }
}
