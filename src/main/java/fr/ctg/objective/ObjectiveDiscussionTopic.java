package fr.ctg.objective;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An objective's discussion: read by those who read the convention, as the objective itself. */
@Component
class ObjectiveDiscussionTopic implements DiscussionTopic {

    private final ObjectiveRepository objectives;
    private final ConventionAccessService access;

    ObjectiveDiscussionTopic(ObjectiveRepository objectives, ConventionAccessService access) {
        this.objectives = objectives;
        this.access = access;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.OBJECTIVE;
    }

    @Override
    public Optional<DiscussedItem> readable(long itemId) {
        return objectives.findById(itemId)
                .filter(o -> access.rolesIn(o.getConventionId()).stream().anyMatch(Role.CONVENTION_READERS::contains))
                .map(o -> new DiscussedItem(o.getConventionId(), o.getTitle(), PageRef.objective(itemId)));
    }
}
