package fr.ctg.security.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.UI;

/** Typed ways into the account pages for other features: their routes stay this feature's business. */
@NamedInterface("navigation")
public final class AccountNavigation {

    private AccountNavigation() {
    }

    /** Opens "Mon compte". */
    public static void toMyAccount() {
        UI.getCurrent().navigate(MyAccountView.class);
    }
}
