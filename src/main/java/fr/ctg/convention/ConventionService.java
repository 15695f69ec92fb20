package fr.ctg.convention;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionOverview.Figure;
import fr.ctg.convention.ConventionOverview.PartyView;
import fr.ctg.convention.ConventionOverview.SignatoryView;
import fr.ctg.convention.internal.Annex;
import fr.ctg.convention.internal.Article;
import fr.ctg.convention.internal.Convention;
import fr.ctg.convention.internal.ConventionRepository;
import fr.ctg.convention.internal.FieldOfIntervention;
import fr.ctg.convention.internal.LegalBasis;
import fr.ctg.convention.internal.Party;
import fr.ctg.convention.internal.Signatory;
import fr.ctg.convention.internal.TerritoryFigure;
import fr.ctg.convention.internal.ThematicGroup;
import fr.ctg.security.ConventionAccess;
import fr.ctg.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Conventions: which ones a person may open, their summary and text, and their creation. */
@Service
@Transactional(readOnly = true)
public class ConventionService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,49}");

    private final ConventionRepository conventions;
    private final ConventionAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConventionService(ConventionRepository conventions, ConventionAccess access, Clock clock,
                      ApplicationEventPublisher events) {
        this.conventions = conventions;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /** The conventions the caller belongs to (all of them for the platform administrator), by title. */
    public List<ConventionRef> myConventions() {
        List<Convention> list = access.isPlatformAdmin()
                ? conventions.findAllByOrderByTitle()
                : conventions.findByIdInOrderByTitle(access.memberConventionIds());
        return list.stream().map(ConventionService::ref).toList();
    }

    /** Name and territory of a convention: any member, associations included. */
    public ConventionRef ref(long conventionId) {
        access.require(conventionId, Role.ANY_MEMBER);
        return ref(load(conventionId));
    }

    /** Name and parties' logos for the page header: any member, associations included. */
    public ConventionHeader header(long conventionId) {
        access.require(conventionId, Role.ANY_MEMBER);
        Convention c = load(conventionId);
        return new ConventionHeader(ref(c), c.getParties().stream()
                .map(p -> new ConventionHeader.PartyLogo(p.getShortName(), p.getLogoPath())).toList());
    }

    /** The dashboard summary, for members who read the convention. */
    public ConventionOverview overview(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Convention c = load(conventionId);
        LocalDate today = LocalDate.now(clock);
        LocalDate noticeDeadline = noticeDeadline(c.getEndDate(), c.getNoticeMonths());
        return new ConventionOverview(c.getId(), c.getCode(), c.getTitle(), c.getTerritory(), c.isDemo(),
                c.getStatus(), c.getSignedOn(), c.getStartDate(), c.getEndDate(), c.getRenewal(),
                c.getNoticeMonths(), c.getNoticeForm(), noticeDeadline,
                ChronoUnit.DAYS.between(today, c.getEndDate()),
                ChronoUnit.DAYS.between(today, noticeDeadline),
                c.getParties().stream().map(ConventionService::party).toList(),
                fieldRefs(c),
                groupRefs(c),
                c.getFigures().stream().map(f -> new Figure(f.getLabel(), f.getValue(), f.getUnit(), f.getYear(),
                        f.getSource())).toList());
    }

    /** Legal basis, articles and annexes, for members who read the convention. */
    public ConventionText text(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Convention c = load(conventionId);
        return new ConventionText(c.getId(), c.getTitle(),
                c.getLegalBases().stream().map(LegalBasis::getText).toList(),
                c.getArticles().stream().map(a -> new ConventionText.ArticleView(a.getNumber(), a.getTitle(),
                        a.getBody())).toList(),
                c.getAnnexes().stream().map(a -> new ConventionText.AnnexView(a.getNumber(), a.getTitle(),
                        a.getDescription(), a.isProvided())).toList());
    }

    /** The fields of intervention (for any member who reads the convention). */
    public List<FieldRef> fields(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return fieldRefs(load(conventionId));
    }

    /** The thematic groups (for any member who reads the convention). */
    public List<ThematicGroupRef> thematicGroups(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return groupRefs(load(conventionId));
    }

    /** Whether a convention with that code exists (platform administrator only). */
    public boolean existsByCode(String code) {
        requirePlatformAdmin();
        return conventions.existsByCode(code);
    }

    /** The id of the convention with that code, if any (platform administrator). */
    public java.util.Optional<Long> idOfCode(String code) {
        requirePlatformAdmin();
        return conventions.findByCode(code).map(c -> c.getId());
    }

    /** Creates a convention with its parties, text, fields, groups and portrait (platform administrator). */
    @Transactional
    public long create(NewConvention cmd) {
        requirePlatformAdmin();
        validate(cmd);
        Convention c = new Convention(cmd.code(), cmd.title().strip(), cmd.territory().strip(), cmd.signedOn(),
                cmd.startDate(), cmd.endDate(), cmd.renewal(), cmd.noticeMonths(), cmd.noticeForm(),
                cmd.status(), cmd.demo());
        int i = 0;
        for (NewConvention.NewParty p : cmd.parties()) {
            Party party = new Party(c, ++i, p.kind(), p.name(), p.shortName(), p.address(), p.logoPath());
            int j = 0;
            for (NewConvention.NewSignatory s : p.signatories()) {
                party.getSignatories().add(new Signatory(party, ++j, s.fullName(), s.capacity(), s.authorisation()));
            }
            c.getParties().add(party);
        }
        i = 0;
        for (String text : cmd.legalBasis()) {
            c.getLegalBases().add(new LegalBasis(c, ++i, text));
        }
        for (NewConvention.NewArticle a : cmd.articles()) {
            c.getArticles().add(new Article(c, a.number(), a.title(), a.body()));
        }
        for (NewConvention.NewAnnex a : cmd.annexes()) {
            c.getAnnexes().add(new Annex(c, a.number(), a.title(), a.description(), a.provided()));
        }
        i = 0;
        for (String title : cmd.fields()) {
            c.getFields().add(new FieldOfIntervention(c, ++i, title));
        }
        i = 0;
        for (NewConvention.NewThematicGroup g : cmd.thematicGroups()) {
            c.getThematicGroups().add(new ThematicGroup(c, ++i, g.name(), g.description()));
        }
        i = 0;
        for (NewConvention.NewFigure f : cmd.territoryPortrait()) {
            c.getFigures().add(new TerritoryFigure(c, ++i, f.label(), f.value(), f.unit(), f.year(), f.source()));
        }
        long id = conventions.save(c).getId();
        events.publishEvent(new ConventionCreated(id, c.getCode()));
        return id;
    }

    /**
     * The last day to give notice so that the convention ends on its end date: the end date minus the
     * notice period (month arithmetic clamps to the month's last day: 31 May − 3 months = 28/29 February).
     */
    public static LocalDate noticeDeadline(LocalDate endDate, int noticeMonths) {
        return endDate.minusMonths(noticeMonths);
    }

    private void validate(NewConvention cmd) {
        if (cmd.code() == null || !CODE.matcher(cmd.code()).matches()) {
            throw new BusinessRuleException("convention.error.code");
        }
        if (cmd.title() == null || cmd.title().isBlank() || cmd.title().length() > 300) {
            throw new BusinessRuleException("convention.error.title");
        }
        if (cmd.territory() == null || cmd.territory().isBlank()) {
            throw new BusinessRuleException("convention.error.territory");
        }
        if (cmd.startDate() == null || cmd.endDate() == null || !cmd.endDate().isAfter(cmd.startDate())) {
            throw new BusinessRuleException("convention.error.dates");
        }
        if (cmd.noticeMonths() < 0 || cmd.noticeMonths() > 24) {
            throw new BusinessRuleException("convention.error.notice");
        }
        if (cmd.parties() == null || cmd.parties().size() < 2) {
            throw new BusinessRuleException("convention.error.parties");
        }
        if (Objects.requireNonNullElse(cmd.fields(), List.<String>of()).isEmpty()) {
            throw new BusinessRuleException("convention.error.fields");
        }
        if (conventions.existsByCode(cmd.code())) {
            throw new BusinessRuleException("convention.error.codeTaken", cmd.code());
        }
    }

    private void requirePlatformAdmin() {
        if (!access.isPlatformAdmin()) {
            throw new AccessRefusedException();
        }
    }

    private Convention load(long conventionId) {
        return conventions.findById(conventionId).orElseThrow(NotFoundException::new);
    }

    private static ConventionRef ref(Convention c) {
        return new ConventionRef(c.getId(), c.getCode(), c.getTitle(), c.getTerritory(), c.isDemo());
    }

    private static PartyView party(Party p) {
        return new PartyView(p.getName(), p.getShortName(), p.getKind(), p.getAddress(), p.getLogoPath(),
                p.getSignatories().stream().map(s -> new SignatoryView(s.getFullName(), s.getCapacity(),
                        s.getAuthorisation())).toList());
    }

    private static List<FieldRef> fieldRefs(Convention c) {
        return c.getFields().stream().map(f -> new FieldRef(f.getId(), f.getPosition(), f.getTitle())).toList();
    }

    private static List<ThematicGroupRef> groupRefs(Convention c) {
        return c.getThematicGroups().stream()
                .map(g -> new ThematicGroupRef(g.getId(), g.getPosition(), g.getName(), g.getDescription())).toList();
    }
}
