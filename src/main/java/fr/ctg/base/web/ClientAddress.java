package fr.ctg.base.web;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being handled (behind a proxy: what the forwarded headers say when
 * {@code server.forward-headers-strategy} trusts them), or null outside a request (jobs, start-up).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return trim(vaadin.getRemoteAddr());
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return trim(request.getRemoteAddr());
        }
        return null;
    }

    private static String trim(String address) {
        return address == null ? null : address.length() > 45 ? address.substring(0, 45) : address;
    }
}
