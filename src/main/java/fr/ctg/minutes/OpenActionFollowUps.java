package fr.ctg.minutes;

import fr.ctg.base.i18n.Formats;
import fr.ctg.governance.AgendaFollowUps;
import fr.ctg.minutes.internal.ActionItemRepository;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The open action items of a committee, offered for follow-up on its next meeting's agenda. */
@Component
class OpenActionFollowUps implements AgendaFollowUps {

    private final ActionItemRepository actions;

    OpenActionFollowUps(ActionItemRepository actions) {
        this.actions = actions;
    }

    @Override
    public List<FollowUp> openFor(long conventionId, long committeeId) {
        return actions.findByConventionIdAndCommitteeIdAndStatusOrderByDueDate(conventionId, committeeId,
                        ActionStatus.OPEN).stream()
                .map(a -> new FollowUp(a.getWhat(), a.getOwnerName() + " — " + Formats.date(a.getDueDate(), Locale.FRENCH),
                        a.getObjectiveId() == null ? Set.of() : Set.of(a.getObjectiveId())))
                .toList();
    }
}
