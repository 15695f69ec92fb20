package fr.ctg.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ctg.CtgSpringTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The load balancer's probes answer without a login and say nothing but the status; no other actuator endpoint is
 * reachable; a node that begins to stop refuses traffic at once and waits the drain delay.
 */
@CtgSpringTest
class HealthProbesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationAvailability availability;

    @Test
    void probesAnswerAnonymouslyWithTheStatusOnly() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
        String health = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db", "disk");
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator"}) {
            int code = mvc.perform(get(hidden)).andReturn().getResponse().getStatus();
            assertThat(code).as(hidden).isNotEqualTo(200);
        }
    }

    @Test
    void readinessRefusesTrafficWhileBusyAndComesBack() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        try {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void stoppingSaysRefusingTrafficThenWaitsTheDrainDelay() {
        ReadinessState[] seen = new ReadinessState[1];
        ApplicationEventPublisher recorder = event -> {
            if (event instanceof AvailabilityChangeEvent<?> change) {
                seen[0] = (ReadinessState) change.getState();
            }
        };
        DrainOnShutdown drain = new DrainOnShutdown(recorder, Duration.ofMillis(300));
        drain.start();
        long started = System.nanoTime();
        drain.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(seen[0]).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(drain.isRunning()).isFalse();
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }
}
