package fr.ctg.base.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the public address before anything starts (the embedded database takes seconds): a start without
 * {@code CTG_BASE_URL} outside the demo stops at once with the line {@link MissingBaseUrlException} gives.
 */
public class PublicUrlCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 15; // after the production-build check, before the database
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PublicUrl.checked(environment.getProperty("ctg.base-url"),
                environment.getProperty("ctg.demo.enabled", Boolean.class, false));
    }
}
