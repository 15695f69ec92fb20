package fr.ctg.admin;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.CafService;
import fr.ctg.convention.CafSummary;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.ConventionText;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.NewConvention;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.governance.CommitteeSettingsService;
import fr.ctg.governance.CommitteeSetup;
import fr.ctg.governance.RuleSetup;
import fr.ctg.objective.FieldObjectives;
import fr.ctg.objective.NewObjective;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.Committee;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.MembershipService;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The new-convention wizard of a Caf's administrators: a draft from the national CTG structure or from a copy of
 * another convention of the same Caf (structure only), then the convention created in one transaction with its
 * objectives, committees and Annexe 3 rules, its creator as its administrator. Any refusal leaves nothing behind.
 */
@Service
@Transactional
public class ConventionSetupService {

    private final CafService cafs;
    private final ConventionService conventions;
    private final ObjectiveService objectives;
    private final CommitteeSettingsService committees;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final NationalStructure national;
    private final Clock clock;

    ConventionSetupService(CafService cafs, ConventionService conventions, ObjectiveService objectives,
                           CommitteeSettingsService committees, MembershipService memberships, CurrentUser currentUser,
                           NationalStructure national, Clock clock) {
        this.cafs = cafs;
        this.conventions = conventions;
        this.objectives = objectives;
        this.committees = committees;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.national = national;
        this.clock = clock;
    }

    /** A draft from the national structure, the Caf as first party (its name, address and logo). */
    @Transactional(readOnly = true)
    public ConventionDraft fromNationalStructure(long cafId) {
        CafSummary caf = cafs.caf(cafId);
        NationalStructure.Template t = national.template();
        LocalDate start = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        LocalDate end = start.plusYears(t.durationYears()).withDayOfYear(1).minusDays(1);
        return new ConventionDraft("", "", List.of(cafParty(caf), emptyPartner()), t.legalBasis(), null, start, end,
                t.noticeMonths(), t.noticeForm(), t.renewal(), t.fields(), t.thematicGroups(),
                t.committees().stream().map(c -> new CommitteeSetup(null, c.kind(), c.name(), c.secretariat())).toList(),
                t.rules().stream().map(r -> new RuleSetup(null, r.trigger(), r.kind(), r.months(), r.days())).toList(),
                t.articles(), t.annexes(), t.objectives());
    }

    /**
     * A draft copying another convention of the same Caf: its text, annexes, fields, groups, objectives (titles,
     * descriptions, groups), committees and rules; never its people, signatories, documents or dates.
     */
    @Transactional(readOnly = true)
    public ConventionDraft copyOf(long cafId, long sourceConventionId) {
        CafSummary caf = cafs.caf(cafId);
        if (cafs.conventions(cafId).stream().noneMatch(c -> c.id() == sourceConventionId)) {
            throw new NotFoundException();
        }
        ConventionText text = conventions.text(sourceConventionId);
        List<FieldRef> fields = conventions.fields(sourceConventionId);
        List<ThematicGroupRef> groups = conventions.thematicGroups(sourceConventionId);
        Map<Long, Integer> fieldPosition = new HashMap<>();
        fields.forEach(f -> fieldPosition.put(f.id(), f.position()));
        List<ConventionDraft.DraftObjective> objs = new ArrayList<>();
        for (FieldObjectives fo : objectives.byField(sourceConventionId)) {
            for (ObjectiveSummary o : fo.objectives()) {
                if (o.parentId() == null) {
                    objs.add(new ConventionDraft.DraftObjective(fieldPosition.getOrDefault(o.fieldId(), 1), o.title(),
                            o.description(), o.thematicGroups().stream().map(ThematicGroupRef::name).toList()));
                }
            }
        }
        var settings = conventions.overview(sourceConventionId);
        LocalDate start = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        LocalDate end = start.plusYears(4).withDayOfYear(1).minusDays(1);
        return new ConventionDraft("", "", List.of(cafParty(caf), emptyPartner()), text.legalBasis(), null, start, end,
                settings.noticeMonths(), settings.noticeForm(), settings.renewal(),
                fields.stream().map(FieldRef::title).toList(),
                groups.stream().map(g -> new NewConvention.NewThematicGroup(g.name(), g.description())).toList(),
                committees.committees(sourceConventionId).stream()
                        .filter(c -> c.kind() != Committee.THEMATIC_GROUP)
                        .map(c -> new CommitteeSetup(null, c.kind(), c.name(), c.secretariat())).toList(),
                committees.rules(sourceConventionId).stream()
                        .map(r -> new RuleSetup(null, r.trigger(), r.kind(), r.months(), r.days())).toList(),
                text.articles().stream().map(a -> new NewConvention.NewArticle(a.number(), a.title(), a.body())).toList(),
                text.annexes().stream().map(a -> new NewConvention.NewAnnex(a.number(), a.title(), a.description(), false))
                        .toList(),
                objs);
    }

    /** The conventions of the Caf a draft may copy. */
    @Transactional(readOnly = true)
    public List<ConventionRef> copyable(long cafId) {
        return cafs.conventions(cafId);
    }

    /**
     * Creates the convention: its parties, text (tokens replaced), fields, groups and objectives, its committees and
     * rules as drafted, the creator as its administrator. Returns its id.
     */
    public long create(long cafId, ConventionDraft d) {
        CafSummary caf = cafs.caf(cafId);
        if (d.parties() == null || d.parties().size() < 2) {
            throw new BusinessRuleException("convention.error.parties");
        }
        String code = code(caf.code(), d);
        List<NewConvention.NewArticle> articles = d.articles() == null ? List.of() : d.articles().stream()
                .map(a -> new NewConvention.NewArticle(a.number(), ArticleTokens.apply(a.title(), d),
                        ArticleTokens.apply(a.body(), d))).toList();
        List<String> legalBasis = d.legalBasis() == null ? List.of() : d.legalBasis().stream()
                .filter(l -> l != null && !l.isBlank()).map(l -> ArticleTokens.apply(l, d)).toList();
        NewConvention cmd = new NewConvention(code, d.title(), d.territory(), d.signedOn(), d.startDate(), d.endDate(),
                d.renewal(), d.noticeMonths(), d.noticeForm(), ConventionStatus.DRAFT, false, d.parties(), legalBasis,
                articles, d.annexes() == null ? List.of() : d.annexes(), d.fields(),
                d.thematicGroups() == null ? List.of() : d.thematicGroups(), List.of());
        long conventionId = conventions.create(cafId, cmd);

        List<FieldRef> fields = conventions.fields(conventionId);
        Map<String, Long> groups = new HashMap<>();
        conventions.thematicGroups(conventionId).forEach(g -> groups.put(groupKey(g.name()), g.id()));
        for (ConventionDraft.DraftObjective o : d.objectives() == null ? List.<ConventionDraft.DraftObjective>of()
                : d.objectives()) {
            if (o.field() < 1 || o.field() > fields.size()) {
                throw new BusinessRuleException("wizard.error.objectiveField", o.title());
            }
            Set<Long> groupIds = new LinkedHashSet<>();
            for (String name : o.thematicGroups() == null ? List.<String>of() : o.thematicGroups()) {
                Long id = name == null ? null : groups.get(groupKey(name));
                if (id != null) {
                    groupIds.add(id);
                }
            }
            objectives.create(conventionId, new NewObjective(fields.get(o.field() - 1).id(), o.title(),
                    o.description(), ObjectiveStatus.PLANNED, 0, groupIds));
        }
        applyCommittees(conventionId, d.committees());
        committees.updateRules(conventionId, d.rules() == null ? List.of() : d.rules().stream()
                .map(r -> new RuleSetup(null, r.trigger(), r.kind(), r.months(), r.days())).toList());
        memberships.grantAdministrator(conventionId, currentUser.require().accountId());
        return conventionId;
    }

    /** The drafted names and secretariats go to the committees every convention gets (matched by kind). */
    private void applyCommittees(long conventionId, List<CommitteeSetup> drafted) {
        if (drafted == null || drafted.isEmpty()) {
            return;
        }
        List<CommitteeSetup> existing = committees.committees(conventionId);
        List<CommitteeSetup> updated = new ArrayList<>();
        for (CommitteeSetup e : existing) {
            CommitteeSetup wanted = e.kind() == Committee.THEMATIC_GROUP ? null
                    : drafted.stream().filter(x -> x.kind() == e.kind()).findFirst().orElse(null);
            updated.add(wanted == null ? e : new CommitteeSetup(e.id(), e.kind(), wanted.name(), wanted.secretariat()));
        }
        committees.updateCommittees(conventionId, updated);
    }

    /** A free code for the convention: the Caf's code and the territory's short name ({@code gers-saves}, …-2). */
    private String code(String cafCode, ConventionDraft d) {
        String partner = d.parties().stream().filter(p -> p.kind() != PartyKind.CAF).map(NewConvention.NewParty::shortName)
                .filter(s -> s != null && !s.isBlank()).findFirst().orElse(d.territory() == null ? "" : d.territory());
        String slug = Normalizer.normalize(partner, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = (cafCode + "-" + (slug.isEmpty() ? "convention" : slug));
        base = base.length() > 44 ? base.substring(0, 44).replaceAll("-$", "") : base;
        String code = base;
        for (int i = 2; conventions.codeTaken(code); i++) {
            code = base + "-" + i;
        }
        return code;
    }

    private static NewConvention.NewParty cafParty(CafSummary caf) {
        return new NewConvention.NewParty(PartyKind.CAF, caf.fullName(), caf.name(), caf.address(), caf.logoPath(),
                caf.logoId(), List.of());
    }

    private static NewConvention.NewParty emptyPartner() {
        return new NewConvention.NewParty(PartyKind.EPCI, "", "", null, null, null, List.of());
    }

    /** Groups are matched as their names are stored: stripped; and as the checks compare them: whatever the case. */
    private static String groupKey(String name) {
        return name.strip().toLowerCase(Locale.FRENCH);
    }
}
