package fr.ctg.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.notification.NotificationService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.CtgUser;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Committees, meetings and the deadlines derived from a COPIL (Annexe 3), as data-driven rules. */
@CtgSpringTest
class DeadlineServiceTest {

    @Autowired
    MilestoneService milestoneService;

    @Autowired
    DeadlineService deadlineService;

    @Autowired
    CommitteeService committeeService;

    @Autowired
    MeetingService meetingService;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestLogin login;
    @Autowired
    AccountService accounts;
    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
        login.as(w.user("secretariat"));
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private long committee(Committee kind) {
        return committeeService.committees(w.conventionId()).stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow().id();
    }

    private MeetingDetails copil(LocalDate day) {
        return meetingService.schedule(w.conventionId(), new NewMeeting(committee(Committee.COMITE_PILOTAGE), "COPIL",
                day.atTime(14, 0), day.atTime(16, 30), "Europe/Paris", "Lombez, salle du conseil", null));
    }

    private List<LocalDate> derived(long meetingId) {
        return deadlineService.calendar(w.conventionId(), LocalDate.of(2020, 1, 1), LocalDate.of(2035, 1, 1)).deadlines()
                .stream().filter(d -> d.meetingId() != null && d.meetingId() == meetingId)
                .sorted(Comparator.comparing(DeadlineItem::kind)).map(DeadlineItem::dueDate).toList();
    }

    @Test
    void everyConventionHasItsCommitteesIncludingOnePerThematicGroup() {
        assertThat(committeeService.committees(w.conventionId())).extracting(CommitteeSummary::kind).containsExactly(
                Committee.COMITE_PILOTAGE, Committee.COMITE_SUIVI, Committee.COMITE_SUIVI_EVALUATION,
                Committee.THEMATIC_GROUP, Committee.THEMATIC_GROUP);
        assertThat(committeeService.committees(w.conventionId()).get(1).secretariat()).isEqualTo(SecretariatParty.CAF);
    }

    @Test
    void aCopilDerivesTheFollowUpCommitteeAMonthBeforeAndTheProposalsFifteenDaysBefore() {
        MeetingDetails m = copil(LocalDate.of(2027, 6, 10));
        assertThat(derived(m.id())).containsExactly(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 26));
        assertThat(m.start().toLocalTime()).hasToString("14:00");
        assertThat(m.start().getZone().getId()).isEqualTo("Europe/Paris");
    }

    @Test
    void monthEndsClampToTheShorterMonth() {
        assertThat(derived(copil(LocalDate.of(2027, 3, 31)).id()))
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 16));
        assertThat(derived(copil(LocalDate.of(2028, 3, 31)).id()))
                .containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 16));
        assertThat(DeadlineService.derive(LocalDate.of(2027, 3, 1), 0, 15)).isEqualTo(LocalDate.of(2027, 2, 14));
    }

    @Test
    void aCopilMovedTwiceMovesItsDeadlinesAndTellsThePeopleConcerned() {
        long copilMember = accounts.members(w.conventionId()).stream().filter(x -> x.username().equals(w.user("copil")))
                .findFirst().orElseThrow().accountId();
        SystemIdentity.run(() -> accounts.grant(copilMember, w.conventionId(),
                Role.COPIL_MEMBER, Committee.COMITE_PILOTAGE, Seat.PERMANENT));
        MeetingDetails m = copil(LocalDate.of(2027, 6, 10));
        meetingService.move(m.id(), LocalDateTime.of(2027, 9, 30, 9, 30), LocalDateTime.of(2027, 9, 30, 12, 0), "Europe/Paris");
        assertThat(derived(m.id())).containsExactly(LocalDate.of(2027, 8, 30), LocalDate.of(2027, 9, 15));
        login.as(w.user("copil"));
        assertThatThrownBy(() -> meetingService.move(m.id(), LocalDateTime.of(2027, 10, 1, 9, 0),
                LocalDateTime.of(2027, 10, 1, 10, 0), "Europe/Paris")).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("secretariat"));
        meetingService.move(m.id(), LocalDateTime.of(2027, 12, 31, 9, 30), LocalDateTime.of(2027, 12, 31, 12, 0), "Europe/Paris");
        assertThat(derived(m.id())).containsExactly(LocalDate.of(2027, 11, 30), LocalDate.of(2027, 12, 16));
        assertThat(notifications.unreadCount()).as("the secretariat moved it: not told").isZero();
        login.as(w.user("copil"));
        assertThat(notifications.unreadCount()).as("the COPIL member is told each time").isEqualTo(2);
        assertThat(notifications.recent(1).getFirst().kind()).isEqualTo(NotificationService.KIND_DEADLINES_MOVED);
        login.as(w.user("suivi"));
        assertThat(notifications.unreadCount()).as("no seat in these committees").isZero();
    }

    @Test
    void otherCommitteesDeriveNothing() {
        MeetingDetails m = meetingService.schedule(w.conventionId(), new NewMeeting(committee(Committee.COMITE_SUIVI),
                "Comité de suivi", LocalDateTime.of(2027, 5, 10, 10, 0), LocalDateTime.of(2027, 5, 10, 12, 0),
                "Europe/Paris", null, "https://visio.example.org/suivi"));
        assertThat(derived(m.id())).isEmpty();
        assertThat(deadlineService.calendar(w.conventionId(), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31)).meetings())
                .extracting(MeetingDetails::title).containsExactly("Comité de suivi");
    }

    @Test
    void badMeetingsAreRefusedWithClearReasons() {
        long copilId = committee(Committee.COMITE_PILOTAGE);
        refused(new NewMeeting(copilId, "COPIL", LocalDateTime.of(2027, 6, 10, 16, 0),
                LocalDateTime.of(2027, 6, 10, 14, 0), "Europe/Paris", null, null), "meeting.error.endBeforeStart");
        refused(new NewMeeting(copilId, "COPIL", LocalDateTime.of(2027, 6, 10, 14, 0),
                LocalDateTime.of(2027, 6, 10, 16, 0), "Mars/Olympus_Mons", null, null), "meeting.error.timeZone");
        refused(new NewMeeting(copilId, " ", LocalDateTime.of(2027, 6, 10, 14, 0),
                LocalDateTime.of(2027, 6, 10, 16, 0), "Europe/Paris", null, null), "meeting.error.title");
        EditingFixture.World other = fixture.create();
        login.as(other.user("secretariat"));
        long foreign = committeeService.committees(other.conventionId()).getFirst().id();
        login.as(w.user("secretariat"));
        refused(new NewMeeting(foreign, "COPIL", LocalDateTime.of(2027, 6, 10, 14, 0),
                LocalDateTime.of(2027, 6, 10, 16, 0), "Europe/Paris", null, null), "meeting.error.committee");
        assertThat(deadlineService.calendar(w.conventionId(), LocalDate.of(2020, 1, 1), LocalDate.of(2035, 1, 1)).meetings())
                .isEmpty();
    }

    private void refused(NewMeeting m, String key) {
        assertThatThrownBy(() -> meetingService.schedule(w.conventionId(), m)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void evaluationMilestonesAndTheConventionsOwnDatesAreInTheCalendar() {
        long owner = accounts.members(w.conventionId()).stream().filter(x -> x.username().equals(w.user("copil")))
                .findFirst().orElseThrow().accountId();
        DeadlineItem late = milestoneService.addMilestone(w.conventionId(), "Construction des outils d’évaluation",
                LocalDate.of(2026, 10, 31), owner);
        DeadlineItem soon = milestoneService.addMilestone(w.conventionId(), "Présentation de la CTG aux acteurs",
                LocalDate.of(2026, 12, 15), null);
        milestoneService.addMilestone(w.conventionId(), "Restitution", LocalDate.of(2027, 6, 30), null);
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(deadlineService.dueSoon(w.conventionId(), today, 60)).extracting(DeadlineItem::id)
                .containsExactly(late.id(), soon.id());
        assertThat(late.overdue(today)).isTrue();
        milestoneService.markDone(late.id());
        assertThat(deadlineService.dueSoon(w.conventionId(), today, 60)).extracting(DeadlineItem::id).containsExactly(soon.id());
        assertThat(deadlineService.calendar(w.conventionId(), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)).deadlines())
                .extracting(DeadlineItem::kind, DeadlineItem::dueDate).containsExactly(
                        Tuple.tuple(DeadlineKind.NOTICE_DEADLINE, LocalDate.of(2028, 9, 30)),
                        Tuple.tuple(DeadlineKind.CONVENTION_END, LocalDate.of(2028, 12, 31)));
        long stranger = adminId();
        login.as(w.user("secretariat"));
        assertThatThrownBy(() -> milestoneService.addMilestone(w.conventionId(), "X", LocalDate.of(2027, 1, 1), stranger))
                .hasFieldOrPropertyWithValue("messageKey", "deadline.error.owner");
        assertThatThrownBy(() -> milestoneService.addMilestone(w.conventionId(), " ", LocalDate.of(2027, 1, 1), null))
                .hasFieldOrPropertyWithValue("messageKey", "deadline.error.title");
        login.as(w.user("copil"));
        assertThatThrownBy(() -> milestoneService.addMilestone(w.conventionId(), "X", LocalDate.of(2027, 1, 1), null))
                .isInstanceOf(AccessRefusedException.class);
    }

    private long adminId() {
        return ((CtgUser) login.as("admin").getPrincipal()).accountId();
    }

    @Test
    void onlyTheSecretariatSchedulesAndOutsidersSeeNothing() {
        login.as(w.user("copil"));
        assertThatThrownBy(() -> copil(LocalDate.of(2027, 6, 10))).isInstanceOf(AccessRefusedException.class);
        login.as("lecteur");
        assertThatThrownBy(() -> deadlineService.calendar(w.conventionId(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .isInstanceOf(NotFoundException.class);
    }
}
