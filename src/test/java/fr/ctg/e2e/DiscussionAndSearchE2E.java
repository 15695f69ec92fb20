package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Ctrl-K puts the cursor in the header's search; the results page marks the words and opens the objective; there a
 * member writes in its discussion, answers, rewords the answer and reads its earlier version (axe on each page).
 */
class DiscussionAndSearchE2E {

    @Test
    void ctrlKFindsAnObjectiveWhereTheMemberDiscussesAnswersAndRewords() {
        try (Browser b = new Browser()) {
            try {
                b.login("copil");
                new Actions(b.driver).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
                Boolean inBox = new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> (Boolean)
                        ((JavascriptExecutor) d).executeScript("return !!document.activeElement"
                                + " && !!document.activeElement.closest('#search-box') || null"));
                assertThat(inBox).as("Ctrl-K focuses the search box").isTrue();
                b.keys("logement", Keys.ENTER);
                WebElement hit = new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.findElements(
                        By.cssSelector("a.ctg-search-title")).stream().filter(a -> a.getText().contains("conditions de logement"))
                        .findFirst().orElse(null));
                assertThat(b.driver.getCurrentUrl()).contains("/recherche?q=logement");
                assertThat(b.driver.findElements(By.cssSelector("#search-results mark"))).isNotEmpty();
                AxeReport.check(b, "search results (copil)");
                b.screenshot("search-results");
                b.click(hit);
                new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/objectifs/"));

                WebElement tab = new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("vaadin-tab")).stream().filter(t -> t.getText().contains("Discussion"))
                        .findFirst().orElse(null));
                b.click(tab);
                String question = "Qui suit le dossier logement ? " + System.currentTimeMillis() % 100000;
                b.type("comment-message", question);
                b.click("comment-post");
                WebElement mine = comment(b, question);
                String id = mine.getAttribute("id").substring("comment-".length());
                b.click("reply-" + id);
                b.type("reply-message-" + id, "Le service habitat, avec la Caf.");
                b.click("reply-send-" + id);
                WebElement answer = new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("#comment-" + id + " .ctg-replies .ctg-comment")).stream().findFirst()
                        .orElse(null));
                String answerId = answer.getAttribute("id").substring("comment-".length());
                b.click("edit-" + answerId);
                b.type("edit-message-" + answerId, "Le service habitat de la communauté de communes, avec la Caf.");
                b.click("edit-send-" + answerId);
                assertThat(b.waitText("comment-" + answerId, "communauté de communes")).contains("modifié le");
                AxeReport.check(b, "objective discussion with a reply (copil)");
                b.click("history-" + answerId);
                assertThat(b.waitText("comment-history", "Le service habitat, avec la Caf."))
                        .contains("remplacé le");
                b.screenshot("discussion-history");
            } catch (RuntimeException | AssertionError e) {
                b.failed("discussion-failed");
                throw e;
            }
        }
    }

    private static WebElement comment(Browser b, String text) {
        return new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#comment-thread > .ctg-comment")).stream().filter(c -> c.getText().contains(text))
                .findFirst().orElse(null));
    }
}
