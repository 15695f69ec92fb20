package fr.ctg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fiches action: written for objectives at the lowest level only, checked in full, printable on one page, read by
 * associations only once published to them.
 */
@CtgSpringTest
class ActionPlanServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired ActionPlanService plan;
    @Autowired ActionSheetPdf pdf;
    @Autowired ObjectiveEditingService editing;

    EditingFixture.World w;

    @BeforeEach
    void setUp() {
        w = fixture.create();
        login.as(w.user("secretariat"));
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private ActionSheetDraft sheet(String amount) {
        return new ActionSheetDraft("Familles avec enfants de 0 à 6 ans", "Lombez\nSamatan\nSaint-Lys",
                "Caf du Gers, CC, associations de parents", "Ouverture en septembre 2026",
                List.of(new ActionSheetDraft.BudgetLine("Caf du Gers", new BigDecimal("12000")),
                        new ActionSheetDraft.BudgetLine("CC", amount == null ? null : new BigDecimal(amount))), Set.of());
    }

    @Test
    void aSheetIsWrittenPrintedAndReadByAssociationsOncePublished() throws Exception {
        assertThatThrownBy(() -> plan.save(w.conventionId(), w.objectiveId(), sheet("-5")))
                .hasMessageContaining("actionSheet.error.amount");
        assertThatThrownBy(() -> plan.save(w.conventionId(), w.objectiveId(), sheet(null)))
                .hasMessageContaining("actionSheet.error.amount");
        assertThatThrownBy(() -> plan.save(w.conventionId(), w.objectiveId(), new ActionSheetDraft(null, null, null,
                null, List.of(), Set.of(999_999L)))).hasMessageContaining("actionSheet.error.indicator");
        assertThat(plan.sheet(w.conventionId(), w.objectiveId()).sheet().budget()).isEmpty();
        plan.save(w.conventionId(), w.objectiveId(), sheet("8000.50"));
        ActionSheetDetails s = plan.sheet(w.conventionId(), w.objectiveId());
        assertThat(s.budgetTotal()).isEqualByComparingTo("20000.50");
        assertThat(s.sheet().territory()).contains("Samatan");

        String text;
        try (var doc = Loader.loadPDF(pdf.pdf(w.conventionId(), w.objectiveId(), Locale.FRENCH))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Fiche action", "Ouvrir un lieu d’accueil enfants-parents", "Samatan", "Caf du Gers",
                "Total");

        login.as(w.user("association"));
        assertThat(plan.plan(w.conventionId())).as("nothing published yet").isEmpty();
        assertThatThrownBy(() -> plan.save(w.conventionId(), w.objectiveId(), sheet("1")))
                .isInstanceOf(AccessRefusedException.class);
        login.as(w.user("secretariat"));
        plan.publish(w.conventionId(), w.objectiveId(), true);
        login.as(w.user("association"));
        assertThat(plan.plan(w.conventionId())).singleElement().satisfies(p -> {
            assertThat(p.objectiveId()).isEqualTo(w.objectiveId());
            assertThat(p.canEdit()).isFalse();
        });
        login.as(w.user("lecteur"));
        assertThat(plan.plan(w.conventionId())).hasSize(2);
    }

    @Test
    void thePlanIsGroupedByFieldWhateverTheObjectivesOrder() {
        ObjectiveDetails first = editing.get(w.objectiveId());
        editing.save(first.id(), first.version(), first.draft().with(ObjectiveField.FIELD, w.fieldB()));
        assertThat(plan.plan(w.conventionId())).extracting(ActionSheetDetails::objectiveId)
                .as("Champ A's objective first, though created second").containsExactly(w.secondObjectiveId(),
                        w.objectiveId());
    }

    @Test
    void anObjectiveWithSubObjectivesIsNoSheet() {
        ObjectiveDetails second = editing.get(w.secondObjectiveId());
        editing.save(second.id(), second.version(), second.draft().with(ObjectiveField.PARENT, w.objectiveId()));
        assertThatThrownBy(() -> plan.save(w.conventionId(), w.objectiveId(), sheet("1")))
                .hasMessageContaining("actionSheet.error.notLeaf");
        assertThat(plan.plan(w.conventionId())).extracting(ActionSheetDetails::objectiveId)
                .containsExactly(w.secondObjectiveId());
    }
}
