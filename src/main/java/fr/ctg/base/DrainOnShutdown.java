package fr.ctg.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Graceful drain behind a load balancer: when the node begins to stop, it says it refuses traffic (readiness probe
 * down), then waits {@code ctg.shutdown.drain-delay} — long enough for the balancer's checks to see it — before the
 * web server stops accepting requests and lets those under way finish. Stopped first of all lifecycle beans.
 */
@Component
class DrainOnShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DrainOnShutdown.class);

    private final ApplicationEventPublisher events;
    private final Duration delay;
    private volatile boolean running;
    private volatile boolean stoppedOnce;

    DrainOnShutdown(ApplicationEventPublisher events, @Value("${ctg.shutdown.drain-delay:PT0S}") Duration delay) {
        this.events = events;
        this.delay = delay;
    }

    @Override
    public void start() {
        running = true;
        if (stoppedOnce) {
            // started again after a stop (Spring's test framework pauses the contexts it keeps): traffic is welcome
            // again; a first start leaves readiness to Spring Boot, which accepts traffic once the runners are done
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Override
    public void stop() {
        running = false;
        stoppedOnce = true;
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        if (!delay.isZero() && !delay.isNegative()) {
            log.info("Stopping: refusing new traffic, {} s for the load balancer to notice", delay.toSeconds());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE; // stopped before the web server (its graceful shutdown phase is lower)
    }
}
