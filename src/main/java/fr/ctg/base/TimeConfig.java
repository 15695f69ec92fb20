package fr.ctg.base;

import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One clock for the whole portal (services and auditing read it, tests replace it), and the
 * auditor taken from the logged-in person ("system" for start-up jobs such as the demo loader).
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    /** The portal's time zone: conventions, deadlines and meetings are French. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static final String SYSTEM_AUDITOR = "system";

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.<TemporalAccessor>of(clock.instant());
    }

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth.getName() == null
                    || "anonymousUser".equals(auth.getName())) {
                return Optional.of(SYSTEM_AUDITOR);
            }
            return Optional.of(auth.getName());
        };
    }
}
