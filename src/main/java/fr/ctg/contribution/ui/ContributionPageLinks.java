package fr.ctg.contribution.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The answers to a call, for features that link to them without depending on this one (notifications). */
@Component
class ContributionPageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.CONTRIBUTION_CALL
                ? Optional.of(new Address(CallReviewView.class, new RouteParameters("callId", String.valueOf(ref.id()))))
                : Optional.empty();
    }
}
