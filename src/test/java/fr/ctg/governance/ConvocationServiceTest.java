package fr.ctg.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountAdministrationService;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import fr.ctg.security.SystemIdentity;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Convocations people answer (Article 6, Annexe 3): the e-mail in each person's language with its iCalendar
 * invitation across a move and a cancellation, the personal answer link and its refusals, proxies within the
 * committee's rules, the secretariat's tracking and reminder, the quorum.
 */
@CtgSpringTest
class ConvocationServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    CommitteeService committeeService;
    @Autowired
    MeetingService meetings;
    @Autowired
    ConvocationService convocations;
    @Autowired
    AgendaService agenda;
    @Autowired
    AccountService accounts;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;
    @Autowired
    TestClockConfig.MutableClock clock;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountAdministrationService accountAdministration;

    EditingFixture.World w;
    long copilCommittee;
    long meetingId;

    @BeforeEach
    void setUp() {
        w = fixture.create();
        for (String role : List.of("copil", "copil2", "suivi")) {
            long id = id(role);
            SystemIdentity.run(() -> accounts.grant(id, w.conventionId(), Role.COPIL_MEMBER, Committee.COMITE_PILOTAGE,
                    Seat.PERMANENT));
        }
        login.as(w.user("copil2"));
        accounts.chooseLanguage(Locale.ENGLISH);
        login.as(w.user("secretariat"));
        copilCommittee = committeeService.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        meetingId = meetings.schedule(w.conventionId(), new NewMeeting(copilCommittee, "COPIL d’hiver",
                LocalDateTime.of(2027, 1, 14, 14, 0), LocalDateTime.of(2027, 1, 14, 16, 30), "Europe/Paris",
                "Salle du conseil, Samatan", "https://visio.example/copil")).id();
        agenda.add(meetingId, "Bilan <b>2026</b> des LAEP", "Mme Dupré", Set.of(), Set.of());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        login.logout();
    }

    private long id(String role) {
        return fixture.accountId(w, role);
    }

    private List<ReceivedMail> mailsTo(String role) {
        return ReceivedMail.to(greenMail, w.user(role) + "@test.invalid");
    }

    @Test
    void theConvocationMailSaysWhenWhereAndWhatInTheRecipientsLanguageWithAnInvitationTheirCalendarTakes() {
        meetings.convene(meetingId);

        ReceivedMail fr = mailsTo("copil").getFirst();
        assertThat(fr.subject()).isEqualTo("Convocation : COPIL d’hiver le 14 janvier 2027");
        assertThat(fr.text()).contains("Bonjour Camille Copil", "Comité de pilotage", "de 14:00 à 16:30",
                "Europe/Paris", "Salle du conseil, Samatan", "https://visio.example/copil",
                "1. Bilan <b>2026</b> des LAEP — présenté par Mme Dupré", "/convocation/").doesNotContain("??", "!convocation");
        assertThat(fr.html()).contains("Bilan &lt;b&gt;2026&lt;/b&gt; des LAEP", "présenté par Mme Dupré",
                "href=\"http://localhost:8080/convocation/").doesNotContain("<b>2026", "??");
        assertThat(fr.icsContentType()).contains("text/calendar", "method=REQUEST");
        assertThat(fr.icsMethod()).isEqualTo("REQUEST");
        assertThat(fr.icsProperty("UID")).isEqualTo("meeting-" + meetingId + "@portail-ctg");
        assertThat(fr.icsProperty("SEQUENCE")).isEqualTo("0");
        assertThat(fr.icsProperty("DTSTART")).isEqualTo("20270114T130000Z");
        assertThat(fr.icsProperty("LOCATION")).isEqualTo("Salle du conseil, Samatan");
        assertThat(fr.icsProperty("DESCRIPTION")).as("a calendar entry is shared: no personal link in it")
                .contains("Bilan").doesNotContain("/convocation/");
        assertThat(fr.icsProperty("URL")).doesNotContain("/convocation/");

        ReceivedMail en = mailsTo("copil2").getFirst();
        assertThat(en.subject()).isEqualTo("Convocation: COPIL d’hiver on January 14, 2027");
        assertThat(en.text()).contains("Hello Dominique Copil", "presented by Mme Dupré", "Answer the convocation")
                .doesNotContain("Bonjour", "??");
        assertThat(mailsTo("suivi")).as("convened too: a COPIL seat").hasSize(1);
        assertThat(mailsTo("lecteur")).as("no seat in the COPIL").isEmpty();
    }

    @Test
    void aMoveSendsTheSameInvitationWithARaisedSequenceAndACancellationRemovesIt() {
        meetings.convene(meetingId);
        meetings.move(meetingId, LocalDateTime.of(2027, 1, 21, 9, 30), LocalDateTime.of(2027, 1, 21, 11, 0),
                "Europe/Paris");
        meetings.cancel(meetingId);

        List<ReceivedMail> mails = mailsTo("copil");
        assertThat(mails).extracting(ReceivedMail::icsMethod).containsExactly("REQUEST", "REQUEST", "CANCEL");
        login.as(w.user("copil"));
        assertThat(notifications.recent(5)).extracting(NotificationItem::kind).as("and told in the portal")
                .contains(NotificationService.KIND_MEETING_MOVED, NotificationService.KIND_MEETING_CANCELLED);
        login.as(w.user("lecteur"));
        assertThat(notifications.recent(5)).extracting(NotificationItem::kind).as("not convened")
                .doesNotContain(NotificationService.KIND_MEETING_MOVED);
        assertThat(mails).extracting(m -> m.icsProperty("SEQUENCE")).containsExactly("0", "1", "2");
        assertThat(mails).extracting(m -> m.icsProperty("UID")).containsOnly("meeting-" + meetingId + "@portail-ctg");
        assertThat(mails.get(1).subject()).isEqualTo("Convocation modifiée : COPIL d’hiver le 21 janvier 2027");
        assertThat(mails.get(1).icsProperty("DTSTART")).isEqualTo("20270121T083000Z");
        assertThat(mails.get(2).subject()).startsWith("Réunion annulée");
        assertThat(mails.get(2).icsProperty("STATUS")).isEqualTo("CANCELLED");
        assertThat(mails.get(2).icsContentType()).contains("method=CANCEL");
        assertThat(mails.get(2).text()).doesNotContain("/convocation/");
        assertThat(convocations.open(mails.get(1).token()).refusalKey()).as("the meeting is cancelled")
                .isEqualTo("convocation.error.cancelled");
        assertThatThrownBy(() -> convocations.answer(mails.get(1).token(), AttendanceStatus.PRESENT, null))
                .hasFieldOrPropertyWithValue("messageKey", "convocation.error.cancelled");
        assertThatThrownBy(() -> convocations.open(mails.get(0).token())).as("replaced by the update's link")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAnswerLinkTakesOneAnswerBeforeTheMeetingWithAProxyWithinTheRules() {
        meetings.convene(meetingId);
        long copil2Id = id("copil2");
        long lecteurId = id("lecteur");
        String copil = mailsTo("copil").getFirst().token();
        String copil2 = mailsTo("copil2").getFirst().token();
        String suivi = mailsTo("suivi").getFirst().token();

        ConvocationDetails d = convocations.open(copil);
        assertThat(d.title()).isEqualTo("COPIL d’hiver");
        assertThat(d.language()).isEqualTo(Locale.FRENCH);
        assertThat(d.answerable()).isTrue();
        assertThat(d.agenda()).extracting(AgendaItemRow::presenter).containsExactly("Mme Dupré");
        assertThat(d.proxies()).extracting(ConvocationDetails.ProxyChoice::accountId).contains(copil2Id)
                .doesNotContain(id("copil"), lecteurId);
        assertThat(convocations.open(copil2).language()).isEqualTo(Locale.ENGLISH);

        assertThatThrownBy(() -> convocations.answer(copil, AttendanceStatus.REPRESENTED, lecteurId))
                .as("not convened").hasFieldOrPropertyWithValue("messageKey", "convocation.error.proxyNotConvened");
        assertThatThrownBy(() -> convocations.answer(copil, AttendanceStatus.REPRESENTED, id("copil")))
                .as("oneself").hasFieldOrPropertyWithValue("messageKey", "convocation.error.proxyNotConvened");
        assertThatThrownBy(() -> convocations.answer(copil, AttendanceStatus.REPRESENTED, null))
                .hasFieldOrPropertyWithValue("messageKey", "convocation.error.proxyNotConvened");
        assertThatThrownBy(() -> convocations.answer(copil, null, null))
                .hasFieldOrPropertyWithValue("messageKey", "convocation.error.status");

        ConvocationDetails after = convocations.answer(copil, AttendanceStatus.REPRESENTED, copil2Id);
        assertThat(after.answer()).isEqualTo(AttendanceStatus.REPRESENTED);
        assertThat(after.proxyName()).startsWith("Dominique Copil");
        assertThat(after.refusalKey()).isEqualTo("convocation.error.alreadyAnswered");
        assertThatThrownBy(() -> convocations.answer(copil, AttendanceStatus.PRESENT, null)).as("used twice")
                .hasFieldOrPropertyWithValue("messageKey", "convocation.error.alreadyAnswered");
        assertThatThrownBy(() -> convocations.answer(suivi, AttendanceStatus.REPRESENTED, copil2Id))
                .as("one proxy per holder in this committee")
                .hasFieldOrPropertyWithValue("messageKey", "convocation.error.proxyFull");
        assertThat(convocations.open(suivi).proxies()).extracting(ConvocationDetails.ProxyChoice::accountId)
                .doesNotContain(copil2Id);
        convocations.answer(copil2, AttendanceStatus.REMOTE, null);

        for (String bad : new String[] {"", "nope", "x".repeat(500), copil + "'; DROP TABLE convocation; --"}) {
            assertThatThrownBy(() -> convocations.open(bad)).isInstanceOf(NotFoundException.class);
        }
        clock.advance(Duration.ofDays(60));
        assertThatThrownBy(() -> convocations.answer(suivi, AttendanceStatus.PRESENT, null)).as("after the meeting")
                .hasFieldOrPropertyWithValue("messageKey", "convocation.error.past");
        clock.reset();

        login.as(w.user("secretariat"));
        List<ConvocationRow> rows = convocations.tracking(meetingId);
        assertThat(rows).filteredOn(r -> r.accountId() == id("copil")).singleElement().satisfies(r -> {
            assertThat(r.answer()).isEqualTo(AttendanceStatus.REPRESENTED);
            assertThat(r.proxyName()).startsWith("Dominique Copil");
            assertThat(r.openedAt()).isNotNull();
            assertThat(r.answeredAt()).isNotNull();
        });
        assertThat(rows).filteredOn(r -> r.accountId() == id("suivi")).singleElement().satisfies(r -> {
            assertThat(r.openedAt()).isNotNull();
            assertThat(r.answeredAt()).isNull();
        });
        login.as(w.user("secretariat"));
        assertThat(meetings.attendance(meetingId)).extracting(AttendanceRow::accountId, AttendanceRow::status,
                AttendanceRow::proxyAccountId).contains(
                tuple(id("copil"), AttendanceStatus.REPRESENTED, copil2Id),
                tuple(copil2Id, AttendanceStatus.REMOTE, null));
    }

    @Test
    void aProxyIsCarriedBySomeoneWhoAttendsAndCountsOnlyThenAndALinkStopsWithTheMembership() {
        committeeService.setConvocationRules(copilCommittee, 50, 2);
        meetings.convene(meetingId);
        long copilId = id("copil");
        long copil2Id = id("copil2");
        String copil = mailsTo("copil").getFirst().token();
        String copil2 = mailsTo("copil2").getFirst().token();
        String suivi = mailsTo("suivi").getFirst().token();

        convocations.answer(copil, AttendanceStatus.REPRESENTED, copil2Id);
        assertThatThrownBy(() -> convocations.answer(copil2, AttendanceStatus.REPRESENTED, copilId))
                .as("no mutual proxies").hasFieldOrPropertyWithValue("messageKey", "convocation.error.holderAbsent");
        assertThatThrownBy(() -> convocations.answer(copil2, AttendanceStatus.EXCUSED, null))
                .as("a holder cannot leave their proxy behind")
                .hasFieldOrPropertyWithValue("messageKey", "convocation.error.holderAbsent");
        login.as(w.user("secretariat"));
        assertThat(convocations.quorum(meetingId).expected()).as("the holder has not said they attend").isZero();
        convocations.answer(copil2, AttendanceStatus.PRESENT, null);
        login.as(w.user("secretariat"));
        assertThat(convocations.quorum(meetingId).expected()).as("copil2 and the proxy they carry").isEqualTo(2);

        convocations.answer(suivi, AttendanceStatus.EXCUSED, null);
        String secretariat = mailsTo("secretariat").getFirst().token();
        assertThatThrownBy(() -> convocations.answer(secretariat, AttendanceStatus.REPRESENTED, id("suivi")))
                .as("suivi will be absent").hasFieldOrPropertyWithValue("messageKey", "convocation.error.proxyAbsent");
        assertThat(convocations.open(secretariat).proxies()).extracting(ConvocationDetails.ProxyChoice::accountId)
                .doesNotContain(id("suivi"), copilId);

        long suiviId = id("suivi");
        SystemIdentity.run(() -> accountAdministration.disable(suiviId));
        assertThatThrownBy(() -> convocations.open(suivi)).as("disabled since").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aVideoLinkIsAWebAddressAndAMoveThatChangesNothingSendsNothing() {
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,x", "visio", "ftp://x.example/a"}) {
            assertThatThrownBy(() -> meetings.schedule(w.conventionId(), new NewMeeting(copilCommittee, "COPIL",
                    LocalDateTime.of(2027, 2, 1, 9, 0), LocalDateTime.of(2027, 2, 1, 10, 0), "Europe/Paris", null, bad)))
                    .as(bad).hasFieldOrPropertyWithValue("messageKey", "meeting.error.videoLink");
        }
        meetings.convene(meetingId);
        meetings.move(meetingId, LocalDateTime.of(2027, 1, 14, 14, 0), LocalDateTime.of(2027, 1, 14, 16, 30),
                "Europe/Paris");
        assertThat(mailsTo("copil")).as("the same times: no update").hasSize(1);
        assertThat(ConvocationMailer.address("Portail CTG <ctg@caf-gers.test>")).isEqualTo("ctg@caf-gers.test");
    }

    @Test
    void theSecretariatRemindsOnlyThoseWhoHaveNotAnsweredAndTheirOldLinkStops() {
        meetings.convene(meetingId);
        String old = mailsTo("suivi").getFirst().token();
        convocations.answer(mailsTo("copil").getFirst().token(), AttendanceStatus.PRESENT, null);
        login.as(w.user("secretariat"));
        int reminded = convocations.remind(meetingId);

        assertThat(reminded).as("copil2, suivi and the secretariat").isEqualTo(3);
        assertThat(mailsTo("copil")).hasSize(1);
        List<ReceivedMail> suivi = mailsTo("suivi");
        assertThat(suivi).hasSize(2);
        assertThat(suivi.get(1).subject()).isEqualTo("Rappel, merci de répondre : COPIL d’hiver le 14 janvier 2027");
        assertThatThrownBy(() -> convocations.open(old)).isInstanceOf(NotFoundException.class);
        assertThat(convocations.open(suivi.get(1).token()).answerable()).isTrue();
        login.as(w.user("secretariat"));
        assertThat(convocations.tracking(meetingId)).filteredOn(r -> r.accountId() == id("suivi")).singleElement()
                .satisfies(r -> assertThat(r.remindedAt()).isNotNull());
        login.as(w.user("lecteur"));
        assertThatThrownBy(() -> convocations.remind(meetingId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> convocations.tracking(meetingId)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theQuorumComesFromTheAnswersAndIsRecordedWhenTheMeetingIsHeld() {
        assertThatThrownBy(() -> committeeService.setConvocationRules(copilCommittee, 0, 1))
                .hasFieldOrPropertyWithValue("messageKey", "committee.error.quorum");
        assertThatThrownBy(() -> committeeService.setConvocationRules(copilCommittee, 101, 1))
                .hasFieldOrPropertyWithValue("messageKey", "committee.error.quorum");
        assertThatThrownBy(() -> committeeService.setConvocationRules(copilCommittee, 50, 9))
                .hasFieldOrPropertyWithValue("messageKey", "committee.error.maxProxies");
        assertThatThrownBy(() -> committeeService.setConvocationRules(copilCommittee, 50, null))
                .hasFieldOrPropertyWithValue("messageKey", "committee.error.maxProxies");
        assertThat(committeeService.setConvocationRules(copilCommittee, 60, 2).quorumPercent()).isEqualTo(60);
        meetings.convene(meetingId);

        QuorumSummary before = convocations.quorum(meetingId);
        assertThat(before.permanentMembers()).as("copil, copil2, suivi").isEqualTo(3);
        assertThat(before.needed()).as("60 % of 3, rounded up").isEqualTo(2);
        assertThat(before.reached()).isFalse();
        convocations.answer(mailsTo("copil").getFirst().token(), AttendanceStatus.PRESENT, null);
        convocations.answer(mailsTo("suivi").getFirst().token(), AttendanceStatus.EXCUSED, null);
        login.as(w.user("secretariat"));
        assertThat(convocations.quorum(meetingId).reached()).isFalse();
        convocations.answer(mailsTo("copil2").getFirst().token(), AttendanceStatus.REMOTE, null);
        login.as(w.user("secretariat"));
        QuorumSummary now = convocations.quorum(meetingId);
        assertThat(now.expected()).isEqualTo(2);
        assertThat(now.reached()).isTrue();

        meetings.markHeld(meetingId);
        assertThat(meetings.meeting(meetingId).quorumReached()).isTrue();
        assertThat(meetings.meeting(meetingId).quorumCount()).isEqualTo(2);
    }
}
