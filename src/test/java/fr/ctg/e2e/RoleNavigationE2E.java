package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every demo role logs in with the real form, sees what the navigation offers it, visits every page it offers
 * (axe-core on each: no serious or critical WCAG 2.1 A/AA violation), and logs out from the user menu.
 */
class RoleNavigationE2E {

    static final Map<String, List<Map<String, Object>>> AXE = new LinkedHashMap<>();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "admin|Tableau de bord,Convention,Avenants,Moyens (annexe 1),Diagnostic partagé,Objectifs,Plan d’action,Délibérations,Documents,Calendrier,Comptes rendus,Indicateurs,Évaluation,Rapports,Contributions,Échanges de données,Membres,Paramètres,Journal,Caf",
            "cafadmin|Tableau de bord,Convention,Avenants,Moyens (annexe 1),Diagnostic partagé,Objectifs,Plan d’action,Délibérations,Documents,Calendrier,Comptes rendus,Indicateurs,Évaluation,Rapports,Contributions,Échanges de données,Membres,Paramètres,Journal,Caf",
            "secretariat|Tableau de bord,Convention,Avenants,Moyens (annexe 1),Diagnostic partagé,Objectifs,Plan d’action,Délibérations,Documents,Calendrier,Comptes rendus,Indicateurs,Évaluation,Rapports,Contributions,Échanges de données",
            "copil|Tableau de bord,Convention,Avenants,Moyens (annexe 1),Diagnostic partagé,Objectifs,Plan d’action,Délibérations,Documents,Calendrier,Comptes rendus,Indicateurs,Évaluation,Rapports,Échanges de données",
            "suivi|Tableau de bord,Convention,Avenants,Moyens (annexe 1),Diagnostic partagé,Objectifs,Plan d’action,Délibérations,Documents,Calendrier,Comptes rendus,Indicateurs,Évaluation,Échanges de données",
            "referent|Tableau de bord,Convention,Avenants,Moyens (annexe 1),Diagnostic partagé,Objectifs,Plan d’action,Délibérations,Documents,Calendrier,Comptes rendus,Indicateurs,Évaluation,Rapports,Contributions,Échanges de données",
            "lecteur|Tableau de bord,Convention,Avenants,Moyens (annexe 1),Diagnostic partagé,Objectifs,Plan d’action,Délibérations,Documents,Calendrier,Comptes rendus,Indicateurs,Évaluation,Échanges de données",
            "association|Tableau de bord,Plan d’action,Documents,Comptes rendus,Indicateurs,Contributions"})
    void aRoleSeesItsPagesAccessibleAndLogsOut(String username, String expectedMenu) throws Exception {
        try (Browser b = new Browser()) {
            b.open("login");
            record(username + " /login", b);
            b.login(username);
            assertThat(b.menu()).containsExactly(expectedMenu.split(","));
            List<String> hrefs = new ArrayList<>();
            for (WebElement item : b.driver.findElements(By.cssSelector("vaadin-side-nav-item"))) {
                hrefs.add(item.getAttribute("path"));
            }
            for (String path : hrefs) {
                b.open(path == null ? "" : path.replaceFirst("^/", ""));
                record(username + " /" + path, b);
            }
            b.screenshot("navigation-" + username);
            b.logout();
            new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/login"));
        }
        assertThat(AXE.entrySet().stream().filter(e -> e.getKey().startsWith(username + " "))
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + " → " + v))).isEmpty();
    }

    void record(String page, Browser b) {
        AXE.put(page, AxeReport.record(b, page));
    }
}
