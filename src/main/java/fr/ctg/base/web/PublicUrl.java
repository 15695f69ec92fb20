package fr.ctg.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address ({@code ctg.base-url}, {@code CTG_BASE_URL}), the start of every link sent by e-mail.
 * It is required outside the demo: without it, start-up stops with one line saying so ({@link MissingBaseUrlException}).
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${ctg.base-url:}") String baseUrl, @Value("${ctg.demo.enabled:false}") boolean demo) {
        this.base = checked(baseUrl, demo);
    }

    /** The base address without its final slash; refused when missing outside the demo or not http(s). */
    static String checked(String baseUrl, boolean demo) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        if (url.isEmpty()) {
            if (!demo) {
                throw new MissingBaseUrlException();
            }
            url = "http://localhost:8080";
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new MissingBaseUrlException();
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute address of a path of the portal ({@code invitation/abc} → {@code https://…/invitation/abc}). */
    public String of(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    public String base() {
        return base;
    }
}
