package fr.ctg.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.AppRoutes;
import fr.ctg.KaribuTest;
import fr.ctg.TestClockConfig.MutableClock;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.dashboard.ui.DashboardView;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.SecondFactorService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The second-factor page as an administrator meets it after a right password: every page leads to it, the app is
 * enrolled with the QR code's secret (a code computed here), the recovery codes are shown once, then the portal opens;
 * the next time a code or a recovery code is asked.
 */
class SecondFactorViewTest extends KaribuTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    TenantFixture tenants;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        jdbc.update("DELETE FROM login_throttle");
    }

    private void passwordLoginAndOpen(String username, String route) {
        SecurityContextHolder.getContext().setAuthentication(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, TestLogin.DEMO_PASSWORD)));
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(
                AppRoutes.get(), context, UI::new));
        UI.getCurrent().navigate(route);
    }

    @Test
    void enrolThenCodeOrRecoveryCodeAndNothingOpensBefore() {
        var t = tenants.create();
        String admin = t.user("cafadmin");
        passwordLoginAndOpen(admin, "administration/cafs/" + t.cafId());
        _get(SecondFactorView.class);
        String secret = _get(Paragraph.class, spec -> spec.withId("second-factor-secret")).getElement()
                .getAttribute("data-secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")), "12345");
        _click(_get(Button.class, spec -> spec.withId("second-factor-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("second-factor-error")).getText())
                .contains("Code incorrect");
        UI.getCurrent().navigate("");
        _get(SecondFactorView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")),
                SecondFactorService.codeAt(secret, clock.instant()));
        _click(_get(Button.class, spec -> spec.withId("second-factor-confirm")));
        List<String> recovery = _get(OrderedList.class, spec -> spec.withId("second-factor-recovery-codes"))
                .getChildren().map(c -> ((ListItem) c).getText()).toList();
        assertThat(recovery).hasSize(10);
        _click(_get(Button.class, spec -> spec.withId("second-factor-continue")));
        _get(DashboardView.class);
        assertThat(currentUser.get()).isPresent();

        UI.getCurrent().navigate("mon-compte");
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-second-factor-state")).getText()).contains("10");

        clock.advance(Duration.ofMinutes(1));
        passwordLoginAndOpen(admin, "");
        _get(SecondFactorView.class);
        assertThat(currentUser.get()).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("second-factor-code")), recovery.get(3));
        _click(_get(Button.class, spec -> spec.withId("second-factor-verify")));
        _get(DashboardView.class);
    }
}
