package fr.ctg.minutes;

import fr.ctg.TestLogin;
import fr.ctg.governance.AgendaService;
import fr.ctg.governance.AttendanceStatus;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestComponent;

/**
 * A convention (from {@link EditingFixture}) whose COPIL met on 20 November 2026: {@code copil} (the chair) and
 * {@code copil2} sit in the COPIL and were present, {@code suivi} was excused; the agenda had two items, the
 * first about the first objective; the meeting is marked held. Leaves nobody logged in.
 */
@TestComponent
public class MinutesFixture {

    private final EditingFixture editing;
    private final AccountService accounts;
    private final CommitteeService committeeService;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final TestLogin login;

    MinutesFixture(EditingFixture editing, AccountService accounts, CommitteeService committeeService,
                   MeetingService meetings, AgendaService agenda, TestLogin login) {
        this.editing = editing;
        this.accounts = accounts;
        this.committeeService = committeeService;
        this.meetings = meetings;
        this.agenda = agenda;
        this.login = login;
    }

    public record HeldMeeting(EditingFixture.World w, long meetingId, long committeeId, Map<String, Long> ids) {
        public long id(String role) {
            return ids.get(role);
        }

        public String user(String role) {
            return w.user(role);
        }
    }

    public HeldMeeting create() {
        EditingFixture.World w = editing.create();
        login.as(w.user("lecteur"));
        Map<String, Long> ids = accounts.members(w.conventionId()).stream().collect(Collectors.toMap(
                m -> m.username().substring(w.prefix().length() + 1), MemberSummary::accountId, (a, b) -> a));
        SystemIdentity.run(() -> {
            accounts.grant(ids.get("copil"), w.conventionId(), Role.COPIL_MEMBER, Committee.COMITE_PILOTAGE, Seat.PERMANENT);
            accounts.grant(ids.get("copil2"), w.conventionId(), Role.COPIL_MEMBER, Committee.COMITE_PILOTAGE, Seat.PERMANENT);
        });
        login.as(w.user("secretariat"));
        long committee = committeeService.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        committeeService.setChair(committee, ids.get("copil"));
        long meeting = meetings.schedule(w.conventionId(), new NewMeeting(committee, "COPIL d’automne",
                LocalDateTime.of(2026, 11, 20, 14, 0), LocalDateTime.of(2026, 11, 20, 16, 0), "Europe/Paris",
                "Lombez", null)).id();
        agenda.add(meeting, "Bilan du lieu d’accueil enfants-parents", "Camille", Set.of(w.objectiveId()), Set.of());
        agenda.add(meeting, "Calendrier de l’évaluation", null, Set.of(), Set.of());
        meetings.recordAttendance(meeting, ids.get("copil"), AttendanceStatus.PRESENT, null);
        meetings.recordAttendance(meeting, ids.get("copil2"), AttendanceStatus.PRESENT, null);
        meetings.recordAttendance(meeting, ids.get("suivi"), AttendanceStatus.EXCUSED, null);
        meetings.markHeld(meeting);
        login.logout();
        return new HeldMeeting(w, meeting, committee, ids);
    }
}
