package fr.ctg.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import fr.ctg.KaribuTest;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class PeopleErrorHandlerTest extends KaribuTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsToldApartFromOtherErrors() {
        assertThat(PeopleErrorHandler.isDatabaseUnavailable(new CannotCreateTransactionException("no tx",
                new SQLTransientConnectionException("Connection is not available, request timed out after 10000ms")))).isTrue();
        assertThat(PeopleErrorHandler.isDatabaseUnavailable(new RuntimeException(
                new DataAccessResourceFailureException("socket closed")))).isTrue();
        assertThat(PeopleErrorHandler.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(PeopleErrorHandler.isDatabaseUnavailable(new NullPointerException())).isFalse();
    }

    @Test
    void theSessionShowsATranslatedSentenceNeverAStackTrace() {
        loginAndOpen("lecteur", "");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException("down")));
        Notification database = NotificationsKt.getNotifications().getLast();
        assertThat(database.getId()).hasValue("error-database");
        assertThat(database.getElement().getProperty("text")).startsWith("La base de données ne répond pas");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("at Foo.bar(Foo.java:1)")));
        Notification other = NotificationsKt.getNotifications().getLast();
        assertThat(other.getId()).hasValue("error-unexpected");
        assertThat(other.getElement().getProperty("text")).startsWith("Une erreur inattendue").doesNotContain("Foo");
    }
}
