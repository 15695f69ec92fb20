package fr.ctg.governance;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.governance.internal.Meeting;
import fr.ctg.governance.internal.MeetingRepository;
import fr.ctg.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A meeting's discussion (its preparation), for those who read the calendar (as {@link MeetingService#meeting}). */
@Component
class MeetingDiscussionTopic implements DiscussionTopic {

    private final MeetingRepository meetings;

    MeetingDiscussionTopic(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.MEETING;
    }

    @Override
    public Map<Long, DiscussedItem> readable(Collection<Long> itemIds, Function<Long, Set<Role>> rolesIn) {
        return meetings.findAllById(itemIds).stream()
                .filter(m -> rolesIn.apply(m.getConventionId()).stream().anyMatch(Role.CONVENTION_READERS::contains))
                .collect(Collectors.toMap(Meeting::getId,
                        m -> new DiscussedItem(m.getConventionId(), m.getTitle(), PageRef.meeting(m.getId()))));
    }
}
