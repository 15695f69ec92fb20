package fr.ctg.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.ctg.security.internal.AccountUserDetailsService;
import fr.ctg.security.internal.LoginThrottle;
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

/**
 * Form login through the Vaadin login view, passwords hashed with the delegating encoder (bcrypt),
 * a login throttle, and the static theme files (styles, logos) open to everyone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles/**", "/vendor/**", "/components/**").permitAll()
                .requestMatchers("/files/**").authenticated()
                .requestMatchers("/ical/**").permitAll());
        http.authenticationManager(authenticationManager);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
                                                 LoginThrottle throttle) {
        return new ProviderManager(new ThrottlingAuthenticationProvider(users, encoder, throttle));
    }
}
