package fr.ctg.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * The one {@link HttpClient} every simulated browser shares (HTTP/1.1 like a browser on plain http, no redirects
 * followed, no cookie handler: each {@link VaadinBrowser} keeps its own cookies), and the app's base address.
 */
final class LoadHttp {

    /** Set by the {@code load} profile to the app it started; a developer may point it at a running app. */
    static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8080");

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private LoadHttp() {
    }

    static URI uri(String pathAndQuery) {
        return URI.create(BASE + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
    }

    /** ws:// for http://, wss:// for https:// (the pathAndQuery must already be encoded). */
    static URI wsUri(String pathAndQuery) {
        return URI.create(BASE.replaceFirst("^http", "ws") + pathAndQuery);
    }
}
