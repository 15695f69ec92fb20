package fr.ctg.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.ctg.security.internal.AccountRepository;
import fr.ctg.security.internal.SessionValidityFilter;
import fr.ctg.security.internal.SsoLogin;
import fr.ctg.security.internal.ThrottlingAuthenticationProvider;
import fr.ctg.security.ui.LoginView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Form login through the Vaadin login view, single sign-on through an OpenID Connect provider when one is set
 * ({@link SsoSettings}), passwords hashed with the delegating encoder (bcrypt),
 * Spring Security's default headers (the CSP and other policies are set for every response by
 * {@code SecurityHeadersFilter}), a login throttle, a check on every request that the account is still enabled and the session as recent as its
 * password, and the static theme files (styles, logos) open to everyone.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(SsoSettings.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            AccountRepository accounts, SsoLogin ssoLogin) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles/**", "/vendor/**", "/components/**").permitAll()
                .requestMatchers("/files/**", "/logos/**").hasAuthority(CtgUser.ROLE_USER)
                .requestMatchers("/ical/**").permitAll()
                // the load balancer's probes: status only (no details, no other endpoint is exposed)
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                        "/actuator/health/readiness").permitAll()
                .requestMatchers(HttpMethod.POST, "/notifications/desabonnement/*").permitAll());
        // RFC 8058 one-click unsubscribe: a mail client's POST, whose only credential is the link's secret
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/notifications/desabonnement/*"));
        // CSP, referrer and permissions policies: SecurityHeadersFilter, on every response (public pages included)
        http.authenticationManager(authenticationManager);
        http.addFilterAfter(new SessionValidityFilter(accounts), SecurityContextHolderFilter.class);
        ssoLogin.configure(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .logoutSuccessHandler(ssoLogin.logoutSuccessHandler()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottlingAuthenticationProvider passwords, SsoLogin sso) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(passwords);
        sso.authenticationProvider().ifPresent(providers::add);
        return new ProviderManager(providers);
    }
}
