package fr.ctg.convention;

import fr.ctg.base.NotFoundException;
import fr.ctg.base.audit.AuditRevision;
import fr.ctg.convention.ConventionState.PartyState;
import fr.ctg.convention.ConventionState.SignatoryState;
import fr.ctg.convention.ConventionState.Terms;
import fr.ctg.convention.ConventionState.TextState;
import fr.ctg.convention.internal.Annex;
import fr.ctg.convention.internal.Article;
import fr.ctg.convention.internal.Convention;
import fr.ctg.convention.internal.ConventionRepository;
import fr.ctg.convention.internal.Party;
import fr.ctg.convention.internal.Signatory;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convention at any point of its history (Envers): terms, parties and signatories, articles and annexes as they
 * stood at a revision, and which revision was the last one on a given instant. Revisions are the platform's
 * (one number for every audited change), so the state of one convention at a revision is each of its rows' latest
 * version up to that number.
 */
@Service
@Transactional(readOnly = true)
public class ConventionHistoryService {

    private final ConventionRepository conventions;
    private final ConventionAccessService access;
    private final EntityManager em;

    ConventionHistoryService(ConventionRepository conventions, ConventionAccessService access, EntityManager em) {
        this.conventions = conventions;
        this.access = access;
        this.em = em;
    }

    /** The newest revision of the platform (what "now" is in the history). */
    public long latestRevision() {
        Long max = em.createQuery("select max(r.id) from AuditRevision r", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * The revision this transaction writes (created now if nothing audited changed yet): what a signed state
     * recorded in the same transaction as the signature must point at, so that the signature itself is in it.
     */
    @Transactional
    public long revisionOfThisTransaction() {
        em.flush();
        return AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true).getId();
    }

    /** The last revision recorded at or before an instant, if any. */
    public Optional<Long> revisionAt(Instant instant) {
        Long rev = em.createQuery("select max(r.id) from AuditRevision r where r.timestamp <= :t", Long.class)
                .setParameter("t", instant.toEpochMilli()).getSingleResult();
        return Optional.ofNullable(rev);
    }

    /** The instant of a revision. */
    public Instant revisionInstant(long revision) {
        Long t = em.createQuery("select r.timestamp from AuditRevision r where r.id = :id", Long.class)
                .setParameter("id", revision).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        return Instant.ofEpochMilli(t);
    }

    /** The first revision that holds the convention (its creation, or the recording of what existed before). */
    public long firstRevision(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        List<Number> revs = AuditReaderFactory.get(em).getRevisions(Convention.class, conventionId);
        if (revs.isEmpty()) {
            throw new NotFoundException();
        }
        return revs.getFirst().longValue();
    }

    /** The convention as it is now (readers of the convention). */
    public ConventionState current(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Convention c = conventions.findById(conventionId).orElseThrow(NotFoundException::new);
        return new ConventionState(conventionId, latestRevision(), terms(c),
                c.getParties().stream().map(p -> party(p, p.getSignatories())).toList(),
                c.getArticles().stream().map(ConventionHistoryService::article).toList(),
                c.getAnnexes().stream().map(ConventionHistoryService::annex).toList());
    }

    /** The convention's parties and signatories now, without its text (readers of the convention). */
    public List<PartyState> parties(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Convention c = conventions.findById(conventionId).orElseThrow(NotFoundException::new);
        return c.getParties().stream().map(p -> party(p, p.getSignatories())).toList();
    }

    /** The convention as it stood at a revision (readers of the convention); not found before it was recorded. */
    public ConventionState at(long conventionId, long revision) {
        access.require(conventionId, Role.CONVENTION_READERS);
        AuditReader reader = AuditReaderFactory.get(em);
        Convention c = reader.find(Convention.class, conventionId, revision);
        if (c == null) {
            throw new NotFoundException();
        }
        List<Party> parties = atRevision(reader, Party.class, revision, "convention", conventionId);
        List<PartyState> partyStates = parties.stream().sorted(Comparator.comparingInt(Party::getPosition))
                .map(p -> party(p, atRevision(reader, Signatory.class, revision, "party", p.getId())))
                .toList();
        List<TextState> articles = atRevision(reader, Article.class, revision, "convention", conventionId).stream()
                .sorted(Comparator.comparingInt(Article::getNumber)).map(ConventionHistoryService::article).toList();
        List<TextState> annexes = atRevision(reader, Annex.class, revision, "convention", conventionId).stream()
                .sorted(Comparator.comparingInt(Annex::getNumber)).map(ConventionHistoryService::annex).toList();
        return new ConventionState(conventionId, revision, terms(c), partyStates, articles, annexes);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> atRevision(AuditReader reader, Class<T> type, long revision, String relation, long id) {
        return reader.createQuery().forEntitiesAtRevision(type, revision)
                .add(AuditEntity.relatedId(relation).eq(id))
                .getResultList();
    }

    private static Terms terms(Convention c) {
        return new Terms(c.getTitle(), c.getTerritory(), c.getSignedOn(), c.getStartDate(), c.getEndDate(),
                c.getRenewal(), c.getNoticeMonths(), c.getNoticeForm(), c.getStatus());
    }

    private static PartyState party(Party p, List<Signatory> signatories) {
        return new PartyState(p.getId(), p.getKind(), p.getName(), p.getShortName(), p.getAddress(),
                signatories.stream().sorted(Comparator.comparingInt(Signatory::getPosition))
                        .map(s -> new SignatoryState(s.getFullName(), s.getCapacity(), s.getAuthorisation())).toList());
    }

    private static TextState article(Article a) {
        return new TextState(TextPart.ARTICLE, a.getNumber(), a.getTitle(), a.getBody(), true);
    }

    private static TextState annex(Annex a) {
        return new TextState(TextPart.ANNEX, a.getNumber(), a.getTitle(),
                a.getDescription() == null ? "" : a.getDescription(), a.isProvided());
    }
}
