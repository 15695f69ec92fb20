package fr.ctg.minutes;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.minutes.internal.MinutesSectionRepository;
import fr.ctg.security.ConventionAccessService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A section of a compte rendu: its discussion is read by whoever reads the minutes at their present stage. */
@Component
class MinutesSectionDiscussionTopic implements DiscussionTopic {

    private final MinutesSectionRepository sections;
    private final MinutesRepository minutes;
    private final MinutesGate gate;
    private final ConventionAccessService access;

    MinutesSectionDiscussionTopic(MinutesSectionRepository sections, MinutesRepository minutes, MinutesGate gate,
                                  ConventionAccessService access) {
        this.sections = sections;
        this.minutes = minutes;
        this.gate = gate;
        this.access = access;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.MINUTES_SECTION;
    }

    @Override
    public Optional<DiscussedItem> readable(long itemId) {
        return sections.findById(itemId).flatMap(s -> minutes.findById(s.getMinutesId())
                .filter(m -> gate.canRead(m, access.rolesIn(m.getConventionId())))
                .map(m -> new DiscussedItem(m.getConventionId(), m.getTitle() + " — " + s.getTitle(),
                        PageRef.minutes(m.getId()))));
    }
}
