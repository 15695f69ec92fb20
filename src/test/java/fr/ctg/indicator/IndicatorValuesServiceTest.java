package fr.ctg.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.notification.NotificationService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Catalogue rules, values with source and history, outliers, ratios, completeness, validation, visibility. */
@CtgSpringTest
class IndicatorValuesServiceTest {

    @Autowired IndicatorCatalogueService catalogue;
    @Autowired IndicatorValuesService values;
    @Autowired IndicatorDashboardService dashboard;
    @Autowired IndicatorFixture fixture;
    @Autowired TestLogin login;
    @Autowired AccountService accounts;
    @Autowired NotificationService notifications;
    @Autowired EditingFixture editing;

    IndicatorFixture.Catalogue c;

    @BeforeEach
    void setUp() {
        c = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private ValueRow put(long indicator, String period, String value) {
        return values.record(new ValueEntry(indicator, period, new BigDecimal(value), SourceKind.CAF, null, null, false, null));
    }

    private long conv() {
        return c.w().conventionId();
    }

    @Test
    void aValidatedPeriodIsAnnouncedToTheGroupsMembersAndTheSecretariat() {
        long suivi = editing.accountId(c.w(), "suivi");
        SystemIdentity.run(() -> accounts.grant(suivi, conv(), Set.of(), Set.of(), Set.of(c.w().groupA())));
        login.as(c.user("suivi"));
        put(c.places(), "2024", "55");
        put(c.children(), "2024", "120");
        login.as(c.user("referent"));
        values.validate(conv(), c.w().groupA(), "2024");

        for (String told : List.of("suivi", "secretariat")) {
            login.as(c.user(told));
            assertThat(notifications.recent(5)).as(told).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationService.KIND_INDICATOR_VALIDATED);
                assertThat(n.subject()).endsWith(" — 2024");
                assertThat(n.actorName()).startsWith("Rémi Référent");
            });
        }
        for (String notTold : List.of("copil", "lecteur", "referent")) {
            login.as(c.user(notTold));
            assertThat(notifications.unreadCount()).as(notTold + ": not in the group").isZero();
        }
    }

    @Test
    void theCatalogueRefusesIncoherentDefinitions() {
        login.as(c.user("referent"));
        long g = c.w().groupA();
        assertThatThrownBy(() -> catalogue.create(conv(), IndicatorFixture.raw(g, "EAJE_PLACES", "Doublon", "u",
                Periodicity.YEARLY, Direction.HIGHER_IS_BETTER, null, null, Map.of())))
                .hasMessageContaining("indicator.error.codeTaken");
        assertThatThrownBy(() -> catalogue.create(conv(), IndicatorFixture.raw(g, "X", "X", "u", Periodicity.YEARLY,
                Direction.HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.ONE, Map.of())))
                .hasMessageContaining("indicator.error.minMax");
        assertThatThrownBy(() -> catalogue.create(conv(), IndicatorFixture.raw(g, "Y", "Y", "u", Periodicity.QUARTERLY,
                Direction.HIGHER_IS_BETTER, null, null, Map.of("2024", BigDecimal.ONE))))
                .hasMessageContaining("indicator.error.targetPeriod");
        assertThatThrownBy(() -> catalogue.create(conv(), new IndicatorDefinition(g, "R", "Ratio", null, "%", 1,
                Periodicity.YEARLY, IndicatorKind.RATIO, c.places(), c.laep(), BigDecimal.TEN, null, null, Map.of(),
                null, null, Direction.HIGHER_IS_BETTER, SourceKind.CAF, null, Set.of(), null, false)))
                .as("operands of another rhythm").hasMessageContaining("indicator.error.ratioOperandKind");
        login.as(c.user("suivi"));
        assertThatThrownBy(() -> catalogue.create(conv(), IndicatorFixture.raw(g, "Z", "Z", "u", Periodicity.YEARLY,
                Direction.HIGHER_IS_BETTER, null, null, Map.of()))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void valuesKeepTheirSourceAndHistoryAndRatiosAreComputed() {
        login.as(c.user("suivi"));
        put(c.places(), "2023", "50");
        put(c.children(), "2023", "200");
        values.record(new ValueEntry(c.places(), "2023", new BigDecimal("52"), SourceKind.OTHER, "Relevé PMI", "Corrigé",
                true, null));
        List<ValueChange> history = values.history(c.places(), "2023");
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().previousValue()).isEqualByComparingTo("50");
        assertThat(history.getFirst().newValue()).isEqualByComparingTo("52");
        assertThat(history.getFirst().sourceDetail()).isEqualTo("Relevé PMI");
        assertThat(history.getFirst().changedBy()).startsWith("Sam Suivi");
        assertThat(values.series(c.coverage())).singleElement().satisfies(v -> {
            assertThat(v.computed()).isTrue();
            assertThat(v.value()).isEqualByComparingTo("26.0");
        });
        assertThatThrownBy(() -> put(c.coverage(), "2023", "30")).hasMessageContaining("indicator.error.computed");
        assertThatThrownBy(() -> values.record(new ValueEntry(c.places(), "2024", BigDecimal.ONE, SourceKind.OTHER, " ",
                null, false, null))).hasMessageContaining("indicator.error.sourceDetail");
        assertThatThrownBy(() -> put(c.places(), "2024-T1", "3")).hasMessageContaining("indicator.error.periodFor");
        assertThatThrownBy(() -> put(c.laep(), "2024", "3")).hasMessageContaining("indicator.error.periodFor");
        login.as(c.user("lecteur"));
        assertThatThrownBy(() -> put(c.places(), "2024", "3")).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void outOfRangeIsRefusedAndFarOffValuesNeedAReason() {
        login.as(c.user("suivi"));
        assertThatThrownBy(() -> put(c.laep(), "2024-T1", "120")).hasMessageContaining("indicator.error.range");
        assertThatThrownBy(() -> put(c.places(), "2024", "-1")).hasMessageContaining("indicator.error.range");
        put(c.laep(), "2024-T1", "40");
        assertThatThrownBy(() -> put(c.laep(), "2024-T2", "70")).isInstanceOf(OutlierReasonRequired.class)
                .hasMessageContaining("indicator.outlier.previous");
        ValueRow flagged = values.record(new ValueEntry(c.laep(), "2024-T2", new BigDecimal("70"), SourceKind.CAF, null,
                null, false, "Ouverture d’un second créneau"));
        assertThat(flagged.outlier()).isTrue();
        assertThat(flagged.outlierReason()).isEqualTo("Ouverture d’un second créneau");
        put(c.places(), "2019", "40");
        put(c.places(), "2020", "41");
        put(c.places(), "2021", "40");
        put(c.places(), "2022", "41");
        assertThatThrownBy(() -> put(c.places(), "2018", "45")).hasMessageContaining("indicator.outlier.series");
        assertThat(put(c.places(), "2023", "41").outlier()).isFalse();
    }

    @Test
    void completenessAndValidationLockAGroupsPeriod() {
        login.as(c.user("suivi"));
        put(c.places(), "2024", "55");
        EntrySheet sheet = values.sheet(conv(), c.w().groupA(), "2024");
        assertThat(sheet.rows()).extracting(r -> r.indicator().code()).containsExactly("EAJE_PLACES", "ENFANTS_3", "COUV_EAJE");
        assertThat(sheet.status().expected()).isEqualTo(2);
        assertThat(sheet.status().completeness()).isEqualTo(50);
        assertThat(sheet.canValidate()).isFalse();
        assertThatThrownBy(() -> values.validate(conv(), c.w().groupA(), "2024")).isInstanceOf(AccessRefusedException.class);
        login.as(c.user("referent"));
        values.validate(conv(), c.w().groupA(), "2024");
        assertThat(values.status(conv(), c.w().groupA(), "2024").validated()).isTrue();
        login.as(c.user("suivi"));
        assertThatThrownBy(() -> put(c.places(), "2024", "56")).hasMessageContaining("indicator.error.validated");
        assertThat(put(c.places(), "2023", "54").period()).as("other periods stay open").isEqualTo("2023");
        login.as(c.user("referent"));
        assertThatThrownBy(() -> values.unvalidate(conv(), c.w().groupA(), "2024", " "))
                .hasMessageContaining("indicator.error.unvalidateReason");
        values.unvalidate(conv(), c.w().groupA(), "2024", "Correction des places CAF");
        assertThat(values.validationLog(conv(), c.w().groupA())).extracting(e -> e.action() + ":" + e.reason())
                .containsExactly("UNVALIDATED:Correction des places CAF", "VALIDATED:null");
        login.as(c.user("suivi"));
        assertThat(put(c.places(), "2024", "56").value()).isEqualByComparingTo("56");
    }

    @Test
    void theDashboardShowsTrendAndDistanceToTargetAndTheRadarScoresGroups() {
        login.as(c.user("suivi"));
        put(c.places(), "2023", "50");
        put(c.places(), "2024", "54");
        put(c.children(), "2024", "300");
        put(c.delay(), "2023", "20");
        put(c.delay(), "2024", "18");
        login.as(c.user("lecteur"));
        List<DashboardRow> rows = dashboard.group(conv(), c.w().groupA());
        DashboardRow places = rows.getFirst();
        assertThat(places.trend()).isEqualTo(DashboardRow.Trend.UP);
        assertThat(places.improving()).isTrue();
        assertThat(places.gap()).isEqualByComparingTo("-6");
        assertThat(places.onTarget()).isFalse();
        assertThat(rows.get(2).last().value()).as("coverage 54 / 300 × 100").isEqualByComparingTo("18.0");
        DashboardRow delay = dashboard.group(conv(), c.groupB()).getFirst();
        assertThat(delay.trend()).isEqualTo(DashboardRow.Trend.DOWN);
        assertThat(delay.improving()).isTrue();
        assertThat(delay.onTarget()).isFalse();
        List<RadarAxis> radar = dashboard.radar(conv(), 2024);
        assertThat(radar).hasSize(2);
        assertThat(radar.get(0).score()).as("places 54/60 = 90, coverage 18/20 = 90").isEqualTo(90);
        assertThat(radar.get(1).score()).as("delay, lower is better: 15/18").isEqualTo(83);
    }

    @Test
    void associationsSeeOnlyIndicatorsPublishedToThemAndStrangersNothing() {
        login.as(c.user("association"));
        assertThat(catalogue.catalogue(conv())).extracting(IndicatorSummary::code).containsExactly("DELAI_RDV");
        assertThatThrownBy(() -> values.series(c.places())).isInstanceOf(NotFoundException.class);
        assertThat(values.series(c.delay())).isEmpty();
        assertThat(dashboard.group(conv(), c.w().groupA())).isEmpty();
        assertThatThrownBy(() -> put(c.delay(), "2024", "3")).isInstanceOf(AccessRefusedException.class);
        login.as("lecteur");
        assertThatThrownBy(() -> catalogue.catalogue(conv())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> values.series(c.delay())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOnceIndicatorTakesASingleValue() {
        login.as(c.user("referent"));
        long once = catalogue.create(conv(), IndicatorFixture.raw(c.w().groupA(), "DIAG", "Diagnostic réalisé", "oui/non",
                Periodicity.ONCE, Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ONE, Map.of()));
        put(once, "2024", "1");
        assertThatThrownBy(() -> put(once, "2025", "1")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("indicator.error.once");
    }

    private ValueEntry entry(String value, long seenVersion) {
        return new ValueEntry(c.places(), "2024", new BigDecimal(value), SourceKind.CAF, null, null, false, null,
                seenVersion);
    }

    /** Hole 9 of the security review: two people saving the same value; the second silently overwrote the first. */
    @Test
    void lostUpdatesAConcurrentChangeToAValueIsShownNeverOverwritten() {
        login.as(c.user("suivi"));
        // both open the entry page while 2024 has no value; the first records 48
        ValueRow first = values.record(entry("48", ValueEntry.NONE_SEEN));
        // the second, from what they saw (nothing), is refused and told what is there now
        assertThatThrownBy(() -> values.record(entry("51", ValueEntry.NONE_SEEN)))
                .isInstanceOfSatisfying(ValueChangedMeanwhile.class, e -> {
                    assertThat(e.now().value()).isEqualByComparingTo("48");
                    assertThat(e.getMessageKey()).isEqualTo("indicator.error.changedMeanwhile");
                });
        assertThat(values.series(c.places())).filteredOn(v -> v.period().equals("2024")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("48"));
        // the first corrects their value; the second's old view is stale again
        ValueRow corrected = values.record(entry("49", first.version()));
        assertThatThrownBy(() -> values.record(entry("51", first.version()))).isInstanceOf(ValueChangedMeanwhile.class);
        // saving again from what they were shown replaces it, on purpose
        assertThat(values.record(entry("51", corrected.version())).value()).isEqualByComparingTo("51");
    }
}
