package fr.ctg.avenant;

import fr.ctg.avenant.internal.ConventionBaseline;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.TimeConfig;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consolidated convention: text, annexes, objectives, dates and parties as they stood at the end of a chosen day
 * (Paris time), or as signed (the convention as signed with every signed avenant's modifications).
 */
@Service
@Transactional(readOnly = true)
public class ConsolidationService {

    private final ConventionHistoryService history;
    private final Snapshots snapshots;
    private final Baselines baselines;
    private final ConventionAccessService access;

    ConsolidationService(ConventionHistoryService history, Snapshots snapshots, Baselines baselines,
                         ConventionAccessService access) {
        this.history = history;
        this.snapshots = snapshots;
        this.baselines = baselines;
        this.access = access;
    }

    /** The convention at the end of a day (readers of the convention). */
    public ConsolidatedVersion at(long conventionId, LocalDate day) {
        access.require(conventionId, Role.CONVENTION_READERS);
        if (day == null) {
            throw new BusinessRuleException("consolidated.error.day");
        }
        Instant end = day.plusDays(1).atStartOfDay(TimeConfig.ZONE).toInstant().minusMillis(1);
        long first = history.firstRevision(conventionId);
        long rev = history.revisionAt(end).orElse(0L);
        boolean before = rev < first;
        long used = before ? first : rev;
        return new ConsolidatedVersion(conventionId, day, false, before, history.revisionInstant(used),
                snapshots.at(conventionId, used).ordered());
    }

    /** The convention as both parties signed it, avenants included (readers of the convention). */
    public ConsolidatedVersion asSigned(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        ConventionBaseline b = baselines.latest(conventionId)
                .orElseThrow(() -> new BusinessRuleException("avenant.error.noBaseline"));
        return new ConsolidatedVersion(conventionId, null, true, false, history.revisionInstant(b.getRevision()),
                baselines.snapshot(b).ordered());
    }
}
