package fr.ctg.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A jar packaged without the production profile has neither Vaadin's development server nor a production frontend
 * bundle: it could not serve a page ("'vaadin-dev-server' not found"). Such a start stops first thing, before the
 * database starts, with one line saying how to build the deployable jar.
 */
public class ProductionBuildCheck implements EnvironmentPostProcessor, Ordered {

    static final String DEV_SERVER = "com/vaadin/base/devserver/DevModeHandlerManagerImpl.class";
    static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassLoader loader = getClass().getClassLoader();
        boolean devServer = loader.getResource(DEV_SERVER) != null;
        String buildInfo = null;
        try (InputStream in = loader.getResourceAsStream(BUILD_INFO)) {
            buildInfo = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // unreadable: treated as absent
        }
        problem(devServer, buildInfo).ifPresent(description -> {
            throw new StartupRefusedException(description, "Build the deployable jar with ./mvnw -Pproduction package "
                    + "(README, \"Deploying without Docker\"), then start it with java -jar target/ctg-portal-*.jar.");
        });
    }

    /** What is wrong with this build, if anything: neither the development server nor a production bundle. */
    static Optional<String> problem(boolean devServerPresent, String buildInfoJson) {
        if (devServerPresent || isProduction(buildInfoJson)) {
            return Optional.empty();
        }
        return Optional.of("This jar was built without the production profile: it has no frontend bundle and "
                + "cannot serve pages.");
    }

    static boolean isProduction(String buildInfoJson) {
        if (buildInfoJson == null || buildInfoJson.isBlank()) {
            return false;
        }
        try {
            JsonNode node = JsonMapper.builder().build().readTree(buildInfoJson);
            return node.path("productionMode").asBoolean(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
