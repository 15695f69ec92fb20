package fr.ctg.document.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A document opened in the documents page, for features that link to them without depending on this one (search). */
@Component
class DocumentPageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.DOCUMENT
                ? Optional.of(new Address(DocumentsView.class, RouteParameters.empty(),
                        QueryParameters.of("ouvrir", String.valueOf(ref.id()))))
                : Optional.empty();
    }
}
