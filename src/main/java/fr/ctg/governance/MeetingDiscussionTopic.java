package fr.ctg.governance;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A meeting's discussion (its preparation), for those who read the calendar (as {@link MeetingService#meeting}). */
@Component
class MeetingDiscussionTopic implements DiscussionTopic {

    private final MeetingRepository meetings;
    private final ConventionAccessService access;

    MeetingDiscussionTopic(MeetingRepository meetings, ConventionAccessService access) {
        this.meetings = meetings;
        this.access = access;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.MEETING;
    }

    @Override
    public Optional<DiscussedItem> readable(long itemId) {
        return meetings.findById(itemId)
                .filter(m -> access.rolesIn(m.getConventionId()).stream().anyMatch(Role.CONVENTION_READERS::contains))
                .map(m -> new DiscussedItem(m.getConventionId(), m.getTitle(), PageRef.meeting(itemId)));
    }
}
