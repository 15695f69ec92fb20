package fr.ctg.objective.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Typed ways into the objective pages for other features: their routes stay this feature's business. */
@NamedInterface("navigation")
public final class ObjectiveNavigation {

    private ObjectiveNavigation() {
    }

    /** A link to one objective's page. */
    public static RouterLink editLink(String text, long objectiveId) {
        return new RouterLink(text, ObjectiveEditorView.class,
                new RouteParameters("objectiveId", String.valueOf(objectiveId)));
    }
}
