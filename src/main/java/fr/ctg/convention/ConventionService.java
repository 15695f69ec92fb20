package fr.ctg.convention;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.base.pdf.PdfLogo;
import fr.ctg.convention.ConventionOverview.Figure;
import fr.ctg.convention.ConventionOverview.PartyRow;
import fr.ctg.convention.ConventionOverview.SignatoryRow;
import fr.ctg.convention.internal.Annex;
import fr.ctg.convention.internal.Article;
import fr.ctg.convention.internal.CafRepository;
import fr.ctg.convention.internal.Convention;
import fr.ctg.convention.internal.ConventionRepository;
import fr.ctg.convention.internal.FieldOfIntervention;
import fr.ctg.convention.internal.LegalBasis;
import fr.ctg.convention.internal.Logo;
import fr.ctg.convention.internal.LogoRepository;
import fr.ctg.convention.internal.Party;
import fr.ctg.convention.internal.Signatory;
import fr.ctg.convention.internal.TerritoryFigure;
import fr.ctg.convention.internal.ThematicGroup;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    private final ConventionAccessService access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LogoRepository logos;
    private final CafRepository cafs;

    ConventionService(ConventionRepository conventions, ConventionAccessService access, Clock clock,
                      ApplicationEventPublisher events, LogoRepository logos,
                      CafRepository cafs) {
        this.logos = logos;
        this.cafs = cafs;
        this.conventions = conventions;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The conventions the caller may open, by title: those they are a member of and those of the Cafs they
     * administer (all of them for the platform administrator).
     */
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
                .map(p -> new ConventionHeader.PartyLogo(p.getShortName(), LogoUrls.of(p.getLogoId(), p.getLogoPath())))
                .toList());
    }

    /** Each party's logo as PNG for documents (Article 8), for any member: the uploaded one, else the placeholder. */
    public List<PdfLogo> partyLogos(long conventionId) {
        access.require(conventionId, Role.ANY_MEMBER);
        return load(conventionId).getParties().stream()
                .map(p -> new PdfLogo(p.getName(), logoPng(p.getLogoId(), p.getLogoPath()))).toList();
    }

    /**
     * An uploaded logo's PNG, for people who may see it: members of the convention whose party carries it, the
     * administrators of the Caf that has it, the members of that Caf's conventions.
     */
    public byte[] logo(long logoId) {
        boolean visible = conventions.findConventionIdsByPartyLogo(logoId).stream()
                .anyMatch(c -> !access.rolesIn(c).isEmpty());
        if (!visible) {
            List<Long> mine = access.memberConventionIds();
            visible = cafs.findByLogoId(logoId).stream().anyMatch(caf -> access.administersCaf(caf.getId())
                    || conventions.findIdsByCafId(caf.getId()).stream().anyMatch(mine::contains));
        }
        if (!visible) {
            throw new NotFoundException();
        }
        return logos.findById(logoId).map(Logo::getPng).orElseThrow(NotFoundException::new);
    }

    private byte[] logoPng(Long logoId, String staticPath) {
        if (logoId != null) {
            return logos.findById(logoId).map(Logo::getPng).orElse(null);
        }
        if (staticPath == null) {
            return null;
        }
        String png = staticPath.replaceFirst("\\.svg$", ".png").replaceFirst("^/", "");
        try (InputStream in = ConventionService.class.getResourceAsStream("/META-INF/resources/" + png)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
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
                figures(c));
    }

    /**
     * The territory portrait (Annexe 2, from the preamble), each figure with its unit, year and source, in order: for
     * members who read the convention (the shared diagnostic starts from it).
     */
    public List<Figure> territoryPortrait(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return figures(load(conventionId));
    }

    private static List<Figure> figures(Convention c) {
        return c.getFigures().stream().map(f -> new Figure(f.getLabel(), f.getValue(), f.getUnit(), f.getYear(),
                f.getSource())).toList();
    }

    /** Legal basis, articles and annexes, for members who read the convention. */
    public ConventionText text(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Convention c = load(conventionId);
        return new ConventionText(c.getId(), c.getTitle(),
                c.getLegalBases().stream().map(LegalBasis::getText).toList(),
                c.getArticles().stream().map(a -> new ConventionText.ArticleItem(a.getNumber(), a.getTitle(),
                        a.getBody())).toList(),
                c.getAnnexes().stream().map(a -> new ConventionText.AnnexItem(a.getNumber(), a.getTitle(),
                        a.getDescription(), a.isProvided())).toList());
    }

    /** The fields of intervention (for any member who reads the convention). */
    public List<FieldRef> fields(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return fieldRefs(load(conventionId));
    }

    /** The fields' titles, for any member (associations included: the action plan they see is grouped by field). */
    public List<FieldRef> fieldTitles(long conventionId) {
        access.require(conventionId, Role.ANY_MEMBER);
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

    /** Whether a convention already has that code (for those who create conventions: a Caf's administrators). */
    public boolean codeTaken(String code) {
        if (!access.administersAnything()) {
            throw new AccessRefusedException();
        }
        return conventions.existsByCode(code);
    }

    /** The id of the convention with that code, if any (platform administrator). */
    public Optional<Long> idOfCode(String code) {
        requirePlatformAdmin();
        return conventions.findByCode(code).map(c -> c.getId());
    }

    /**
     * Creates a convention of a Caf with its parties, text, fields, groups and portrait (the Caf's administrators;
     * the convention wizard and the demo loader).
     */
    @Transactional
    public long create(long cafId, NewConvention cmd) {
        access.requireCafAdmin(cafId);
        validate(cmd);
        Convention c = new Convention(cafId, cmd.code(), cmd.title().strip(), cmd.territory().strip(), cmd.signedOn(),
                cmd.startDate(), cmd.endDate(), cmd.renewal(), cmd.noticeMonths(),
                ConventionChecks.text(cmd.noticeForm(), 300, false, "convention.error.noticeForm"),
                cmd.status(), cmd.demo());
        int i = 0;
        for (NewConvention.NewParty p : cmd.parties()) {
            Party party = new Party(c, ++i, p.kind(), p.name().strip(), p.shortName().strip(),
                    ConventionChecks.text(p.address(), 500, false, "convention.error.partyAddress"), p.logoPath());
            party.setLogoId(p.logoId());
            int j = 0;
            for (NewConvention.NewSignatory s : Objects.requireNonNullElse(p.signatories(),
                    List.<NewConvention.NewSignatory>of())) {
                party.getSignatories().add(new Signatory(party, ++j, s.fullName().strip(), s.capacity().strip(),
                        ConventionChecks.text(s.authorisation(), 500, false, "convention.error.signatoryAuthorisation")));
            }
            c.getParties().add(party);
        }
        i = 0;
        for (String text : Objects.requireNonNullElse(cmd.legalBasis(), List.<String>of())) {
            c.getLegalBases().add(new LegalBasis(c, ++i, text.strip()));
        }
        for (NewConvention.NewArticle a : Objects.requireNonNullElse(cmd.articles(), List.<NewConvention.NewArticle>of())) {
            c.getArticles().add(new Article(c, a.number(), a.title(), a.body()));
        }
        for (NewConvention.NewAnnex a : Objects.requireNonNullElse(cmd.annexes(), List.<NewConvention.NewAnnex>of())) {
            c.getAnnexes().add(new Annex(c, a.number(), a.title(), a.description(), a.provided()));
        }
        i = 0;
        for (String title : cmd.fields()) {
            c.getFields().add(new FieldOfIntervention(c, ++i, title.strip()));
        }
        i = 0;
        for (NewConvention.NewThematicGroup g : Objects.requireNonNullElse(cmd.thematicGroups(),
                List.<NewConvention.NewThematicGroup>of())) {
            c.getThematicGroups().add(new ThematicGroup(c, ++i, g.name().strip(),
                    ConventionChecks.text(g.description(), 1000, false, "convention.error.groupDescription")));
        }
        i = 0;
        for (NewConvention.NewFigure f : Objects.requireNonNullElse(cmd.territoryPortrait(),
                List.<NewConvention.NewFigure>of())) {
            c.getFigures().add(new TerritoryFigure(c, ++i, f.label(), f.value(), f.unit(), f.year(), f.source()));
        }
        long id = conventions.save(c).getId();
        events.publishEvent(new ConventionCreated(id, c.getCode()));
        events.publishEvent(JournalEvent.of(JournalKind.CONVENTION_CREATED)
                .convention(id).caf(cafId).detail(c.getCode() + " " + c.getTitle()));
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
        ConventionChecks.terms(cmd.title(), cmd.territory(), cmd.startDate(), cmd.endDate(), cmd.signedOn(),
                cmd.noticeMonths(), cmd.noticeForm());
        if (cmd.renewal() == null || cmd.status() == null) {
            throw new BusinessRuleException("convention.error.renewal");
        }
        ConventionChecks.parties(cmd.parties());
        for (NewConvention.NewParty p : cmd.parties()) {
            if (p.logoId() != null && !logos.existsById(p.logoId())) {
                throw new BusinessRuleException("logo.error.unreadable");
            }
        }
        ConventionChecks.legalBasis(cmd.legalBasis());
        ConventionChecks.fields(cmd.fields());
        List<NewConvention.NewThematicGroup> groups = Objects.requireNonNullElse(cmd.thematicGroups(), List.of());
        ConventionChecks.groups(groups.stream().map(NewConvention.NewThematicGroup::name).toList(),
                groups.stream().map(NewConvention.NewThematicGroup::description).toList());
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

    static ConventionRef ref(Convention c) {
        return new ConventionRef(c.getId(), c.getCode(), c.getTitle(), c.getTerritory(), c.isDemo());
    }

    private static PartyRow party(Party p) {
        return new PartyRow(p.getName(), p.getShortName(), p.getKind(), p.getAddress(), p.getLogoPath(),
                p.getSignatories().stream().map(s -> new SignatoryRow(s.getFullName(), s.getCapacity(),
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
