package fr.ctg.e2e;

import fr.ctg.security.SecondFactorService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium + chromedriver, a fresh profile) on the app started by the e2e profile:
 * logs in as a person would, waits for Vaadin to settle, runs axe-core on the page and takes screenshots.
 */
final class Browser implements AutoCloseable {

    static final String BASE = System.getProperty("e2e.baseUrl", "http://localhost:8080");
    static final Path OUT = Path.of(System.getProperty("e2e.outputDir", "target/e2e"));
    static final String PASSWORD = "ctg-demo-2026";

    final WebDriver driver;
    private final Path profile;

    private final String base;

    Browser() {
        this(BASE);
    }

    /** A browser on the application at this address (e.g. one a drill started itself). */
    Browser(String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("ctg-e2e-chromium");
            Files.createDirectories(OUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1400,1000", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Every Content-Security-Policy violation of every page this browser shows, kept across page loads (read at
        // close: a journey that broke the policy fails).
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (() => {
                  const K = '__cspViolations';
                  document.addEventListener('securitypolicyviolation', e => {
                    const a = JSON.parse(sessionStorage.getItem(K) || '[]');
                    a.push(e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + location.pathname
                        + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
                    sessionStorage.setItem(K, JSON.stringify(a));
                  }, true);
                })();"""));
        driver = chrome;
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    /** The Content-Security-Policy violations reported in this tab so far (empty if none). */
    String cspViolations() {
        try {
            Object v = ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('__cspViolations');");
            return v == null || "[]".equals(v) ? "" : v.toString();
        } catch (RuntimeException notOnThePortal) {
            return "";
        }
    }

    void open(String route) {
        driver.get(base + "/" + route);
        settle();
    }

    /** Waits until Vaadin has no request in flight. */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
    }

    void login(String username) {
        login(username, PASSWORD);
    }

    void login(String username, String password) {
        open("login");
        // A fresh application on a loaded machine may still be upgrading the form's elements when the page looks
        // ready: keys typed or a click made before then are lost. Wait for the upgraded form and check the values.
        WebElement form = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.tagName("vaadin-login-form")).stream().filter(f -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !!customElements.get('vaadin-login-form') && !!arguments[0].shadowRoot"
                                + " && !!customElements.get('vaadin-button')", f))).findFirst().orElse(null));
        WebElement user = form.findElement(By.cssSelector("input[name='username']"));
        WebElement secret = form.findElement(By.cssSelector("input[name='password']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            user.clear();
            user.sendKeys(username);
            secret.clear();
            secret.sendKeys(password);
            return username.equals(user.getDomProperty("value")) && password.equals(secret.getDomProperty("value"));
        });
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-button")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (TimeoutException e) {
            throw new AssertionError("still on " + driver.getCurrentUrl() + " 40 s after signing in as " + username
                    + "; the page shows: " + driver.findElement(By.tagName("body")).getText(), e);
        }
        settle();
    }

    /**
     * After an administrator's password: enrols an authenticator app as a person would, with the secret the page
     * shows (the code computed from it as the app does), and goes on to the portal; returns the secret.
     */
    String enrolSecondFactor() {
        String secret = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(By.id("second-factor-secret"));
            return found.isEmpty() ? null : found.getFirst().getDomAttribute("data-secret");
        });
        type("second-factor-code", code(secret));
        click("second-factor-confirm");
        waitText("second-factor-recovery-codes", "-");
        click("second-factor-continue");
        settle();
        return secret;
    }

    /** After an enrolled administrator's password: the app's present code. */
    void secondFactor(String secret) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("second-factor-verify")).isEmpty());
        type("second-factor-code", code(secret));
        click("second-factor-verify");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.id("second-factor-view")).isEmpty());
        settle();
    }

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    /** The code of the present 30-second step, waiting for the next step when this one was used already (a code is good once). */
    private static String code(String secret) {
        long step = Instant.now().getEpochSecond() / 30;
        while (LAST_STEP.getOrDefault(secret, -1L) >= step) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            step = Instant.now().getEpochSecond() / 30;
        }
        LAST_STEP.put(secret, step);
        return SecondFactorService.codeAt(secret, Instant.ofEpochSecond(step * 30));
    }

    /** "Se déconnecter" from the user menu (what comes after is the caller's to wait for). */
    void logout() {
        driver.findElement(By.id("user-menu")).click();
        settle();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("vaadin-menu-bar-item, vaadin-context-menu-item, [role='menuitem']")).stream()
                .filter(e -> e.getText().contains("Se déconnecter")).findFirst().orElse(null));
        item.click();
    }

    /** Chooses the item of an open select or combo overlay whose text contains {@code label}. */
    void choose(String selectId, String label) {
        click(selectId);
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("vaadin-select-item, vaadin-combo-box-item")).stream()
                        .filter(e -> e.isDisplayed() && e.getText().contains(label)).findFirst().orElse(null));
        // a long list scrolls: bring the item into its overlay's view first
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        settle();
    }

    /** Ticks the checkbox labelled {@code label} inside the checkbox group with this id. */
    void tick(String groupId, String label) {
        WebElement box = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                byId(groupId).findElements(By.cssSelector("vaadin-checkbox")).stream()
                        .filter(e -> e.getText().strip().equals(label)).findFirst().orElse(null));
        click(box.findElement(By.cssSelector("input")));
    }

    /** Clicks the side navigation item with this label. */
    void menu(String label) {
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                        .filter(e -> e.getText().strip().equals(label)).findFirst().orElse(null));
        click(item);
    }

    /** The page's visible text. */
    String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The labels of the side navigation. */
    List<String> menu() {
        List<String> labels = new ArrayList<>();
        for (WebElement item : driver.findElements(By.cssSelector("vaadin-side-nav-item"))) {
            labels.add(item.getText().strip());
        }
        return labels;
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns the serious and critical violations. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axe() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
            js.executeScript(axeSource());
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done([{id: 'passes', impact: 'none', nodes: r.passes.length}].concat("
                        + "r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.length, target: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}]));");
        List<Map<String, Object>> serious = new ArrayList<>();
        List<Map<String, Object>> all = (List<Map<String, Object>>) result;
        long passes = ((Number) all.getFirst().get("nodes")).longValue();
        if (!"passes".equals(all.getFirst().get("id")) || passes < 5) {
            throw new IllegalStateException("axe-core did not really run on " + driver.getCurrentUrl() + ": " + all);
        }
        lastPasses = passes;
        for (Map<String, Object> v : all.subList(1, all.size())) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v);
            }
        }
        return serious;
    }

    /** How many axe rules passed on the last page checked (proof that it ran). */
    long lastPasses;

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/e2e/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(OUT.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element with this id, once it is there. */
    WebElement byId(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id(id)));
    }

    /** The visible text of the element with this id, once it contains the expected words. */
    String waitText(String id, String expected) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            String text = found.isEmpty() ? "" : text(found.getFirst());
            return text.contains(expected) ? text : null;
        });
    }

    /** The element's text as the DOM holds it (also when scrolled out of sight), spaces collapsed. */
    static String text(WebElement element) {
        String content = element.getDomProperty("textContent");
        return content == null ? "" : content.replaceAll("\\s+", " ").strip();
    }

    String text(String id) {
        return text(byId(id));
    }

    /** Clicks into the native input slotted in a Vaadin field, replaces its text and leaves it with Tab. */
    void type(String id, String text) {
        WebElement input = byId(id).findElement(By.cssSelector("input, textarea"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        settle();
    }

    /** Types a day into a date picker as a person does: select its text, type over it, Enter closes the overlay. */
    void date(String id, String day) {
        WebElement picker = byId(id);
        WebElement input = picker.findElement(By.cssSelector("input"));
        // typed, not picked: the calendar that opens on the first key (and hides the page while it animates) is kept
        // shut, as the keyboard user who types a date would close it; on a loaded CI machine it once stayed open
        // behind the next field's typing and kept the page aria-hidden
        ((JavascriptExecutor) driver).executeScript("arguments[0].autoOpenDisabled = true;"
                + " arguments[1].scrollIntoView({block: 'center'}); arguments[1].focus()", picker, input);
        retype(day);
        input.sendKeys(Keys.ENTER);
        settle();
        pageNotHidden();
    }

    /**
     * While a picker's calendar is open (or closing) the rest of the page is aria-hidden: wait until the picker is
     * closed and the frame's navigation bar is no longer hidden, as a person would before going on.
     */
    void pageNotHidden() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        const open = document.querySelectorAll('vaadin-date-picker[opened]');
                        if (open.length) { open.forEach(p => p.close()); return false; }
                        const layout = document.querySelector('vaadin-app-layout');
                        const bar = layout && layout.shadowRoot && layout.shadowRoot.querySelector('#navbarTop');
                        return !bar || !bar.hasAttribute('aria-hidden');""")));
    }

    /** Keys sent to whatever has the focus, as a person typing does (no element is clicked first). */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Ctrl+A in the focused field, then the new text typed over the selection. */
    void retype(String text) {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
    }

    /** Scrolls the element to the middle of its scrolling area, then clicks it as the mouse does. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        settle();
    }

    void click(String id) {
        click(byId(id));
    }

    /** A screenshot and the page's text (notifications included), for a journey that failed. */
    void failed(String name) {
        screenshot(name);
        try {
            Files.writeString(OUT.resolve(name + ".txt"), driver.getCurrentUrl() + "\n\n"
                    + driver.findElement(By.tagName("body")).getText());
        } catch (IOException | RuntimeException e) {
            // the screenshot is what matters
        }
    }

    /** Presses Tab until the focus is inside the element with this id; fails past 80 presses. */
    void tabTo(String id) {
        tabToMatching("#" + id);
    }

    /** Presses Tab until the focus is inside an element matching this CSS selector; fails past 80 presses. */
    void tabToMatching(String selector) {
        for (int i = 0; i < 80; i++) {
            if (focusIn(selector)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new IllegalStateException("Tab never reached " + selector + " on " + driver.getCurrentUrl()
                + " (focus on " + focusedId() + ")");
    }

    boolean focusIn(String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(document.activeElement && document.activeElement.closest(arguments[0]))", selector));
    }

    /** The id of the element that has the focus, or of its nearest ancestor with an id. */
    String focusedId() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const a = document.activeElement; const e = a && a.closest('[id]'); return e ? e.id : null;");
    }

    /** The cookies of this browser, as a Cookie header (to download what a link points at). */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((x, y) -> x + "; " + y).orElse("");
    }

    @Override
    public void close() {
        String violations = cspViolations();
        driver.quit();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations: " + violations);
        }
    }
}
