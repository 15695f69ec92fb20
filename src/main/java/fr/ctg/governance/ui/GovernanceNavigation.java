package fr.ctg.governance.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.router.RouterLink;

/** Typed ways into the governance pages for other features: their routes stay this feature's business. */
@NamedInterface("navigation")
public final class GovernanceNavigation {

    private GovernanceNavigation() {
    }

    /** A link to the calendar (meetings and deadlines) of the convention shown. */
    public static RouterLink calendarLink(String text) {
        return new RouterLink(text, AgendaView.class);
    }
}
