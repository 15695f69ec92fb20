package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people on the same objective in two browsers, over the app's real push connection: each sees the other,
 * a field one of them is in is marked for the other, a save shows up on the other side without reloading, and
 * two saves of the same field end in the conflict choice, nothing lost.
 */
class CoEditingE2E {

    private static final Duration PUSH = Duration.ofSeconds(15);

    private static WebElement input(Browser b, String id) {
        return b.byId(id).findElement(By.cssSelector("input, textarea"));
    }

    private static String value(Browser b, String id) {
        return input(b, id).getDomProperty("value");
    }

    @Test
    void twoMembersEditTheSameObjectiveLive() {
        try (Browser sophie = new Browser(); Browser paul = new Browser()) {
            try {
                sophie.login("secretariat");
                paul.login("copil");
                sophie.open("objectifs");
                String href = sophie.driver.findElements(By.cssSelector("a.ctg-objective-link")).getFirst().getAttribute("href");
                sophie.driver.get(href);
                sophie.settle();
                paul.driver.get(href);
                paul.settle();

                // Each sees the other.
                new WebDriverWait(sophie.driver, PUSH).until(d -> Browser.text(d.findElement(By.id("presence-names")))
                        .contains("Paul Pilotage"));
                new WebDriverWait(paul.driver, PUSH).until(d -> Browser.text(d.findElement(By.id("presence-names")))
                        .contains("Sophie Secrétariat"));
                AxeReport.check(sophie, "objective editor, two people on it");

                // Sophie goes into the expected results; Paul sees whose field it is.
                sophie.click(input(sophie, "objective-expected-results"));
                new WebDriverWait(paul.driver, PUSH).until(d -> d.findElement(By.id("objective-expected-results"))
                        .getAttribute("class").contains("ctg-field-busy"));
                assertThat(paul.text("objective-expected-results")).contains("Sophie Secrétariat");
                paul.screenshot("coediting-field-marked");

                // Sophie changes the title and saves; Paul's page shows it without reloading.
                String sophiesTitle = "Titre revu en comité " + System.currentTimeMillis() % 100000;
                sophie.type("objective-title", sophiesTitle);
                sophie.click("objective-save");
                sophie.settle();
                new WebDriverWait(paul.driver, PUSH).until(d -> sophiesTitle.equals(value(paul, "objective-title")));
                assertThat(paul.text("objective-title-heading")).isEqualTo(sophiesTitle);
                assertThat(paul.waitText("objective-version", "Sophie Secrétariat")).contains("Sophie Secrétariat");

                // Both now change the progress; Sophie saves first, Paul's save shows the conflict with both values.
                paul.type("objective-progress", "35");
                sophie.type("objective-progress", "60");
                sophie.click("objective-save");
                sophie.settle();
                paul.waitText("objective-banner", "Sophie Secrétariat");
                paul.click("objective-save");
                paul.settle();
                String conflict = paul.waitText("conflict-dialog", "Sophie Secrétariat");
                assertThat(conflict).contains("35", "60");
                AxeReport.check(paul, "objective conflict dialog");
                paul.screenshot("coediting-conflict");
                paul.click("conflict-apply");
                paul.settle();
                new WebDriverWait(sophie.driver, PUSH).until(d -> "35".equals(value(sophie, "objective-progress")));
                assertThat(value(sophie, "objective-title")).isEqualTo(sophiesTitle);
                sophie.screenshot("coediting-final");
            } catch (RuntimeException | AssertionError e) {
                sophie.failed("coediting-failed-sophie");
                paul.failed("coediting-failed-paul");
                throw e;
            }
        }
    }
}
