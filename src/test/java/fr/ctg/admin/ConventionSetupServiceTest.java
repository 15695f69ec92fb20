package fr.ctg.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.CafService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionText;
import fr.ctg.convention.NewConvention;
import fr.ctg.governance.CommitteeSettingsService;
import fr.ctg.governance.CommitteeSetup;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.RuleSetup;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.Committee;
import fr.ctg.security.MembershipService;
import fr.ctg.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The new-convention wizard's service: the national CTG structure (12 articles, 4 fields and their 10 objectives,
 * Annexe 3 rules) or a copy of another convention of the same Caf (structure only); created in one piece, its
 * creator as administrator; bad input refused and nothing half-created.
 */
@CtgSpringTest
class ConventionSetupServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired ConventionSetupService setup;
    @Autowired ConventionService conventions;
    @Autowired CafService cafs;
    @Autowired ObjectiveService objectives;
    @Autowired CommitteeSettingsService committees;
    @Autowired MembershipService memberships;

    TenantFixture.Tenant t;

    @BeforeEach
    void setUp() {
        t = fixture.create();
        login.as(t.user("cafadmin"));
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void aConventionFromTheNationalStructureHasItsArticlesFieldsObjectivesCommitteesAndRules() {
        ConventionDraft draft = setup.fromNationalStructure(t.cafId());
        assertThat(draft.articles()).extracting(NewConvention.NewArticle::number)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(draft.fields()).hasSize(4);
        assertThat(draft.objectives()).hasSize(10);
        assertThat(draft.annexes()).hasSize(7);
        assertThat(draft.rules()).extracting(RuleSetup::kind, RuleSetup::months, RuleSetup::days).containsExactly(
                Tuple.tuple(DeadlineKind.FOLLOW_UP_COMMITTEE, 1, 0),
                Tuple.tuple(DeadlineKind.SECRETARIAT_PROPOSALS, 0, 15));
        assertThat(draft.parties().getFirst().kind()).isEqualTo(PartyKind.CAF);
        assertThat(draft.parties().getFirst().shortName()).isEqualTo("Caf " + t.prefix());

        long before = cafs.conventions(t.cafId()).size();
        ConventionDraft filled = filled(draft, "Communauté de communes du Savès", "CC du Savès");
        long id = setup.create(t.cafId(), filled);
        assertThat(cafs.conventions(t.cafId())).hasSize((int) before + 1);
        ConventionText text = conventions.text(id);
        assertThat(text.articles()).hasSize(13);
        assertThat(text.articles()).noneMatch(a -> a.body().contains("{"));
        assertThat(text.articles().get(6).body()).contains("de la communauté de communes du Savès");
        assertThat(text.articles().get(10).body()).contains("31 décembre", "par expresse reconduction", "3 mois");
        assertThat(objectives.byField(id)).extracting(f -> f.objectives().size()).containsExactly(3, 1, 3, 3);
        assertThat(committees.committees(id)).extracting(CommitteeSetup::kind).containsOnlyOnce(Committee.COMITE_PILOTAGE,
                Committee.COMITE_SUIVI, Committee.COMITE_SUIVI_EVALUATION);
        assertThat(committees.committees(id)).filteredOn(c -> c.kind() == Committee.THEMATIC_GROUP).hasSize(6);
        assertThat(committees.rules(id)).hasSize(2);
        assertThat(memberships.members(id)).singleElement().satisfies(m -> {
            assertThat(m.username()).isEqualTo(t.user("cafadmin"));
            assertThat(m.roles()).containsExactly(Role.ADMIN);
        });
        assertThat(conventions.ref(id).code()).startsWith(t.prefix() + "-cc-du-saves");
        long again = setup.create(t.cafId(), filled);
        assertThat(conventions.ref(again).code()).isEqualTo(conventions.ref(id).code() + "-2");
    }

    @Test
    void aCopyTakesTheStructureOfAConventionOfTheSameCafNeverItsPeople() {
        ConventionDraft copy = setup.copyOf(t.cafId(), t.one());
        assertThat(copy.fields()).containsExactly("Champ A", "Champ B");
        assertThat(copy.thematicGroups()).extracting(NewConvention.NewThematicGroup::name)
                .containsExactly("Petite enfance", "Parentalité");
        assertThat(copy.parties().get(1).name()).as("the other party is the new convention's").isEmpty();
        long id = setup.create(t.cafId(), filled(copy, "Commune de Lombez", "Lombez"));
        assertThat(memberships.members(id)).extracting(m -> m.username()).containsExactly(t.user("cafadmin"));
        assertThat(conventions.fields(id)).hasSize(2);
    }

    @Test
    void badInputIsRefusedAndNothingIsCreated() {
        ConventionDraft draft = setup.fromNationalStructure(t.cafId());
        long before = cafs.conventions(t.cafId()).size();
        assertThatThrownBy(() -> setup.create(t.cafId(), draft)).as("no title, no partner")
                .hasMessageContaining("convention.error.title");
        ConventionDraft noPartner = filled(draft, "", "");
        assertThatThrownBy(() -> setup.create(t.cafId(), noPartner)).hasMessageContaining("convention.error.partyName");
        ConventionDraft badRule = with(filled(draft, "CC du Test", "CC Test"), List.of(
                new RuleSetup(null, Committee.COMITE_PILOTAGE, DeadlineKind.FOLLOW_UP_COMMITTEE, 0, 0)));
        assertThatThrownBy(() -> setup.create(t.cafId(), badRule)).hasMessageContaining("rules.error.offset");
        assertThat(cafs.conventions(t.cafId())).as("nothing half-created").hasSize((int) before);
    }

    private static ConventionDraft filled(ConventionDraft d, String partner, String shortName) {
        List<NewConvention.NewParty> parties = new ArrayList<>(d.parties());
        parties.set(1, new NewConvention.NewParty(PartyKind.EPCI, partner, shortName, "Avenue Lagailloue – 32220 Lombez",
                null, null, List.of(new NewConvention.NewSignatory("Hervé Lefebvre", "Président",
                "Autorisé par délibération du conseil communautaire"))));
        return new ConventionDraft("Convention territoriale globale – " + shortName,
                partner.isEmpty() ? "Territoire sans partenaire" : partner, parties, d.legalBasis(),
                d.signedOn(), d.startDate(), d.endDate(), d.noticeMonths(), d.noticeForm(), d.renewal(), d.fields(),
                d.thematicGroups(), d.committees(), d.rules(), d.articles(), d.annexes(), d.objectives());
    }

    private static ConventionDraft with(ConventionDraft d, List<RuleSetup> rules) {
        return new ConventionDraft(d.title(), d.territory(), d.parties(), d.legalBasis(), d.signedOn(), d.startDate(),
                d.endDate(), d.noticeMonths(), d.noticeForm(), d.renewal(), d.fields(), d.thematicGroups(),
                d.committees(), rules, d.articles(), d.annexes(), d.objectives());
    }
}
