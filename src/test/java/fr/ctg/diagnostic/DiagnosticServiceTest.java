package fr.ctg.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionSettings;
import fr.ctg.convention.ConventionSettingsService;
import fr.ctg.convention.NewConvention;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Annexe 2: the portrait is the first angle, every bad input is refused with nothing written, publishing freezes a
 * version that later edits leave alone, readers read only published versions, strangers get nothing.
 */
@CtgSpringTest
class DiagnosticServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired DiagnosticService diagnostics;
    @Autowired ConventionService conventions;
    @Autowired TestClockConfig.MutableClock clock;

    EditingFixture.World w;
    long groupB;

    static final List<NewConvention.NewFigure> PORTRAIT = List.of(
            new NewConvention.NewFigure("Habitants", new BigDecimal("9172"), "habitants", 2010, "INSEE, recensement 2010"),
            new NewConvention.NewFigure("Allocataires", new BigDecimal("1161"), "allocataires", 2010, "Caf du Gers"),
            new NewConvention.NewFigure("Communes", new BigDecimal("32"), "communes", null, "Préambule"));

    @BeforeEach
    void setUp() {
        w = fixture.create(PORTRAIT);
        login.as(w.user("secretariat"));
        groupB = conventions.thematicGroups(w.conventionId()).get(1).id();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        login.logout();
    }

    static DiagnosticFigure figure(String label, String value, String source, int year) {
        return new DiagnosticFigure(label, new BigDecimal(value), "%", source, year);
    }

    @Test
    void thePortraitIsTheFirstAngleAndIsCopiedWhenTheDiagnosticIsFirstWritten() {
        DiagnosticDetails before = diagnostics.draft(w.conventionId());
        assertThat(before.version()).isNull();
        assertThat(before.territory()).as("a portrait figure without a year cannot be a characteristic")
                .extracting(DiagnosticFigure::label, DiagnosticFigure::source, DiagnosticFigure::year)
                .containsExactly(tuple("Habitants", "INSEE, recensement 2010", 2010),
                        tuple("Allocataires", "Caf du Gers", 2010));
        assertThat(before.themes()).extracting(ThemeDiagnostic::groupName).containsExactly("Groupe A", "Groupe B");

        diagnostics.saveGap(w.conventionId(), w.groupA(), "Pas de **Laep**.");
        DiagnosticDetails draft = diagnostics.draft(w.conventionId());
        assertThat(draft.territory()).extracting(DiagnosticFigure::label).containsExactly("Habitants", "Allocataires");
        assertThat(draft.territory().getFirst().value()).isEqualByComparingTo("9172");
        assertThat(draft.theme(w.groupA()).orElseThrow().characteristics()).as("not attached to a theme").isEmpty();

        diagnostics.saveTerritory(w.conventionId(), List.of(draft.territory().getFirst()));
        assertThat(diagnostics.draft(w.conventionId()).territory()).hasSize(1);
        assertThat(conventions.territoryPortrait(w.conventionId())).as("the convention's portrait stays").hasSize(3);
    }

    @Test
    void everyBadInputIsRefusedWithItsReasonAndNothingIsWritten() {
        long c = w.conventionId();
        long a = w.groupA();
        refused(() -> diagnostics.saveScore(c, a, 101, "Trop"), "diagnostic.error.score");
        refused(() -> diagnostics.saveScore(c, a, -1, "Trop peu"), "diagnostic.error.score");
        refused(() -> diagnostics.saveScore(c, a, 50, " "), "diagnostic.error.scoreReason");
        refused(() -> diagnostics.saveCharacteristics(c, a, List.of(figure("Taux", "10", " ", 2020))),
                "diagnostic.error.figureSource");
        refused(() -> diagnostics.saveCharacteristics(c, a, List.of(figure("Taux", "10", "Caf", 0))),
                "diagnostic.error.figureYear");
        refused(() -> diagnostics.saveCharacteristics(c, a, List.of(figure("Taux", "10", "Caf", 2027))),
                "diagnostic.error.figureYearRange");
        refused(() -> diagnostics.saveCharacteristics(c, a, List.of(figure("Taux", "10", "Caf", 1899))),
                "diagnostic.error.figureYearRange");
        refused(() -> diagnostics.saveTerritory(c, List.of(figure("Taux", "10", "Caf", 2020),
                figure("Taux 2", "10", null, 2020))), "diagnostic.error.figureSource");
        refused(() -> diagnostics.saveCharacteristics(c, a, List.of(new DiagnosticFigure(" ", BigDecimal.ONE, null,
                "Caf", 2020))), "diagnostic.error.figureLabel");
        refused(() -> diagnostics.saveOffer(c, a, List.of(new OfferItem(OfferKind.SERVICE, " ", null, null))),
                "diagnostic.error.offerName");
        refused(() -> diagnostics.savePriorityAxes(c, a, List.of("Créer un Laep", " ")), "diagnostic.error.axisEmpty");
        EditingFixture.World other = fixture.create();
        login.as(other.user("secretariat"));
        long foreignGroup = conventions.thematicGroups(other.conventionId()).getFirst().id();
        login.as(w.user("secretariat"));
        refused(() -> diagnostics.saveGap(c, foreignGroup, "Un écart"), "diagnostic.error.theme");
        refused(() -> diagnostics.saveScore(c, 999_999_999L, 10, "Raison"), "diagnostic.error.theme");
        refused(() -> diagnostics.publish(c, null), "diagnostic.error.emptyDraft");

        assertThat(diagnostics.versions(c)).isEmpty();
        DiagnosticDetails draft = diagnostics.draft(c);
        assertThat(draft.themes()).allMatch(ThemeDiagnostic::isEmpty);
        assertThat(draft.territory()).as("still read from the portrait: no draft was created").hasSize(2);

        diagnostics.saveTerritory(c, List.of(figure("Taux", "10", "Caf", 2020)));
        refused(() -> diagnostics.publish(c, null), "diagnostic.error.emptyDraft");
        assertThat(diagnostics.versions(c)).as("a draft with no theme filled is empty").isEmpty();
    }

    @Test
    void publishingFreezesVersionNAndLaterEditsGoToTheNextDraft() {
        long c = w.conventionId();
        diagnostics.saveCharacteristics(c, w.groupA(), List.of(figure("Couverture EAJE", "12.5", "Caf du Gers", 2024)));
        diagnostics.saveOffer(c, w.groupA(), List.of(new OfferItem(OfferKind.EQUIPMENT, "Crèche", "20 places", "Lombez")));
        diagnostics.savePriorityAxes(c, w.groupA(), List.of("Créer un Laep", "Ouvrir un EAJE"));
        diagnostics.saveScore(c, w.groupA(), 40, "Offre insuffisante");
        assertThat(diagnostics.publish(c, "Première version")).isEqualTo(1);

        refused(() -> diagnostics.publish(c, null), "diagnostic.error.unchanged");
        clock.advance(Duration.ofDays(3));
        diagnostics.saveScore(c, w.groupA(), 70, "Crèche ouverte");
        diagnostics.saveGap(c, groupB, "Rien pour les jeunes.");
        DiagnosticDetails v1 = diagnostics.version(c, 1);
        ThemeDiagnostic a1 = v1.theme(w.groupA()).orElseThrow();
        assertThat(a1.score()).isEqualTo(40);
        assertThat(a1.scoreReason()).isEqualTo("Offre insuffisante");
        assertThat(a1.priorityAxes()).containsExactly("Créer un Laep", "Ouvrir un EAJE");
        assertThat(a1.offer()).containsExactly(new OfferItem(OfferKind.EQUIPMENT, "Crèche", "20 places", "Lombez"));
        assertThat(a1.characteristics().getFirst().value()).isEqualByComparingTo("12.5");
        assertThat(v1.theme(groupB).orElseThrow().gap()).as("every group is a theme of the version").isNull();
        assertThat(v1.publishedByName()).startsWith("Sacha Secrétariat");
        assertThat(v1.publishedAt()).isEqualTo(TestClockConfig.START);
        assertThat(diagnostics.draft(c).theme(w.groupA()).orElseThrow().score()).isEqualTo(70);
        assertThat(diagnostics.draft(c).theme(w.groupA()).orElseThrow().priorityAxes())
                .as("the next draft starts from the last version").containsExactly("Créer un Laep", "Ouvrir un EAJE");

        login.as(w.user("copil"));
        assertThat(diagnostics.publish(c, null)).isEqualTo(2);
        assertThat(diagnostics.versions(c)).extracting(DiagnosticVersionRow::version, DiagnosticVersionRow::note)
                .containsExactly(tuple(2, null),
                        tuple(1, "Première version"));
        assertThat(diagnostics.latestPublished(c).orElseThrow().version()).isEqualTo(2);
        assertThat(diagnostics.version(c, 1).theme(w.groupA()).orElseThrow().score()).isEqualTo(40);
        assertThat(diagnostics.version(c, 2).theme(w.groupA()).orElseThrow().score()).isEqualTo(70);
        assertThat(diagnostics.version(c, 2).publishedAt()).isEqualTo(TestClockConfig.START.plus(Duration.ofDays(3)));
        assertThatThrownBy(() -> diagnostics.version(c, 3)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void readersReadPublishedVersionsOnlyAndStrangersNothing() {
        long c = w.conventionId();
        diagnostics.saveScore(c, w.groupA(), 55, "Moyen");
        login.as(w.user("lecteur"));
        assertThat(diagnostics.canEdit(c)).isFalse();
        assertThat(diagnostics.latestPublished(c)).as("the draft is the editors'").isEmpty();
        assertThatThrownBy(() -> diagnostics.draft(c)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> diagnostics.saveScore(c, w.groupA(), 10, "Non")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> diagnostics.publish(c, null)).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("suivi"));
        assertThatThrownBy(() -> diagnostics.saveGap(c, w.groupA(), "Non")).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("copil"));
        assertThat(diagnostics.canEdit(c)).isTrue();
        diagnostics.publish(c, null);

        login.as(w.user("lecteur"));
        assertThat(diagnostics.versions(c)).hasSize(1);
        assertThat(diagnostics.latestPublished(c).orElseThrow().theme(w.groupA()).orElseThrow().score()).isEqualTo(55);
        login.as(w.user("association"));
        assertThatThrownBy(() -> diagnostics.latestPublished(c)).isInstanceOf(AccessRefusedException.class);

        EditingFixture.World other = fixture.create();
        login.as(other.user("secretariat"));
        assertThatThrownBy(() -> diagnostics.latestPublished(c)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> diagnostics.version(c, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> diagnostics.saveScore(c, w.groupA(), 10, "Intrus")).isInstanceOf(NotFoundException.class);
        assertThat(diagnostics.latestPublished(other.conventionId())).as("nothing leaks between conventions").isEmpty();
        login.as(w.user("lecteur"));
        assertThat(diagnostics.latestPublished(c).orElseThrow().theme(w.groupA()).orElseThrow().score()).isEqualTo(55);
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
                (Consumer<BusinessRuleException>) e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    @Autowired ConventionSettingsService settings;

    @Test
    void aSaveFromAPageThatNoLongerShowsTheSavedAngleIsRefusedAndLosesNothing() {
        long c = w.conventionId();
        long a = w.groupA();
        List<DiagnosticFigure> shown = diagnostics.draft(c).theme(a).map(ThemeDiagnostic::characteristics).orElse(List.of());
        List<OfferItem> shownOffer = List.of();
        DiagnosticFigure first = figure("Familles monoparentales", "15", "Caf du Gers", 2024);
        DiagnosticFigure second = figure("Taux de couverture", "37.51", "Caf du Gers", 2024);
        login.as(w.user("copil"));
        diagnostics.saveCharacteristics(c, a, shown, List.of(first));
        diagnostics.saveOffer(c, a, shownOffer, List.of(new OfferItem(OfferKind.EQUIPMENT, "EAJE de Lombez", null, null)));
        login.as(w.user("secretariat"));
        refused(() -> diagnostics.saveCharacteristics(c, a, shown, List.of(second)), "diagnostic.error.changedMeanwhile");
        refused(() -> diagnostics.saveOffer(c, a, shownOffer, List.of()), "diagnostic.error.changedMeanwhile");
        ThemeDiagnostic now = diagnostics.draft(c).theme(a).orElseThrow();
        assertThat(now.characteristics()).as("the other editor's figure stays").extracting(DiagnosticFigure::label)
                .containsExactly(first.label());
        assertThat(now.offer()).extracting(OfferItem::name).containsExactly("EAJE de Lombez");
        diagnostics.saveCharacteristics(c, a, now.characteristics(), List.of(first, second));
        assertThat(diagnostics.draft(c).theme(a).orElseThrow().characteristics()).extracting(DiagnosticFigure::label)
                .containsExactly(first.label(), second.label());
    }

    @Test
    void aGroupWhoseThemeTheDraftFillsCannotBeRemovedAndAPublishedOneKeepsItsName() {
        long c = w.conventionId();
        diagnostics.saveScore(c, groupB, 20, "Peu d’offre");
        assertThatThrownBy(() -> SystemIdentity.run(() -> settings.updateThematicGroups(c,
                settings.settings(c).thematicGroups().stream().filter(g -> g.id() != groupB)
                        .map(g -> new ConventionSettings.Item(g.id(), g.name(), null)).toList())))
                .hasMessageContaining("convention.error.groupInUse");
        diagnostics.publish(c, null);
        SystemIdentity.run(() -> settings.updateThematicGroups(c, settings.settings(c).thematicGroups()
                .stream().filter(g -> g.id() != groupB)
                .map(g -> new ConventionSettings.Item(g.id(), g.name(), null)).toList()));
        assertThat(diagnostics.version(c, 1).theme(groupB).orElseThrow().groupName()).isEqualTo("Groupe B");
        assertThat(diagnostics.draft(c).themes()).extracting(ThemeDiagnostic::groupName).containsExactly("Groupe A");
    }
}
