package fr.ctg.avenant;

import fr.ctg.avenant.internal.Avenant;
import fr.ctg.avenant.internal.AvenantRepository;
import fr.ctg.avenant.internal.ConventionBaseline;
import fr.ctg.avenant.internal.ConventionBaselineRepository;
import fr.ctg.base.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The states both parties signed, rebuilt from the history: the convention as signed (its signature revision), then
 * each signed avenant in turn (the previous baseline with the items it carries taken from its approved revision).
 * Modifications an avenant left out are not signed, so they stay on the next avenant's list.
 */
@Component
class Baselines {

    private final ConventionBaselineRepository baselines;
    private final AvenantRepository avenants;
    private final Snapshots snapshots;

    Baselines(ConventionBaselineRepository baselines, AvenantRepository avenants, Snapshots snapshots) {
        this.baselines = baselines;
        this.avenants = avenants;
        this.snapshots = snapshots;
    }

    Optional<ConventionBaseline> latest(long conventionId) {
        return baselines.findFirstByConventionIdOrderByIdDesc(conventionId);
    }

    /** The signed state a baseline stands for (callers have checked the person reads the convention). */
    ConventionSnapshot snapshot(ConventionBaseline baseline) {
        ConventionSnapshot state = null;
        for (ConventionBaseline b : baselines.findByConventionIdOrderById(baseline.getConventionId())) {
            if (b.getAvenantId() == null) {
                state = snapshots.at(b.getConventionId(), b.getRevision());
            } else {
                Avenant a = avenants.findById(b.getAvenantId()).orElseThrow(NotFoundException::new);
                ConventionSnapshot head = snapshots.at(b.getConventionId(), a.getHeadRevision());
                state = (state == null ? head : state).withChangesFrom(head, a.getChangeKeys());
            }
            if (b.getId().equals(baseline.getId())) {
                return state;
            }
        }
        throw new NotFoundException();
    }
}
