package fr.ctg.objective;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.objective.ui.ObjectiveEditorView;

/** Typed ways into the objective pages for other features: their routes stay this feature's business. */
public final class ObjectiveNavigation {

    private ObjectiveNavigation() {
    }

    /** A link to one objective's page. */
    public static RouterLink editLink(String text, long objectiveId) {
        return new RouterLink(text, ObjectiveEditorView.class,
                new RouteParameters("objectiveId", String.valueOf(objectiveId)));
    }
}
