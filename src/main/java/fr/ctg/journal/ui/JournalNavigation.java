package fr.ctg.journal.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/** Typed ways into the journal page for other features: its route and parameters stay this feature's business. */
@NamedInterface("navigation")
public final class JournalNavigation {

    private JournalNavigation() {
    }

    /** Opens the journal of one Caf. */
    public static void toCaf(long cafId) {
        UI.getCurrent().navigate(JournalView.class, QueryParameters.simple(Map.of("caf", String.valueOf(cafId))));
    }
}
