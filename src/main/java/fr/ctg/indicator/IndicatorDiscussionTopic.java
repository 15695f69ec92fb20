package fr.ctg.indicator;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.indicator.internal.IndicatorRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An indicator's discussion, for those who may read the indicator (as {@link IndicatorGate}). */
@Component
class IndicatorDiscussionTopic implements DiscussionTopic {

    private final IndicatorRepository indicators;
    private final ConventionAccessService access;

    IndicatorDiscussionTopic(IndicatorRepository indicators, ConventionAccessService access) {
        this.indicators = indicators;
        this.access = access;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.INDICATOR;
    }

    @Override
    public Optional<DiscussedItem> readable(long itemId) {
        return indicators.findById(itemId).filter(i -> {
            Set<Role> roles = access.rolesIn(i.getConventionId());
            return IndicatorGate.readsAll(roles) || (!roles.isEmpty() && i.isPublishedToAssociations());
        }).map(i -> new DiscussedItem(i.getConventionId(), i.getCode() + " — " + i.getName(),
                PageRef.indicator(itemId)));
    }
}
