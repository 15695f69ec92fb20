package fr.ctg.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.KaribuTest;
import fr.ctg.base.SecretTokens;
import fr.ctg.notification.NotificationChannel;
import fr.ctg.notification.NotificationPreferenceService;
import fr.ctg.notification.NotificationService;
import fr.ctg.notification.NotificationTarget;
import fr.ctg.notification.internal.PreferenceStore;
import fr.ctg.objective.EditingFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The preferences page (reached from the bell) saves each choice; an unknown unsubscribe link says so. */
class NotificationPagesTest extends KaribuTest {

    @Autowired
    NotificationPreferenceService preferences;
    @Autowired
    PreferenceStore store;
    @Autowired
    EditingFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBellLeadsToThePreferencesWhichSaveEachChoice() {
        loginAndOpen("lecteur", "");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(_get(RouterLink.class, spec -> spec.withId("notification-preferences-link")).getHref())
                .isEqualTo("mon-compte/notifications");
        UI.getCurrent().navigate("mon-compte/notifications");
        @SuppressWarnings("unchecked")
        Select<NotificationChannel> mention = _get(Select.class,
                spec -> spec.withId("preference-" + NotificationService.KIND_MENTION));
        assertThat(mention.getLabel()).isEqualTo("Quand on me mentionne dans une discussion");
        HasValueUtilsKt._setValue(mention, NotificationChannel.WEEKLY_DIGEST);
        assertThat(preferences.preferences()).containsEntry(NotificationService.KIND_MENTION,
                NotificationChannel.WEEKLY_DIGEST);
        HasValueUtilsKt._setValue(mention, NotificationChannel.EMAIL);
    }

    @Test
    void everyKindOfPlaceANotificationNamesHasALinkInTheBell() {
        EditingFixture.World w = fixture.create();
        long me = fixture.accountId(w, "secretariat");
        for (NotificationTarget.Kind kind : NotificationTarget.Kind.values()) {
            jdbc.update("INSERT INTO notification (version, created_at, created_by, updated_at, updated_by, account_id, "
                    + "convention_id, kind, actor_name, subject, target_kind, target_id) VALUES (0, NOW(), 'test', "
                    + "NOW(), 'test', ?, ?, 'MENTION', 'Quelqu’un', ?, ?, ?)", me, w.conventionId(), kind.name(),
                    kind.name(), kind == NotificationTarget.Kind.CALENDAR ? null : 7L);
        }
        loginAndOpen(w.user("secretariat"), "");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        var links = _find(RouterLink.class, spec -> spec.withText("Ouvrir"));
        assertThat(links).as("one link each, none failing").hasSize(NotificationTarget.Kind.values().length);
        assertThat(links).extracting(RouterLink::getHref).containsExactlyInAnyOrder("calendrier",
                "comptes-rendus/7", "objectifs/7", "documents?ouvrir=7", "indicateurs?ouvrir=7", "indicateurs",
                "contributions/7/reponses", "administration/membres", "convention/consolidee", "avenants",
                "avenants/7", "echanges-de-donnees", "convention/duree");
    }

    @Test
    void openingAnUnsubscribeLinkChangesNothingItsButtonStopsTheEmails() {
        EditingFixture.World w = fixture.create();
        String token = SecretTokens.newToken();
        store.saveUnsubscribe(SecretTokens.sha256(token), fixture.accountId(w, "copil"),
                NotificationService.KIND_MINUTES_REVIEW, Instant.now());
        UI.getCurrent().navigate("desabonnement/" + token);
        login.as(w.user("copil"));
        assertThat(preferences.preferences()).as("a link scanner opening the page changes nothing")
                .containsEntry(NotificationService.KIND_MINUTES_REVIEW, NotificationChannel.EMAIL);
        login.logout();
        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-result")).getText())
                .contains("C’est fait", "relecture");
        login.as(w.user("copil"));
        assertThat(preferences.preferences()).containsEntry(NotificationService.KIND_MINUTES_REVIEW,
                NotificationChannel.IN_APP);
    }

    @Test
    void anUnknownUnsubscribeLinkSaysWhereToSetThePreferences() {
        UI.getCurrent().navigate("desabonnement/not-a-link");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-result")).getText())
                .contains("pas valable", "Mes notifications");
    }
}
