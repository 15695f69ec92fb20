package fr.ctg.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The secretariat's steps to deposit a deliberation through the dialog, shared by journeys and drills. */
final class DeliberationUpload {

    private DeliberationUpload() {
    }

    /** Opens the dialog from the Délibérations page, describes the deliberation and chooses the file (upload starts). */
    static void fillAndChoose(Browser b, String number, Path file) {
        b.open("deliberations");
        b.click("deliberation-new");
        b.byId("deliberation-body").click();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> d.switchTo().activeElement() != null);
        b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        b.settle();
        b.type("deliberation-number", number);
        WebElement session = b.byId("deliberation-session").findElement(By.cssSelector("input"));
        session.sendKeys("15/09/2014");
        session.sendKeys(Keys.ENTER);
        b.settle();
        b.type("deliberation-subject", "Délibération déposée par le parcours de bout en bout");
        WebElement upload = b.byId("file-upload");
        List<WebElement> light = upload.findElements(By.cssSelector("input[type='file']"));
        WebElement input = light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"))
                : light.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits for the upload to be received, saves, and returns the download link of the file by its name. */
    static String saveAndFindDownload(Browser b, Path file) {
        String fileName = file.getFileName().toString();
        new WebDriverWait(b.driver, Duration.ofSeconds(120)).until(d -> Browser.text(d.findElement(By.id("file-chosen")))
                .contains(fileName));
        b.click("deliberation-save");
        return new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("a.ctg-download")).stream().filter(a -> a.getText().contains(fileName))
                .map(a -> a.getAttribute("href")).findFirst().orElse(null));
    }
}
