package fr.ctg.journal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import fr.ctg.journal.ui.JournalView;
import java.util.Map;

/** Typed ways into the journal page for other features: its route and parameters stay this feature's business. */
public final class JournalNavigation {

    private JournalNavigation() {
    }

    /** Opens the journal of one Caf. */
    public static void toCaf(long cafId) {
        UI.getCurrent().navigate(JournalView.class, QueryParameters.simple(Map.of("caf", String.valueOf(cafId))));
    }
}
