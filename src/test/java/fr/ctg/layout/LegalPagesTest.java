package fr.ctg.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The accessibility statement and the legal notice: readable without logging in, linked from every page's frame. */
class LegalPagesTest extends KaribuTest {

    private static String legalText() {
        return _get(Html.class, spec -> spec.withId("legal-text")).getInnerHtml();
    }

    @Test
    void theAccessibilityStatementSaysItsLevelItsTestsItsContactAndTheRemediesInTheReadersLanguage() {
        UI.getCurrent().navigate("accessibilite");
        assertThat(legalText()).contains("<strong>partiellement conforme</strong>", "RGAA", "version 4.1",
                "119 pages", "0 non-conformité grave", "Défenseur des droits", "Libre réponse 71120")
                .doesNotContain("{publisher}", "{audit.");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("mentions-legales");
        UI.getCurrent().navigate("accessibilite");
        assertThat(legalText()).contains("<strong>partially compliant</strong>", "Remedies").doesNotContain("Voies");
    }

    @Test
    void theLegalNoticeNamesThePublisherAndTheHostOrSaysWhatIsToFillIn() {
        UI.getCurrent().navigate("mentions-legales");
        assertThat(legalText()).contains("Éditeur", "Hébergement", "l’organisme qui exploite ce portail", "hébergeur à renseigner",
                "ctg.legal.publisher", "ctg.legal.host")
                .doesNotContain("{");
    }

    @Test
    void everyPageOfThePortalLinksToBoth() {
        loginAndOpen("lecteur", "");
        assertThat(_get(RouterLink.class, spec -> spec.withId("footer-accessibility")).getText())
                .isEqualTo("Accessibilité : partiellement conforme");
        assertThat(_get(RouterLink.class, spec -> spec.withId("footer-legal")).getHref()).isEqualTo("mentions-legales");
    }
}
