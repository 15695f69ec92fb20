package fr.ctg.layout;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** {@code /accessibilite}: the RGAA 4.1 accessibility statement, linked from every page. */
@Route(value = "accessibilite", autoLayout = false)
@AnonymousAllowed
class AccessibilityStatementView extends LegalPage {

    AccessibilityStatementView(LegalTexts texts) {
        super(texts, "accessibilite", "legal.accessibility.title");
        setId("accessibility-statement");
    }
}
