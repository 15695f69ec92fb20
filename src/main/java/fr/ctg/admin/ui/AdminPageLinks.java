package fr.ctg.admin.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The members page, for features that link to it without depending on this one (notifications). */
@Component
class AdminPageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.MEMBERS
                ? Optional.of(new Address(MembersView.class, RouteParameters.empty()))
                : Optional.empty();
    }
}
