package fr.ctg.objective.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The objective pages, for features that link to them without depending on this one (search). */
@Component
class ObjectivePageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        return ref.kind() == PageRef.Kind.OBJECTIVE
                ? Optional.of(new Address(ObjectiveEditorView.class, new RouteParameters("objectiveId", String.valueOf(ref.id()))))
                : Optional.empty();
    }
}
