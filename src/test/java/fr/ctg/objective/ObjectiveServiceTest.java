package fr.ctg.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.FieldRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ten objectives of Article 4 per field, and the refusals of bad objectives. */
@CtgSpringTest
class ObjectiveServiceTest {

    @Autowired
    ObjectiveService objectives;
    @Autowired
    ConventionService conventions;
    @Autowired
    TestLogin login;

    @AfterEach
    void logout() {
        login.logout();
    }

    private long idOf(String code) {
        login.as("admin");
        return conventions.myConventions().stream().filter(c -> c.code().equals(code)).mapToLong(ConventionRef::id)
                .findFirst().orElseThrow();
    }

    private int count(long conventionId) {
        return objectives.byField(conventionId).stream().mapToInt(f -> f.objectives().size()).sum();
    }

    @Test
    void theTenSharedObjectivesAreGroupedByTheirField() {
        long saves = idOf("saves");
        login.as("lecteur");
        List<FieldObjectives> fields = objectives.byField(saves);
        assertThat(fields).extracting(f -> f.field().position()).containsExactly(1, 2, 3, 4);
        assertThat(fields).extracting(f -> f.objectives().size()).containsExactly(3, 1, 3, 3);
        assertThat(fields.get(0).objectives().get(1).title())
                .startsWith("Renforcer le développement de l’offre d’accueil des jeunes enfants");
        assertThat(fields.get(0).objectives().get(1).thematicGroups()).extracting(g -> g.name()).containsExactly("Petite enfance");
        assertThat(fields.get(0).countByStatus()).containsEntry(ObjectiveStatus.IN_PROGRESS, 3L);
    }

    @Test
    void associationsAndOutsidersDoNotReadObjectives() {
        long saves = idOf("saves");
        long coteaux = idOf("demo-coteaux");
        login.as("association");
        assertThatThrownBy(() -> objectives.byField(saves)).isInstanceOf(AccessRefusedException.class);
        login.as("lecteur");
        assertThatThrownBy(() -> objectives.byField(coteaux)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void readersAndFollowUpMembersDoNotCreateObjectives() {
        long saves = idOf("saves");
        login.as("lecteur");
        long field = objectives.byField(saves).getFirst().field().id();
        NewObjective ok = new NewObjective(field, "Nouvel objectif", null, ObjectiveStatus.PLANNED, 0, Set.of());
        assertThatThrownBy(() -> objectives.create(saves, ok)).isInstanceOf(AccessRefusedException.class);
        login.as("suivi");
        assertThatThrownBy(() -> objectives.create(saves, ok)).isInstanceOf(AccessRefusedException.class);
        assertThat(count(saves)).isEqualTo(10);
    }

    @Test
    void badObjectivesAreRefusedAndNothingIsSaved() {
        long saves = idOf("saves");
        long coteaux = idOf("demo-coteaux");
        login.as("admin");
        long foreignField = conventions.fields(coteaux).getFirst().id();
        login.as("copil");
        FieldRef field = conventions.fields(saves).getFirst();
        assertRefused(saves, new NewObjective(field.id(), "  ", null, ObjectiveStatus.PLANNED, 0, Set.of()),
                "objective.error.titleRequired");
        assertRefused(saves, new NewObjective(field.id(), "x".repeat(301), null, ObjectiveStatus.PLANNED, 0, Set.of()),
                "objective.error.titleTooLong");
        assertRefused(saves, new NewObjective(field.id(), "Titre", null, ObjectiveStatus.PLANNED, 101, Set.of()),
                "objective.error.progress");
        assertRefused(saves, new NewObjective(field.id(), "Titre", null, ObjectiveStatus.PLANNED, -1, Set.of()),
                "objective.error.progress");
        assertRefused(saves, new NewObjective(foreignField, "Titre", null, ObjectiveStatus.PLANNED, 0, Set.of()),
                "objective.error.field");
        assertThat(count(saves)).isEqualTo(10);
    }

    private void assertRefused(long conventionId, NewObjective cmd, String key) {
        assertThatThrownBy(() -> objectives.create(conventionId, cmd)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
