package fr.ctg.objective;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.objective.internal.Objective;
import fr.ctg.objective.internal.ObjectiveRepository;
import fr.ctg.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** An objective's discussion: read by those who read the convention, as the objective itself. */
@Component
class ObjectiveDiscussionTopic implements DiscussionTopic {

    private final ObjectiveRepository objectives;

    ObjectiveDiscussionTopic(ObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.OBJECTIVE;
    }

    @Override
    public Map<Long, DiscussedItem> readable(Collection<Long> itemIds, Function<Long, Set<Role>> rolesIn) {
        return objectives.findAllById(itemIds).stream()
                .filter(o -> rolesIn.apply(o.getConventionId()).stream().anyMatch(Role.CONVENTION_READERS::contains))
                .collect(Collectors.toMap(Objective::getId,
                        o -> new DiscussedItem(o.getConventionId(), o.getTitle(), PageRef.objective(o.getId()))));
    }
}
