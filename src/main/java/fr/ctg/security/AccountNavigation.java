package fr.ctg.security;

import com.vaadin.flow.component.UI;
import fr.ctg.security.ui.MyAccountView;

/** Typed ways into the account pages for other features: their routes stay this feature's business. */
public final class AccountNavigation {

    private AccountNavigation() {
    }

    /** Opens "Mon compte". */
    public static void toMyAccount() {
        UI.getCurrent().navigate(MyAccountView.class);
    }
}
