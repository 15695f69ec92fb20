package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hole 6 of the security review: the packaged application sends a Content-Security-Policy, a referrer and a
 * permissions policy on every page, and, behind a TLS proxy (X-Forwarded-Proto from a trusted address), HSTS and a
 * Secure session cookie. (That no page breaks the policy is checked by every browser journey: see {@link Browser}.)
 */
class SecurityHeadersE2E {

    private static HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void headersCspReferrerAndPermissionsPoliciesOnEveryPage() throws Exception {
        for (String path : List.of("/login", "/mot-de-passe-oublie", "/confidentialite")) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'"));
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(r.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void headersHstsAndSecureCookiesAppearBehindATlsProxyOnly() throws Exception {
        HttpResponse<String> plain = get("/login", null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        assertThat(sessionCookies(plain)).allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));

        HttpResponse<String> proxied = get("/login", "https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h ->
                assertThat(h).contains("max-age="));
        assertThat(sessionCookies(proxied)).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
    }

    /** The browser journeys' guard sees a violation: an image from elsewhere is blocked and reported. */
    @Test
    void headersCspBlocksWhatComesFromElsewhereAndTheJourneysWouldSeeIt() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("login");
            assertThat(browser.cspViolations()).as("the login page itself keeps to the policy").isEmpty();
            ((JavascriptExecutor) browser.driver).executeScript(
                    "const i = document.createElement('img'); i.src = 'https://evil.example/pixel.png';"
                            + " document.body.appendChild(i);");
            new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> !browser.cspViolations().isEmpty());
            assertThat(browser.cspViolations()).contains("img-src", "evil.example");
            ((JavascriptExecutor) browser.driver).executeScript("sessionStorage.clear();");
        }
    }
}
