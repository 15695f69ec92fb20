package fr.ctg.minutes;

import fr.ctg.base.PageRef;
import fr.ctg.base.i18n.Formats;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesDecision;
import fr.ctg.minutes.internal.MinutesDecisionRepository;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.objective.ObjectiveReferences;
import fr.ctg.security.ConventionAccessService;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The decisions of published minutes about an objective, as its page lists them. */
@Component
@Transactional(readOnly = true)
class ObjectiveDecisions implements ObjectiveReferences {

    private final MinutesDecisionRepository decisions;
    private final MinutesRepository minutes;
    private final MinutesGate gate;
    private final ConventionAccessService access;

    ObjectiveDecisions(MinutesDecisionRepository decisions, MinutesRepository minutes, MinutesGate gate,
                       ConventionAccessService access) {
        this.decisions = decisions;
        this.minutes = minutes;
        this.gate = gate;
        this.access = access;
    }

    @Override
    public List<Reference> referencesTo(long objectiveId) {
        List<MinutesDecision> found = decisions.findPublishedByObjectiveId(objectiveId);
        Map<Long, Minutes> byId = minutes.findAllById(found.stream().map(MinutesDecision::getMinutesId).distinct().toList())
                .stream().collect(Collectors.toMap(Minutes::getId, Function.identity()));
        return found.stream()
                .filter(d -> {
                    Minutes m = byId.get(d.getMinutesId());
                    return m != null && gate.canRead(m, access.rolesIn(m.getConventionId()));
                })
                .map(d -> {
                    Minutes m = byId.get(d.getMinutesId());
                    String day = Formats.date(m.getMeetingStartsAt().atZone(ZoneId.of(m.getMeetingTimeZone()))
                            .toLocalDate(), Locale.FRENCH);
                    return new Reference(d.getText(), m.getCommitteeName() + " — " + day, PageRef.minutes(m.getId()));
                }).toList();
    }
}
