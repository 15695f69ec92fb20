package fr.ctg.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.RedisServer;
import fr.ctg.collaboration.CollaborationHub;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One node needs no Redis (the default); {@code ctg.collaboration.hub=redis} puts the hub on Redis. */
class HubSelectionTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
            .withInitializer(c -> c.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(InMemoryCollaborationHub.class, RedisHubConfiguration.class);

    @Test
    void theDefaultHubIsInMemory() {
        runner.withPropertyValues("spring.data.redis.port=1") // nothing listens there: never asked
                .run(context -> assertThat(context.getBean(CollaborationHub.class))
                        .isInstanceOf(InMemoryCollaborationHub.class));
    }

    @Test
    void redisIsChosenByTheSetting() throws Exception {
        try (RedisServer redis = RedisServer.start()) {
            runner.withPropertyValues("ctg.collaboration.hub=redis", "spring.data.redis.port=" + redis.port)
                    .run(context -> assertThat(context.getBean(CollaborationHub.class))
                            .isInstanceOf(RedisCollaborationHub.class));
        }
    }
}
