package fr.ctg.governance;

import fr.ctg.governance.internal.Attendance;
import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.security.Committee;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Seat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quorum of a meeting: the committee's permanent members (a thematic group's members, for its committee) and
 * the share of them that must be present, remote or represented by someone who attends.
 */
final class Quorum {

    private Quorum() {
    }

    static QuorumSummary of(Meeting m, CommitteeEntity committee, List<MemberSummary> members,
                            List<Attendance> answers) {
        CommitteeSummary c = GovernanceRows.committee(committee);
        Set<Long> permanent = members.stream().filter(c::includes)
                .filter(x -> committee.getKind() == Committee.THEMATIC_GROUP
                        || x.seatIn(committee.getKind()).map(s -> s.seat() == Seat.PERMANENT).orElse(false))
                .map(MemberSummary::accountId).collect(Collectors.toSet());
        Set<Long> attending = answers.stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT || a.getStatus() == AttendanceStatus.REMOTE)
                .map(Attendance::getAccountId).collect(Collectors.toSet());
        // a represented member counts only when the one carrying their proxy attends
        int expected = (int) answers.stream().filter(a -> permanent.contains(a.getAccountId()))
                .filter(a -> attending.contains(a.getAccountId()) || a.getStatus() == AttendanceStatus.REPRESENTED
                        && a.getProxyAccountId() != null && attending.contains(a.getProxyAccountId())).count();
        Integer percent = committee.getQuorumPercent();
        if (percent == null || percent <= 0) {
            return new QuorumSummary(permanent.size(), 0, expected, false);
        }
        int needed = (int) Math.ceil(permanent.size() * percent / 100.0);
        return new QuorumSummary(permanent.size(), needed, expected, true);
    }
}
