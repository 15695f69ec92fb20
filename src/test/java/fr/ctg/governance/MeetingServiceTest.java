package fr.ctg.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.notification.NotificationService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.CtgUser;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import fr.ctg.security.SystemIdentity;
import jakarta.mail.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Convocation (in the portal and by e-mail), attendance with proxies, and their refusals. */
@CtgSpringTest
class MeetingServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    DeadlineService deadlineService;

    @Autowired
    CommitteeService committeeService;
    @Autowired
    MeetingService meetings;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;
    long meetingId;

    @BeforeEach
    void setUp() {
        w = fixture.create();
        long copilMember = id("copil");
        SystemIdentity.run(() -> accounts.grant(copilMember, w.conventionId(), Role.COPIL_MEMBER,
                Committee.COMITE_PILOTAGE, Seat.PERMANENT));
        login.as(w.user("secretariat"));
        long copil = committeeService.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        meetingId = meetings.schedule(w.conventionId(), new NewMeeting(copil, "COPIL d’hiver",
                LocalDateTime.of(2027, 1, 14, 14, 0), LocalDateTime.of(2027, 1, 14, 16, 0), "Europe/Paris", "Lombez", null)).id();
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private long id(String role) {
        return fixture.accountId(w, role);
    }

    @Test
    void aConvocationReachesTheCommitteeInThePortalAndByEmail() throws Exception {
        meetings.convene(meetingId);
        long sent = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(w.user("copil") + "@test.invalid"))
                        && m.getSubject().equals("Convocation : COPIL d’hiver le 14 janvier 2027");
            } catch (Exception e) {
                return false;
            }
        }).count();
        assertThat(sent).isEqualTo(1);
        login.as(w.user("copil"));
        assertThat(notifications.recent(1).getFirst().kind()).isEqualTo(NotificationService.KIND_CONVOCATION);
        login.as(w.user("suivi"));
        assertThat(notifications.unreadCount()).as("not in this committee").isZero();
        login.as(w.user("secretariat"));
        assertThatThrownBy(() -> meetings.convene(meetingId)).hasFieldOrPropertyWithValue("messageKey",
                "meeting.error.notPlanned");
    }

    @Test
    void attendanceIsRecordedWithProxiesAndBadEntriesAreRefused() {
        long copil = id("copil");
        long copil2 = id("copil2");
        login.as(w.user("secretariat"));
        meetings.recordAttendance(meetingId, copil, AttendanceStatus.PRESENT, null);
        meetings.recordAttendance(meetingId, copil2, AttendanceStatus.REPRESENTED, copil);
        meetings.recordAttendance(meetingId, copil, AttendanceStatus.EXCUSED, null); // corrected
        assertThat(meetings.attendance(meetingId)).extracting(AttendanceRow::accountId, AttendanceRow::status,
                AttendanceRow::proxyAccountId).containsExactly(
                Tuple.tuple(copil, AttendanceStatus.EXCUSED, null),
                Tuple.tuple(copil2, AttendanceStatus.REPRESENTED, copil));
        long outsider = ((CtgUser) login.as("lecteur").getPrincipal()).accountId();
        login.as(w.user("secretariat"));
        refused(() -> meetings.recordAttendance(meetingId, outsider, AttendanceStatus.PRESENT, null), "meeting.error.attendee");
        refused(() -> meetings.recordAttendance(meetingId, copil, AttendanceStatus.REPRESENTED, copil), "meeting.error.proxy");
        refused(() -> meetings.recordAttendance(meetingId, copil, AttendanceStatus.REPRESENTED, outsider), "meeting.error.proxy");
        meetings.markHeld(meetingId);
        refused(() -> meetings.cancel(meetingId), "meeting.error.alreadyHeld");
        login.as(w.user("copil"));
        assertThatThrownBy(() -> meetings.markHeld(meetingId)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCancelledMeetingTakesItsDerivedDeadlinesAlongAndTakesNoMoreAttendance() {
        meetings.cancel(meetingId);
        CalendarDetails cal = deadlineService.calendar(w.conventionId(), LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 31));
        assertThat(cal.meetings()).extracting(MeetingDetails::status).containsExactly(MeetingStatus.CANCELLED);
        assertThat(cal.deadlines().stream().filter(d -> d.meetingId() != null)).hasSize(2).allMatch(DeadlineItem::cancelled);
        long copil = id("copil");
        login.as(w.user("secretariat"));
        refused(() -> meetings.recordAttendance(meetingId, copil, AttendanceStatus.PRESENT, null),
                "meeting.error.cancelled");
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }
}
