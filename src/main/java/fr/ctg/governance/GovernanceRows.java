package fr.ctg.governance;

import fr.ctg.governance.internal.CommitteeEntity;
import fr.ctg.governance.internal.Deadline;
import fr.ctg.governance.internal.Meeting;
import java.time.ZoneId;

/** The governance entities as the records the services hand out. */
final class GovernanceRows {

    private GovernanceRows() {
    }

    static DeadlineItem deadline(Deadline d) {
        return new DeadlineItem(d.getId(), d.getConventionId(), d.getKind(), d.getTitle(), d.getDueDate(),
                d.getMeetingId(), d.getOwnerAccountId(), d.isDone(), d.isCancelled());
    }

    static CommitteeSummary committee(CommitteeEntity c) {
        return new CommitteeSummary(c.getId(), c.getKind(), c.getName(), c.getSecretariat(), c.getChairAccountId(),
                c.getThematicGroupId(), c.getQuorumPercent(), c.getMaxProxies());
    }

    static MeetingDetails meeting(Meeting m, CommitteeEntity c) {
        ZoneId zone = ZoneId.of(m.getTimeZone());
        return new MeetingDetails(m.getId(), m.getConventionId(), committee(c), m.getTitle(), m.getStartsAt().atZone(zone),
                m.getEndsAt().atZone(zone), m.getPlace(), m.getVideoLink(), m.getStatus(),
                m.getQuorumNeeded(), m.getQuorumCount(), m.getQuorumReached());
    }
}
