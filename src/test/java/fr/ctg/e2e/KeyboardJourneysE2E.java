package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journeys done with the keyboard only: no element is clicked; Tab moves the focus, keys are typed into
 * whatever has it, Enter and Space act. (Going to an address is typing it in the address bar.)
 */
class KeyboardJourneysE2E {

    private static void keyboardLogin(Browser b, String username) {
        b.open("login");
        b.tabToMatching("vaadin-login-form input[name='username']");
        b.keys(username, Keys.TAB);
        b.keys(Browser.PASSWORD, Keys.ENTER);
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        b.settle();
    }

    private static String value(Browser b, String id) {
        return b.byId(id).findElement(By.cssSelector("input, textarea")).getDomProperty("value");
    }

    @Test
    void loginWithTheKeyboardOnly() {
        try (Browser b = new Browser()) {
            keyboardLogin(b, "lecteur");
            assertThat(b.driver.findElement(By.id("convention-title")).getText()).contains("Savès");
            AxeReport.check(b, "dashboard (lecteur, after keyboard login)");
            b.screenshot("keyboard-login");
        }
    }

    @Test
    void anObjectiveIsEditedWithTheKeyboardOnly() {
        try (Browser b = new Browser()) {
            try {
                keyboardLogin(b, "copil");
                b.open("objectifs");
                AxeReport.check(b, "objectives (copil)");
                // Into the second field's table, down to its first objective, Enter to reach the link, Enter to follow it.
                b.tabTo("objectives-field-2");
                for (int i = 0; i < 4 && !b.focusIn("a.ctg-objective-link"); i++) {
                    b.keys(b.focusIn("vaadin-grid") && i == 0 ? Keys.TAB : Keys.ENTER);
                    b.settle();
                }
                assertThat(b.focusIn("a.ctg-objective-link")).as("focus on an objective link").isTrue();
                b.keys(Keys.ENTER);
                new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/objectifs/\\d+"));
                b.settle();
                AxeReport.check(b, "objective editor (copil)");

                String result = "Résultat attendu saisi au clavier " + System.currentTimeMillis() % 100000;
                b.tabTo("objective-expected-results");
                b.retype(result);
                b.tabTo("objective-progress");
                b.retype("45");
                b.tabTo("objective-save");
                b.keys(Keys.ENTER);
                b.settle();
                b.waitText("objective-version", "Paul Pilotage");
                b.driver.navigate().refresh();
                b.settle();
                assertThat(value(b, "objective-expected-results")).isEqualTo(result);
                assertThat(value(b, "objective-progress")).isEqualTo("45");
                b.screenshot("keyboard-objective");
            } catch (RuntimeException | AssertionError e) {
                b.failed("keyboard-objective-failed");
                throw e;
            }
        }
    }

    @Test
    void indicatorValuesAreEnteredWithTheKeyboardOnly() {
        try (Browser b = new Browser()) {
            try {
                keyboardLogin(b, "referent");
                b.open("indicateurs/saisie");
                String lastYear = String.valueOf(LocalDate.now().getYear() - 1);
                String thisYear = String.valueOf(LocalDate.now().getYear());
                b.tabTo("entry-period");
                b.retype(lastYear);
                b.tabTo("entry-show");
                b.keys(Keys.ENTER);
                b.settle();
                AxeReport.check(b, "indicator entry (referent)");
                WebElement first = new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("vaadin-text-field[id^='entry-value-']:not([disabled])")).stream().findFirst().orElse(null));
                String id = first.getAttribute("id");
                String previous = value(b, id);
                String typed = previous.isBlank() ? "12" : previous;

                b.tabTo("entry-period");
                b.retype(thisYear);
                b.tabTo("entry-show");
                b.keys(Keys.ENTER);
                b.settle();
                assertThat(value(b, id)).isEmpty();
                b.tabTo(id);
                b.keys(typed);
                b.tabTo("entry-save");
                b.keys(Keys.ENTER);
                b.settle();
                b.waitText("entry-status", "1 valeur(s) sur");
                b.screenshot("keyboard-indicator-entry");

                b.driver.navigate().refresh();
                b.settle();
                b.tabTo("entry-period");
                b.retype(thisYear);
                b.tabTo("entry-show");
                b.keys(Keys.ENTER);
                b.settle();
                assertThat(value(b, id)).isEqualTo(typed);
            } catch (RuntimeException | AssertionError e) {
                b.failed("keyboard-indicator-failed");
                throw e;
            }
        }
    }
}
