package fr.ctg;

import fr.ctg.base.TimeConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.SyncTaskExecutor;

/** The tests' clock: fixed at 28 November 2026, 10:00 in Paris, moved forward on demand. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    public static final Instant START = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, TimeConfig.ZONE).toInstant();

    /**
     * Tests run the mail outbox's worker in the committing thread, so that a test reads the mail its action sent right
     * after it (the packaged application, in the browser suite, sends them on worker threads).
     */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    SyncTaskExecutor applicationTaskExecutor() {
        return new SyncTaskExecutor();
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START, TimeConfig.ZONE);
    }

    /** A clock tests can move. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        public void reset() {
            now = START;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MutableClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
