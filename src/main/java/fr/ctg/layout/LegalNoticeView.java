package fr.ctg.layout;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** {@code /mentions-legales}: who publishes and hosts this portal, linked from every page. */
@Route(value = "mentions-legales", autoLayout = false)
@AnonymousAllowed
class LegalNoticeView extends LegalPage {

    LegalNoticeView(LegalTexts texts) {
        super(texts, "mentions-legales", "legal.notice.title");
        setId("legal-notice");
    }
}
