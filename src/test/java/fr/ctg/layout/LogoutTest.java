package fr.ctg.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import fr.ctg.KaribuTest;
import fr.ctg.dashboard.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** "Se déconnecter" ends the session: the person is logged out and sent to the login page. */
class LogoutTest extends KaribuTest {

    @Test
    void theUserMenuLogsOut() {
        loginAndOpen("lecteur", "");
        _get(DashboardView.class);

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withId("user-menu")), "Se déconnecter");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        Long last = jdbc.queryForObject("SELECT MAX(id) FROM journal_entry WHERE kind = 'LOGOUT' AND actor_account_id = "
                + "(SELECT id FROM account WHERE username = 'lecteur')", Long.class);
        assertThat(last).as("the logout is journaled").isNotNull();
    }

    @Autowired
    JdbcTemplate jdbc;
}
