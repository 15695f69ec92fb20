package fr.ctg.indicator;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.indicator.internal.Indicator;
import fr.ctg.indicator.internal.IndicatorRepository;
import fr.ctg.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** An indicator's discussion, for those who may read the indicator (as {@link IndicatorGate}). */
@Component
class IndicatorDiscussionTopic implements DiscussionTopic {

    private final IndicatorRepository indicators;

    IndicatorDiscussionTopic(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.INDICATOR;
    }

    @Override
    public Map<Long, DiscussedItem> readable(Collection<Long> itemIds, Function<Long, Set<Role>> rolesIn) {
        return indicators.findAllById(itemIds).stream().filter(i -> {
            Set<Role> roles = rolesIn.apply(i.getConventionId());
            return IndicatorGate.readsAll(roles) || (!roles.isEmpty() && i.isPublishedToAssociations());
        }).collect(Collectors.toMap(Indicator::getId, i -> new DiscussedItem(i.getConventionId(),
                i.getCode() + " — " + i.getName(), PageRef.indicator(i.getId()))));
    }
}
