package fr.ctg.collaboration.internal;

import io.lettuce.core.ClientOptions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Several nodes ({@code ctg.collaboration.hub=redis}, Redis at {@code spring.data.redis.host/port}): the hub over
 * Redis pub/sub. Commands are refused at once while Redis is unreachable instead of queuing behind a reconnect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ctg.collaboration.hub", havingValue = "redis")
class RedisHubConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer hubFailsFast() {
        return options -> options.autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    RedisCollaborationHub redisCollaborationHub(RedisConnectionFactory connections, Clock clock,
            @Value("${ctg.collaboration.presence-timeout:PT25S}") Duration presenceTimeout,
            @Value("${ctg.collaboration.sweep-interval:PT5S}") Duration sweepInterval,
            @Value("${ctg.collaboration.redis.heartbeat:PT5S}") Duration heartbeat,
            @Value("${ctg.collaboration.redis.node-timeout:PT15S}") Duration nodeTimeout) {
        return new RedisCollaborationHub(connections, clock, presenceTimeout, sweepInterval, heartbeat, nodeTimeout);
    }
}
