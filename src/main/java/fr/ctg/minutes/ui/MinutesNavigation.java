package fr.ctg.minutes.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Typed ways into the minutes pages for other features: their routes stay this feature's business. */
@NamedInterface("navigation")
public final class MinutesNavigation {

    private MinutesNavigation() {
    }

    /** A link to one compte rendu. */
    public static RouterLink link(String text, long minutesId) {
        return new RouterLink(text, MinutesView.class, new RouteParameters("minutesId", String.valueOf(minutesId)));
    }
}
