package fr.ctg.convention;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.convention.internal.Convention;
import fr.ctg.convention.internal.ConventionRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convention's own steps (Article 10) as its administrators and secretariat record them: its status, the
 * convention a renewal came from, and the draft of the next convention built from this one. The rules of the course
 * (what may follow what) are the lifecycle feature's; this service keeps the convention's records.
 */
@Service
@Transactional
public class ConventionCourseService {


    private final ConventionRepository conventions;
    private final ConventionAccessService access;
    private final ApplicationEventPublisher events;

    ConventionCourseService(ConventionRepository conventions, ConventionAccessService access,
                            ApplicationEventPublisher events) {
        this.conventions = conventions;
        this.access = access;
        this.events = events;
    }

    /** Moves the convention to a status (keepers), with the day of signature when it is signed. */
    public void moveTo(long conventionId, ConventionStatus status, LocalDate signedOn) {
        access.require(conventionId, Role.CONVENTION_KEEPERS);
        Convention c = conventions.findById(conventionId).orElseThrow(NotFoundException::new);
        c.moveTo(status, signedOn);
        events.publishEvent(JournalEvent.of(JournalKind.CONVENTION_SETTINGS_CHANGED).convention(conventionId)
                .caf(c.getCafId()).detail("status " + status));
    }

    /** Records that a convention renews another one (its administrators, who created it). */
    public void markRenewal(long newConventionId, long previousId) {
        access.requireAdmin(newConventionId);
        conventions.findById(newConventionId).orElseThrow(NotFoundException::new).renews(previousId);
    }

    /** The convention this one renews, if any (readers of the convention). */
    @Transactional(readOnly = true)
    public Optional<ConventionRef> renewedFrom(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Convention c = conventions.findById(conventionId).orElseThrow(NotFoundException::new);
        return c.getRenewedFromId() == null ? Optional.empty()
                : conventions.findById(c.getRenewedFromId()).map(ConventionService::ref);
    }

    /** The Caf a convention belongs to (readers of the convention). */
    @Transactional(readOnly = true)
    public long cafOf(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return conventions.findCafIdById(conventionId).orElseThrow(NotFoundException::new);
    }

    /** The conventions that renew this one (readers of the convention). */
    @Transactional(readOnly = true)
    public List<ConventionRef> renewedBy(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return conventions.findByRenewedFromId(conventionId).stream().map(ConventionService::ref).toList();
    }

    /**
     * The next convention drafted from this one (its administrators): the same parties, signatories, legal basis,
     * articles, annexes, fields, groups and portrait, with its own code, title and dates, as a draft.
     */
    @Transactional(readOnly = true)
    public NewConvention renewalDraft(long conventionId, String code, String title, LocalDate start, LocalDate end) {
        access.requireAdmin(conventionId);
        Convention c = conventions.findById(conventionId).orElseThrow(NotFoundException::new);
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("convention.error.title");
        }
        return new NewConvention(code, title.strip(), c.getTerritory(), null, start, end, c.getRenewal(),
                c.getNoticeMonths(), c.getNoticeForm(), ConventionStatus.DRAFT, c.isDemo(),
                c.getParties().stream().map(p -> new NewConvention.NewParty(p.getKind(), p.getName(), p.getShortName(),
                        p.getAddress(), p.getLogoPath(), p.getLogoId(), p.getSignatories().stream()
                        .map(s -> new NewConvention.NewSignatory(s.getFullName(), s.getCapacity(), s.getAuthorisation()))
                        .toList())).toList(),
                c.getLegalBases().stream().map(l -> l.getText()).toList(),
                c.getArticles().stream().map(a -> new NewConvention.NewArticle(a.getNumber(), a.getTitle(),
                        a.getBody())).toList(),
                c.getAnnexes().stream().map(a -> new NewConvention.NewAnnex(a.getNumber(), a.getTitle(),
                        a.getDescription(), false)).toList(),
                c.getFields().stream().map(f -> f.getTitle()).toList(),
                c.getThematicGroups().stream().map(g -> new NewConvention.NewThematicGroup(g.getName(),
                        g.getDescription())).toList(),
                c.getFigures().stream().map(f -> new NewConvention.NewFigure(f.getLabel(), f.getValue(), f.getUnit(),
                        f.getYear(), f.getSource())).toList());
    }
}
