package fr.ctg.objective;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three-way merge, field by field. */
class ObjectiveMergeTest {

    private final ObjectiveDraft base = new ObjectiveDraft("Titre", "Description", 1L, Set.of(1L), Set.of(), Set.of(),
            ObjectiveStatus.PLANNED, 10, null, null, "", null, 1);

    @Test
    void changesToDifferentFieldsMerge() {
        ObjectiveDraft mine = base.with(ObjectiveField.PROGRESS, 40);
        ObjectiveDraft theirs = base.with(ObjectiveField.STATUS, ObjectiveStatus.IN_PROGRESS);
        ObjectiveMerge.Result r = ObjectiveMerge.merge(base, mine, theirs);
        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.merged().progress()).isEqualTo(40);
        assertThat(r.merged().status()).isEqualTo(ObjectiveStatus.IN_PROGRESS);
        assertThat(r.takenFromOthers()).containsExactly(ObjectiveField.STATUS);
        assertThat(r.changedByMe()).containsExactly(ObjectiveField.PROGRESS);
    }

    @Test
    void theSameFieldChangedToDifferentValuesIsAConflictWithBothValues() {
        ObjectiveDraft mine = base.with(ObjectiveField.TITLE, "Mon titre").with(ObjectiveField.PROGRESS, 50);
        ObjectiveDraft theirs = base.with(ObjectiveField.TITLE, "Leur titre");
        ObjectiveMerge.Result r = ObjectiveMerge.merge(base, mine, theirs);
        assertThat(r.conflicts()).containsExactly(new FieldConflict(ObjectiveField.TITLE, "Mon titre", "Leur titre"));
        assertThat(r.merged().progress()).as("the non-conflicting change is kept").isEqualTo(50);
        assertThat(r.merged().title()).as("until chosen, the saved value stands").isEqualTo("Leur titre");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        ObjectiveDraft both = base.with(ObjectiveField.PLANNED_END_DATE, LocalDate.of(2027, 6, 30));
        assertThat(ObjectiveMerge.merge(base, both, both).hasConflicts()).isFalse();
    }

    @Test
    void draftsAreNormalisedSoThatWhitespaceAndOrderDoNotCount() {
        ObjectiveDraft a = new ObjectiveDraft("  Titre ", null, 1L, Set.of(2L, 1L), null, Set.of(" Mme Dupont ", ""),
                ObjectiveStatus.PLANNED, 0, null, null, null, null, 1);
        ObjectiveDraft b = new ObjectiveDraft("Titre", "", 1L, Set.of(1L, 2L), Set.of(), Set.of("Mme Dupont"),
                ObjectiveStatus.PLANNED, 0, null, null, "", null, 1);
        assertThat(a).isEqualTo(b);
    }
}
