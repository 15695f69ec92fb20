package fr.ctg.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.SessionValidityFilter;
import fr.ctg.security.internal.ThrottlingAuthenticationProvider;
import fr.ctg.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login through the Vaadin login view, passwords hashed with the delegating encoder (bcrypt),
 * security headers (CSP, referrer and permissions policies, HSTS behind TLS), a login throttle, a check on every request that the account is still enabled and the session as recent as its
 * password, and the static theme files (styles, logos) open to everyone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * What a page may load: everything from the portal itself, nothing from elsewhere. Vaadin 25's client needs
     * inline scripts (its bootstrap carries the first UI state), {@code eval} ({@code executeJs} is compiled with
     * {@code new Function}) and inline styles; its icons and font are {@code data:} URIs; push is a same-origin
     * WebSocket, which {@code 'self'} covers. See ADR 0013.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self'; manifest-src 'self'; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    /** Browser features no page of the portal uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), display-capture=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            AccountRepository accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles/**", "/vendor/**", "/components/**").permitAll()
                .requestMatchers("/files/**", "/logos/**").authenticated()
                .requestMatchers("/ical/**").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        http.authenticationManager(authenticationManager);
        http.addFilterAfter(new SessionValidityFilter(accounts), SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottlingAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }
}
