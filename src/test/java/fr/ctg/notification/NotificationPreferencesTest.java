package fr.ctg.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.base.NotFoundException;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each person chooses, per kind, how they are told: nothing, the portal, an e-mail at once, a daily or weekly digest;
 * every e-mail has its one-click unsubscribe link (text and List-Unsubscribe header); a digest is never sent twice.
 */
@CtgSpringTest
class NotificationPreferencesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern STOP = Pattern.compile("/desabonnement/([A-Za-z0-9_-]{20,})");

    @Autowired
    NotificationPreferenceService preferences;
    @Autowired
    NotificationDigestService digests;
    @Autowired
    NotificationService notifications;
    @Autowired
    DiscussionService discussion;
    @Autowired
    AccountService accounts;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;
    @Autowired
    TestClockConfig.MutableClock clock;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @AfterEach
    void reset() {
        clock.reset();
        login.logout();
    }

    private void mention(String who, String text) {
        login.as(w.user("suivi"));
        discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "@" + w.user(who) + " " + text);
    }

    private List<MimeMessage> mailsTo(String role) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(w.user(role) + "@test.invalid");
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    @Test
    void sensibleDefaultsAndBadChoicesRefused() {
        login.as(w.user("copil"));
        assertThat(preferences.preferences()).containsEntry(NotificationService.KIND_MENTION, NotificationChannel.EMAIL)
                .containsEntry(NotificationService.KIND_MINUTES_PUBLISHED, NotificationChannel.DAILY_DIGEST)
                .containsEntry(NotificationService.KIND_CONVOCATION, NotificationChannel.IN_APP)
                .hasSize(NotificationKinds.DEFAULTS.size());
        assertThatThrownBy(() -> preferences.choose("NOPE", NotificationChannel.EMAIL))
                .hasFieldOrPropertyWithValue("messageKey", "notification.error.preference");
        assertThatThrownBy(() -> preferences.choose(NotificationService.KIND_MENTION, null))
                .hasFieldOrPropertyWithValue("messageKey", "notification.error.preference");
        login.logout();
        assertThatThrownBy(() -> preferences.preferences()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void anImmediateEmailCarriesItsOneClickUnsubscribeWhichStopsTheEmailsButNotThePortal() throws Exception {
        mention("copil", "peux-tu relire ?");
        List<MimeMessage> mails = mailsTo("copil");
        assertThat(mails).hasSize(1);
        MimeMessage m = mails.getFirst();
        assertThat(m.getSubject()).startsWith("Portail CTG : Sam Suivi").contains("vous a mentionné");
        assertThat(body(m)).as("the e-mail leads to the objective, in its convention")
                .contains("http://localhost:8080/recherche/resultat/" + w.conventionId() + "/OBJECTIVE/" + w.objectiveId());
        String[] header = m.getHeader("List-Unsubscribe");
        assertThat(header).hasSize(1);
        Matcher link = STOP.matcher(body(m));
        assertThat(link.find()).isTrue();
        assertThat(header[0]).as("RFC 8058: the address mail clients POST to")
                .isEqualTo("<http://localhost:8080/notifications/desabonnement/" + link.group(1) + ">");
        assertThat(m.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        login.logout();
        assertThat(preferences.unsubscribe(link.group(1))).isEqualTo(NotificationService.KIND_MENTION);
        mention("copil", "et maintenant ?");
        assertThat(mailsTo("copil")).as("no more e-mail for mentions").hasSize(1);
        login.as(w.user("copil"));
        assertThat(notifications.unreadCount()).as("the portal still tells").isEqualTo(2);
        assertThat(preferences.preferences()).containsEntry(NotificationService.KIND_MENTION, NotificationChannel.IN_APP);
        for (String bad : new String[] {"", "nope", "x".repeat(300)}) {
            assertThatThrownBy(() -> preferences.unsubscribe(bad)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void noneMeansNothingNotEvenInThePortal() {
        login.as(w.user("copil"));
        preferences.choose(NotificationService.KIND_MENTION, NotificationChannel.NONE);
        mention("copil", "tu es là ?");
        login.as(w.user("copil"));
        assertThat(notifications.unreadCount()).isZero();
        assertThat(mailsTo("copil")).isEmpty();
    }

    @Test
    void aDailyDigestGathersYesterdaysInThePersonsLanguageOnceEvenIfTheJobRunsTwice() {
        login.as(w.user("copil2"));
        preferences.choose(NotificationService.KIND_MENTION, NotificationChannel.DAILY_DIGEST);
        accounts.chooseLanguage(Locale.ENGLISH);
        mention("copil2", "premier point");
        mention("copil2", "second point");
        assertThat(mailsTo("copil2")).as("nothing at once").isEmpty();

        clock.advance(Duration.ofDays(1));
        int sent = digests.sendDue();
        assertThat(sent).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mails = mailsTo("copil2");
        assertThat(mails).hasSize(1);
        String body = body(mails.getFirst());
        assertThat(body).contains("Here is what happened in your conventions on November 28, 2026", "mentioned you")
                .contains("/desabonnement/");
        assertThat(body.split("mentioned you", -1)).as("both mentions, one line each").hasSize(3);
        assertThat(body.split("/recherche/resultat/" + w.conventionId() + "/OBJECTIVE/", -1))
                .as("each line with its link").hasSize(3);

        digests.sendDue();
        assertThat(mailsTo("copil2")).as("never twice the same day").hasSize(1);
    }

    @Test
    void aMorningTheServerMissedIsCaughtUpTheNextDayNeverTwice() {
        login.as(w.user("copil2"));
        preferences.choose(NotificationService.KIND_MENTION, NotificationChannel.DAILY_DIGEST);
        mention("copil2", "le samedi");
        clock.advance(Duration.ofDays(2)); // Monday: Sunday's run never happened
        digests.sendDue();
        List<MimeMessage> mails = mailsTo("copil2");
        assertThat(mails).hasSize(1);
        assertThat(body(mails.getFirst())).contains("le 28 novembre 2026");
        clock.advance(Duration.ofDays(1));
        digests.sendDue();
        assertThat(mailsTo("copil2")).hasSize(1);
    }

    @Test
    void aWeeklyDigestGoesOnMondayWithTheWholeWeekAndItsLinkStopsIt() throws Exception {
        login.as(w.user("copil"));
        preferences.choose(NotificationService.KIND_MENTION, NotificationChannel.WEEKLY_DIGEST);
        mention("copil", "pour la semaine");
        clock.advance(Duration.ofDays(1)); // Sunday: no weekly digest
        digests.sendDue();
        assertThat(mailsTo("copil")).isEmpty();
        clock.advance(Duration.ofDays(1)); // Monday 30 November 2026
        digests.sendDue();
        List<MimeMessage> mails = mailsTo("copil");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("récapitulatif de la semaine");
        Matcher link = STOP.matcher(body(mails.getFirst()));
        assertThat(link.find()).isTrue();
        login.logout();
        preferences.unsubscribe(link.group(1));
        login.as(w.user("copil"));
        assertThat(preferences.preferences()).containsEntry(NotificationService.KIND_MENTION, NotificationChannel.IN_APP);
    }
}
