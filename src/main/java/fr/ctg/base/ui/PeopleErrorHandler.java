package fr.ctg.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What people see when an action fails for a reason that is not theirs: a translated sentence, never a stack
 * trace. A database that does not answer (restart, network) says so and that what was typed is still on screen:
 * the view is left as it was, so nothing typed is lost and the same click works again once the database is back.
 */
@Component
class PeopleErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PeopleErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        boolean database = isDatabaseUnavailable(t);
        if (database) {
            log.warn("Database unavailable during a user action: {}", t.toString());
        } else {
            log.error("Unexpected error during a user action", t);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification n = Notification.show(ui.getTranslation(database ? "error.database" : "error.unexpected"),
                    10_000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId(database ? "error-database" : "error-unexpected");
        }
    }

    /** The database could not be reached (no connection, connection lost, or no transaction could start). */
    static boolean isDatabaseUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof ConnectException || c instanceof CannotCreateTransactionException
                    || c instanceof DataAccessResourceFailureException
                    || c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
