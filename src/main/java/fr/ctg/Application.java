package fr.ctg;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * The CTG portal. The Aura theme is loaded first, then the portal's own stylesheet
 * (kept in {@code frontend/styles/}, copied to the static resources at build time).
 */
@SpringBootApplication
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
@Push
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/ctg.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        try {
            SpringApplication.run(Application.class, args);
        } catch (RuntimeException e) {
            // Spring Boot has already said why. Exit, so that the shutdown hooks stop the embedded MariaDB: its
            // process watcher is a non-daemon thread that would otherwise keep a failed start running.
            System.exit(1);
        }
    }
}
