package fr.ctg.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated browser: its own cookies (the HTTP session), a form login as the Vaadin {@code LoginForm} posts it,
 * and the tabs (Vaadin UIs) it opens. Thread-safe enough for one driver thread per browser plus the heartbeat timer.
 */
final class VaadinBrowser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAM_META = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<VaadinTab> tabs = new ArrayList<>();
    private String username;

    String username() {
        return username;
    }

    synchronized List<VaadinTab> tabs() {
        return List.copyOf(tabs);
    }

    synchronized String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    synchronized String cookie(String name) {
        return cookies.get(name);
    }

    private synchronized void remember(HttpResponse<?> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(LoadHttp.uri(pathAndQuery))
                .timeout(Duration.ofSeconds(120))
                .header("User-Agent", "ctg-load/1 (java.net.http)")
                .header("Accept-Language", "fr-FR,fr;q=0.9");
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = LoadHttp.CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(response);
            return response;
        } catch (IOException e) {
            throw new LoadFailure(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }

    /** GET of an HTML page (the index page Vaadin serves for every route); returns its body. */
    String page(String path) {
        HttpResponse<String> r = send(request(path).header("Accept", "text/html").GET().build());
        if (r.statusCode() != 200) {
            throw new LoadFailure("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /**
     * Logs in as the login view does: GET /login (a session and Spring Security's CSRF token in the page's
     * {@code _csrf} meta tag, which Vaadin's bootstrap puts there for native form posts), then the form POST of
     * username, password and {@code _csrf}. Spring answers 302 to the saved request (or /) and a new session id
     * (session fixation protection); a refused login redirects to /login?error.
     */
    void login(String username, String password) {
        String html = page("/login");
        Matcher token = CSRF_META.matcher(html);
        Matcher param = CSRF_PARAM_META.matcher(html);
        if (!token.find()) {
            throw new LoadFailure("no _csrf meta tag in the login page");
        }
        String csrfParam = param.find() ? param.group(1) : "_csrf";
        String sessionBefore = cookie("JSESSIONID");
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&" + enc(csrfParam) + "=" + enc(token.group(1));
        HttpResponse<String> r = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = r.headers().firstValue("location").orElse("");
        if (r.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new LoadFailure("login of " + username + " refused: " + r.statusCode() + " → " + location);
        }
        String sessionAfter = cookie("JSESSIONID");
        if (sessionAfter == null || sessionAfter.equals(sessionBefore)) {
            throw new LoadFailure("login of " + username + " gave no new session");
        }
        this.username = username;
    }

    /**
     * Opens a new tab on a route: the index page, Vaadin's init request (a new UI), the client-side navigation
     * event; checks that the navigation rendered the element with id {@code expectElementId} (if given).
     */
    VaadinTab openTab(String route, String expectElementId) {
        VaadinTab tab = VaadinTab.open(this, route);
        if (expectElementId != null && tab.nodeOf(expectElementId) < 0) {
            throw new LoadFailure("tab " + route + " of " + username + " has no element #" + expectElementId);
        }
        synchronized (this) {
            tabs.add(tab);
        }
        return tab;
    }

    /** Logs out with the form POST Spring Security expects (its CSRF token from an index page); ends the session. */
    void logout() {
        String html = page("/");
        Matcher token = CSRF_META.matcher(html);
        if (!token.find()) {
            throw new LoadFailure("no _csrf meta tag");
        }
        for (VaadinTab tab : tabs()) {
            tab.discard();
        }
        HttpResponse<String> r = send(request("/logout")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token.group(1)))).build());
        if (r.statusCode() != 302) {
            throw new LoadFailure("logout answered " + r.statusCode());
        }
        synchronized (this) {
            tabs.clear();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
