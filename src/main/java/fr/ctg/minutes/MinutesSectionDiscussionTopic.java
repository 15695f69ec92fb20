package fr.ctg.minutes;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.minutes.internal.MinutesSection;
import fr.ctg.minutes.internal.MinutesSectionRepository;
import fr.ctg.security.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A section of a compte rendu: its discussion is read by whoever reads the minutes at their present stage. */
@Component
class MinutesSectionDiscussionTopic implements DiscussionTopic {

    private final MinutesSectionRepository sections;
    private final MinutesRepository minutes;
    private final MinutesGate gate;

    MinutesSectionDiscussionTopic(MinutesSectionRepository sections, MinutesRepository minutes, MinutesGate gate) {
        this.sections = sections;
        this.minutes = minutes;
        this.gate = gate;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.MINUTES_SECTION;
    }

    /** Draft minutes are the secretariat's; circulated ones their reviewers' and chair's; published, their audience's. */
    @Override
    public Set<Long> audience(long itemId, Set<Long> accountIds) {
        return sections.findById(itemId).flatMap(s -> minutes.findById(s.getMinutesId()))
                .map(m -> {
                    Set<Long> readers = gate.readers(m);
                    return accountIds.stream().filter(readers::contains).collect(Collectors.toSet());
                })
                .orElse(Set.of());
    }

    @Override
    public Map<Long, DiscussedItem> readable(Collection<Long> itemIds, Function<Long, Set<Role>> rolesIn) {
        List<MinutesSection> found = sections.findAllById(itemIds);
        Map<Long, Minutes> readable = minutes.findAllById(found.stream().map(MinutesSection::getMinutesId)
                        .collect(Collectors.toSet())).stream()
                .filter(m -> gate.canRead(m, rolesIn.apply(m.getConventionId())))
                .collect(Collectors.toMap(Minutes::getId, m -> m));
        Map<Long, DiscussedItem> out = new HashMap<>();
        for (MinutesSection s : found) {
            Minutes m = readable.get(s.getMinutesId());
            if (m != null) {
                out.put(s.getId(), new DiscussedItem(m.getConventionId(), m.getTitle() + " — " + s.getTitle(),
                        PageRef.minutes(m.getId())));
            }
        }
        return out;
    }
}
