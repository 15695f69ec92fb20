package fr.ctg.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.ConventionSettings.Item;
import fr.ctg.convention.ConventionSettings.PartyDetails;
import fr.ctg.document.TestFiles;
import fr.ctg.governance.CommitteeSettingsService;
import fr.ctg.governance.CommitteeSetup;
import fr.ctg.governance.SecretariatParty;
import fr.ctg.objective.NewObjective;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.Committee;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After creation, a convention's administrators keep its terms, parties, signatories and logos, fields, groups and
 * committees; what is still in use is not removed; refusals change nothing.
 */
@CtgSpringTest
class ConventionSettingsServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired ConventionSettingsService settings;
    @Autowired ConventionService conventions;
    @Autowired CommitteeSettingsService committees;
    @Autowired ObjectiveService objectives;

    TenantFixture.Tenant t;

    @BeforeEach
    void setUp() {
        t = fixture.create();
        login.as(t.user("one-admin"));
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void termsAndPartiesWithTheirSignatoriesAndLogosAreKept() {
        ConventionSettings s = settings.settings(t.one());
        ConventionSettings.Terms terms = s.terms();
        settings.updateTerms(t.one(), new ConventionSettings.Terms("Nouvel intitulé", terms.territory(),
                LocalDate.of(2025, 3, 16), terms.startDate(), LocalDate.of(2029, 12, 31), RenewalMode.TACIT, 6,
                "Lettre recommandée", ConventionStatus.IN_FORCE));
        assertThatThrownBy(() -> settings.updateTerms(t.one(), new ConventionSettings.Terms("X", "Y", null,
                LocalDate.of(2030, 1, 1), LocalDate.of(2029, 1, 1), RenewalMode.NONE, 3, null, ConventionStatus.DRAFT)))
                .hasMessageContaining("convention.error.dates");
        assertThatThrownBy(() -> settings.updateTerms(t.one(), new ConventionSettings.Terms("Nouvel intitulé",
                terms.territory(), null, terms.startDate(), LocalDate.of(2029, 12, 31), RenewalMode.TACIT, 6, null,
                ConventionStatus.TERMINATED))).hasMessageContaining("convention.error.statusByArticle10");
        ConventionOverview o = conventions.overview(t.one());
        assertThat(o.title()).isEqualTo("Nouvel intitulé");
        assertThat(o.noticeMonths()).isEqualTo(6);
        assertThat(o.renewal()).isEqualTo(RenewalMode.TACIT);

        List<PartyDetails> parties = new ArrayList<>(s.parties());
        PartyDetails cc = parties.get(1);
        parties.set(1, new PartyDetails(cc.id(), PartyKind.EPCI, "Communauté de communes du Savès", "CC du Savès",
                "Avenue Lagailloue – 32220 Lombez", null, List.of(new NewConvention.NewSignatory("Hervé Lefebvre",
                "Président", "Délibération du 15 septembre 2014"))));
        settings.updateParties(t.one(), parties);
        assertThat(conventions.overview(t.one()).parties().get(1).signatories()).singleElement()
                .satisfies(sig -> assertThat(sig.capacity()).isEqualTo("Président"));
        List<PartyDetails> noCaf = List.of(parties.get(1), parties.get(1));
        assertThatThrownBy(() -> settings.updateParties(t.one(), noCaf)).hasMessageContaining("convention.error.cafParty");
        List<PartyDetails> noCapacity = List.of(parties.get(0), new PartyDetails(cc.id(), PartyKind.EPCI, "CC", "CC",
                null, null, List.of(new NewConvention.NewSignatory("Sans Qualité", " ", null))));
        assertThatThrownBy(() -> settings.updateParties(t.one(), noCapacity))
                .hasMessageContaining("convention.error.signatoryCapacity");
        assertThat(conventions.overview(t.one()).parties().get(1).name()).as("refusals change nothing")
                .isEqualTo("Communauté de communes du Savès");

        String url = settings.uploadPartyLogo(t.one(), cc.id(), new ByteArrayInputStream(TestFiles.png(1200, 400)));
        assertThat(url).matches("logos/\\d+\\.png");
        assertThat(conventions.header(t.one()).logos().get(1).logoPath()).isEqualTo(url);
        byte[] png = conventions.partyLogos(t.one()).get(1).png();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(conventions.logo(Long.parseLong(url.replaceAll("\\D", "")))).isEqualTo(png);
        assertThatThrownBy(() -> settings.uploadPartyLogo(t.one(), cc.id(),
                new ByteArrayInputStream("<svg onload=alert(1)>".getBytes()))).hasMessageContaining("logo.error.type");
        login.as(t.user("two-reader"));
        long logoId = Long.parseLong(url.replaceAll("\\D", ""));
        assertThatThrownBy(() -> conventions.logo(logoId)).as("another convention's logo")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void fieldsAndGroupsChangeUnlessInUseAndAGroupsCommitteeFollowsIt() {
        ConventionSettings s = settings.settings(t.one());
        FieldRef a = s.fields().get(0);
        FieldRef b = s.fields().get(1);
        ThematicGroupRef petiteEnfance = s.thematicGroups().get(0);
        objectives.create(t.one(), new NewObjective(a.id(), "Un relais petite enfance", null, ObjectiveStatus.PLANNED, 0,
                Set.of(petiteEnfance.id())));

        settings.updateFields(t.one(), List.of(new Item(b.id(), "Champ B", null), new Item(a.id(), "Champ A renommé", null),
                new Item(null, "Champ C", null)));
        assertThat(conventions.fields(t.one())).extracting(FieldRef::title)
                .containsExactly("Champ B", "Champ A renommé", "Champ C");
        assertThatThrownBy(() -> settings.updateFields(t.one(), List.of(new Item(b.id(), "Champ B", null))))
                .hasMessageContaining("convention.error.fieldInUse");
        assertThatThrownBy(() -> settings.updateFields(t.one(), List.of(new Item(null, "Doublon", null),
                new Item(null, "doublon", null)))).hasMessageContaining("convention.error.fieldTwice");

        ThematicGroupRef parentalite = s.thematicGroups().get(1);
        settings.updateThematicGroups(t.one(), List.of(new Item(petiteEnfance.id(), "Petite enfance", null),
                new Item(parentalite.id(), "Parentalité et familles", "LAEP, REAAP"),
                new Item(null, "Jeunesse", "12-17 ans")));
        assertThat(committees.committees(t.one())).filteredOn(c -> c.kind() == Committee.THEMATIC_GROUP)
                .extracting(CommitteeSetup::name)
                .containsExactlyInAnyOrder("Groupe « Petite enfance »", "Groupe « Parentalité et familles »",
                        "Groupe « Jeunesse »");
        assertThatThrownBy(() -> settings.updateThematicGroups(t.one(), List.of(new Item(parentalite.id(),
                "Parentalité et familles", null)))).hasMessageContaining("convention.error.groupInUse");
        settings.updateThematicGroups(t.one(), List.of(new Item(petiteEnfance.id(), "Petite enfance", null)));
        assertThat(conventions.thematicGroups(t.one())).extracting(ThematicGroupRef::name).containsExactly("Petite enfance");
        assertThat(committees.committees(t.one())).filteredOn(c -> c.kind() == Committee.THEMATIC_GROUP).hasSize(1);

        List<CommitteeSetup> renamed = committees.committees(t.one()).stream()
                .map(c -> c.kind() == Committee.COMITE_PILOTAGE ? new CommitteeSetup(c.id(), c.kind(), "COPIL du Savès",
                        SecretariatParty.CAF) : c).toList();
        committees.updateCommittees(t.one(), renamed);
        assertThat(committees.committees(t.one())).filteredOn(c -> c.kind() == Committee.COMITE_PILOTAGE)
                .extracting(CommitteeSetup::name, CommitteeSetup::secretariat)
                .containsExactly(Tuple.tuple("COPIL du Savès", SecretariatParty.CAF));
    }
}
