package fr.ctg.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * For the browser suite only ({@code ctg.exit-when-closed=true}): once the application context is closed by
 * {@code spring-boot:stop}, the JVM exits even if a library left a non-daemon thread behind, so no server outlives
 * the build.
 */
@Component
@ConditionalOnProperty(name = "ctg.exit-when-closed", havingValue = "true")
class ExitWhenClosed implements ApplicationListener<ContextClosedEvent> {

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        // Three seconds for the close to finish, on a daemon thread, outside the JMX call that closed the context.
        CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS)
                .execute(() -> System.exit(0));
    }
}
