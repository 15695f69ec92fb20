package fr.ctg.means;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionSettings;
import fr.ctg.convention.ConventionSettingsService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Annexe 1: lines per partner, field and year with their totals; bad lines refused with their reason and nothing
 * written; the CSV import checks every row first, then writes only the valid ones.
 */
@CtgSpringTest
class MeansServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired MeansService means;
    @Autowired MeansCsvService csv;
    @Autowired ConventionHistoryService history;
    @Autowired ConventionSettingsService settings;

    EditingFixture.World w;
    long caf;
    long cc;

    @BeforeEach
    void setUp() {
        w = fixture.create();
        login.as(w.user("secretariat"));
        var parties = history.current(w.conventionId()).parties();
        caf = parties.get(0).id();
        cc = parties.get(1).id();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private MeansDraft line(long party, int year, MeansCategory category, String label, String quantity, String unit,
                            FundingSource source) {
        return new MeansDraft(party, w.fieldA(), year, category, label, new BigDecimal(quantity), unit, source,
                Set.of(w.objectiveId()));
    }

    @Test
    void linesAddUpPerPartnerFieldAndYear() {
        means.create(w.conventionId(), line(caf, 2025, MeansCategory.FUNDING, "Prestation de service", "42000", null,
                FundingSource.CAF_ACTION_SOCIALE));
        means.create(w.conventionId(), line(caf, 2026, MeansCategory.FUNDING, "Bonus territoire", "8000,5".replace(',', '.'),
                null, FundingSource.BONUS_TERRITOIRE));
        means.create(w.conventionId(), line(cc, 2025, MeansCategory.STAFF, "Animatrice RPE", "0.8", "personnes", null));
        means.create(w.conventionId(), line(cc, 2025, MeansCategory.SERVICE_OFFER, "Places d’EAJE", "24", "places", null));
        assertThat(means.list(w.conventionId())).hasSize(4).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo(MeansCategory.STAFF);
            assertThat(r.unit()).as("staff counts in FTE whatever is typed").isEqualTo("ETP");
        });
        MeansTotals totals = means.totals(w.conventionId());
        assertThat(totals.byPartner()).anySatisfy(t -> {
            assertThat(t.group()).isEqualTo("Caf");
            assertThat(t.unit()).isEqualTo("€");
            assertThat(t.sum()).isEqualByComparingTo("50000.50");
        });
        assertThat(totals.byYear()).anySatisfy(t -> {
            assertThat(t.group()).isEqualTo("2025");
            assertThat(t.unit()).isEqualTo("places");
            assertThat(t.sum()).isEqualByComparingTo("24");
        });
        assertThat(totals.byField()).extracting(MeansTotals.Total::unit).containsExactlyInAnyOrder("€", "ETP", "places");
    }

    @Test
    void aPartnerOrAFieldThatLinesNameCannotBeRemoved() {
        means.create(w.conventionId(), line(cc, 2025, MeansCategory.STAFF, "Animatrice RPE", "1", null, null));
        assertThatThrownBy(() -> SystemIdentity.run(() -> {
            ConventionSettings s = settings.settings(w.conventionId());
            settings.updateParties(w.conventionId(), List.of(s.parties().getFirst(), new ConventionSettings.PartyDetails(
                    null, PartyKind.EPCI, "Autre EPCI", "Autre", null, null, List.of())));
        })).hasMessageContaining("convention.error.partyInUse");
        assertThatThrownBy(() -> SystemIdentity.run(() -> {
            ConventionSettings s = settings.settings(w.conventionId());
            settings.updateFields(w.conventionId(), s.fields().stream().filter(f -> f.id() != w.fieldA())
                    .map(f -> new ConventionSettings.Item(f.id(), f.title(), null)).toList());
        })).hasMessageContaining("convention.error.fieldInUse");
        assertThat(history.current(w.conventionId()).parties()).hasSize(2);
    }

    @Test
    void badLinesAreRefusedWithTheirReasonAndNothingIsWritten() {
        assertThatThrownBy(() -> means.create(w.conventionId(), line(cc, 2025, MeansCategory.STAFF, "Animatrice", "-1",
                null, null))).hasMessageContaining("means.error.negativeStaff");
        assertThatThrownBy(() -> means.create(w.conventionId(), new MeansDraft(cc, 999_999L, 2025,
                MeansCategory.STAFF, "Animatrice", BigDecimal.ONE, null, null, Set.of())))
                .hasMessageContaining("means.error.field");
        assertThatThrownBy(() -> means.create(w.conventionId(), line(cc, 2031, MeansCategory.STAFF, "Animatrice", "1",
                null, null))).hasMessageContaining("means.error.year");
        assertThatThrownBy(() -> means.create(w.conventionId(), line(cc, 2025, MeansCategory.FUNDING, "Subvention", "10",
                null, null))).hasMessageContaining("means.error.source");
        assertThatThrownBy(() -> means.create(w.conventionId(), line(cc, 2025, MeansCategory.SERVICE_OFFER, "Places",
                "10", " ", null))).hasMessageContaining("means.error.unit");
        assertThat(means.list(w.conventionId())).isEmpty();
        login.as(w.user("lecteur"));
        assertThatThrownBy(() -> means.create(w.conventionId(), line(cc, 2025, MeansCategory.STAFF, "Animatrice", "1",
                null, null))).isInstanceOf(AccessRefusedException.class);
        assertThat(means.list(w.conventionId())).isEmpty();
    }

    @Test
    void theImportChecksEveryRowFirstThenWritesTheValidOnes() {
        means.create(w.conventionId(), line(cc, 2025, MeansCategory.SERVICE_OFFER, "Places d’EAJE", "20", "places", null));
        String file = "\uFEFFpartenaire;champ;annee;nature;libelle;quantite;unite;source;objectifs\n"
                + "CC;Champ A;2025;offre;Places d’EAJE;24;places;;Ouvrir un lieu d’accueil enfants-parents\n"
                + "Caf;1;2026;financement;Prestation de service;12 500,50;;caf_action_sociale;\n"
                + "CC;Champ A;2025;personnel;Animatrice;-0,5;;;\n"
                + "Mairie;Champ A;2025;personnel;Animatrice;1;;;\n"
                + "CC;Champ Z;2025;personnel;Animatrice;1;;;\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        MeansImportPreview p = csv.preview(w.conventionId(), bytes);
        assertThat(p.rows()).extracting(MeansImportPreview.Row::outcome).containsExactly(
                MeansImportPreview.Outcome.REPLACES, MeansImportPreview.Outcome.NEW, MeansImportPreview.Outcome.ERROR,
                MeansImportPreview.Outcome.ERROR, MeansImportPreview.Outcome.ERROR);
        assertThat(p.rows()).extracting(MeansImportPreview.Row::messageKey).containsExactly(null, null,
                "means.error.negativeStaff", "means.error.party", "means.error.field");
        assertThat(means.list(w.conventionId())).as("the dry run writes nothing").singleElement()
                .satisfies(r -> assertThat(r.quantity()).isEqualByComparingTo("20"));
        assertThat(csv.confirm(w.conventionId(), bytes)).isEqualTo(2);
        assertThat(means.list(w.conventionId())).hasSize(2).anySatisfy(r -> {
            assertThat(r.label()).isEqualTo("Places d’EAJE");
            assertThat(r.quantity()).isEqualByComparingTo("24");
            assertThat(r.objectiveIds()).containsExactly(w.objectiveId());
        }).anySatisfy(r -> assertThat(r.quantity()).isEqualByComparingTo("12500.50"));
        String exported = new String(csv.export(w.conventionId(), ';'), StandardCharsets.UTF_8);
        assertThat(exported).contains("Caf;Champ A;2026;financement;Prestation de service;12500,5;€;caf_action_sociale");
        assertThat(csv.preview(w.conventionId(), exported.getBytes(StandardCharsets.UTF_8)).rows())
                .extracting(MeansImportPreview.Row::outcome).containsOnly(MeansImportPreview.Outcome.UNCHANGED);
        assertThat(csv.preview(w.conventionId(), "nom;valeur\nx;1\n".getBytes(StandardCharsets.UTF_8)).fileErrorKey())
                .isEqualTo("indicator.csv.unknownColumn");
    }
}
