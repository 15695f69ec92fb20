package fr.ctg.governance;

import fr.ctg.convention.StructureUsage;
import fr.ctg.governance.internal.CommitteeRepository;
import fr.ctg.governance.internal.MeetingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A thematic group whose committee has meetings is in use. */
@Component
@Transactional(readOnly = true)
class GroupMeetingsUsage implements StructureUsage {

    private final CommitteeRepository committees;
    private final MeetingRepository meetings;

    GroupMeetingsUsage(CommitteeRepository committees, MeetingRepository meetings) {
        this.committees = committees;
        this.meetings = meetings;
    }

    @Override
    public boolean usesThematicGroup(long groupId) {
        return committees.findByThematicGroupId(groupId).stream().anyMatch(c -> meetings.existsByCommitteeId(c.getId()));
    }
}
