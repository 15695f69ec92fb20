package fr.ctg.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.avenant.AvenantService;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.convention.ConventionCourseService;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveState;
import fr.ctg.security.InvitationRow;
import fr.ctg.security.InvitationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Article 10: the course of a convention, a termination never shorter than the notice (its commitments still
 * listed), and the renewal into the next convention with its objectives carried over and its members invited.
 */
@CtgSpringTest
class ConventionLifecycleServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired ConventionLifecycleService lifecycle;
    @Autowired ConventionCourseService course;
    @Autowired ConventionService conventions;
    @Autowired ConventionHistoryService history;
    @Autowired AvenantService avenants;
    @Autowired ObjectiveHistoryService objectives;
    @Autowired ObjectiveService objectiveService;
    @Autowired InvitationService invitations;
    @Autowired Clock clock;

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

    private long caf() {
        return history.current(w.conventionId()).parties().getFirst().id();
    }

    @Test
    void aTerminationIsNeverShorterThanTheNoticeAndKeepsItsCommitmentsListed() {
        LocalDate sent = LocalDate.now(clock).minusDays(10);
        assertThatThrownBy(() -> lifecycle.terminate(w.conventionId(), new TerminationRequest(caf(), sent,
                "1A 234 567 8901 2", null, sent.plusMonths(2), "Fin du projet commun")))
                .hasMessageContaining("lifecycle.error.noticeTooShort");
        assertThatThrownBy(() -> lifecycle.terminate(w.conventionId(), new TerminationRequest(caf(), sent, " ", null,
                null, null))).hasMessageContaining("lifecycle.error.arNumber");
        assertThatThrownBy(() -> lifecycle.terminate(w.conventionId(), new TerminationRequest(999_999L, sent, "AR",
                null, null, null))).hasMessageContaining("lifecycle.error.party");
        assertThat(lifecycle.details(w.conventionId()).status()).isEqualTo(ConventionStatus.IN_FORCE);
        login.as(w.user("copil"));
        assertThatThrownBy(() -> lifecycle.terminate(w.conventionId(), new TerminationRequest(caf(), sent, "AR", null,
                null, null))).isInstanceOf(AccessRefusedException.class);

        login.as(w.user("secretariat"));
        LocalDate effective = lifecycle.terminate(w.conventionId(), new TerminationRequest(caf(), sent,
                "1A 234 567 8901 2", null, null, "Fin du projet commun"));
        assertThat(effective).isEqualTo(sent.plusMonths(3));
        LifecycleDetails d = lifecycle.details(w.conventionId());
        assertThat(d.status()).isEqualTo(ConventionStatus.TERMINATED);
        assertThat(d.termination().effectiveOn()).isEqualTo(effective);
        assertThat(d.termination().arNumber()).isEqualTo("1A 234 567 8901 2");
        assertThat(d.commitments()).extracting(LifecycleDetails.Commitment::label)
                .contains("Ouvrir un lieu d’accueil enfants-parents", "Créer un relais petite enfance");
        assertThatThrownBy(() -> lifecycle.terminate(w.conventionId(), new TerminationRequest(caf(), sent, "AR", null,
                null, null))).hasMessageContaining("lifecycle.error.status");
    }

    @Test
    void aDraftIsSignedThenInForceAndItsSignedStateIsRecorded() {
        course.moveTo(w.conventionId(), ConventionStatus.DRAFT, null);
        assertThatThrownBy(() -> lifecycle.putInForce(w.conventionId())).hasMessageContaining("lifecycle.error.status");
        assertThatThrownBy(() -> lifecycle.recordSignature(w.conventionId(), LocalDate.now(clock).plusDays(1)))
                .hasMessageContaining("lifecycle.error.signedOn");
        lifecycle.recordSignature(w.conventionId(), LocalDate.now(clock));
        assertThat(avenants.hasBaseline(w.conventionId())).isTrue();
        assertThat(avenants.modificationsSinceSignature(w.conventionId()))
                .as("the signed state holds the signature itself").isEmpty();
        lifecycle.putInForce(w.conventionId());
        assertThatThrownBy(() -> lifecycle.recordEnd(w.conventionId())).hasMessageContaining("lifecycle.error.notEnded");
        assertThat(lifecycle.details(w.conventionId()).status()).isEqualTo(ConventionStatus.IN_FORCE);
        assertThat(lifecycle.details(w.conventionId()).signedOn()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    void aRenewalMakesTheNextConventionWithItsObjectivesAndInvitesTheMembers() {
        assertThatThrownBy(() -> lifecycle.renew(w.conventionId(), new RenewalRequest("x" + w.prefix(), "Suite",
                LocalDate.of(2029, 1, 1), LocalDate.of(2032, 12, 31)))).isInstanceOf(AccessRefusedException.class);
        login.as("cafadmin");
        assertThatThrownBy(() -> lifecycle.renew(w.conventionId(), new RenewalRequest("x" + w.prefix(), "Suite",
                LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31))))
                .hasMessageContaining("lifecycle.error.renewalStart");
        long next = lifecycle.renew(w.conventionId(), new RenewalRequest("x" + w.prefix(),
                "Zz convention suivante " + w.prefix(), LocalDate.of(2029, 1, 1), LocalDate.of(2032, 12, 31)));
        assertThat(conventions.overview(next).status()).isEqualTo(ConventionStatus.DRAFT);
        assertThat(conventions.overview(w.conventionId()).status()).isEqualTo(ConventionStatus.RENEWED);
        assertThat(course.renewedFrom(next)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(w.conventionId()));
        assertThat(history.current(next).articles()).hasSize(2);
        List<ObjectiveState> carried = objectives.current(next);
        assertThat(carried).extracting(o -> o.draft().title())
                .containsExactlyInAnyOrder("Ouvrir un lieu d’accueil enfants-parents", "Créer un relais petite enfance");
        assertThat(carried).allSatisfy(o -> assertThat(objectiveService.carriedFrom(o.id())).isPresent());
        assertThat(carried).extracting(o -> o.draft().progress()).containsOnly(0);
        assertThat(invitations.invitations(next)).extracting(InvitationRow::email).contains(
                w.user("copil") + "@test.invalid", w.user("secretariat") + "@test.invalid")
                .doesNotContain(w.user("association") + "@test.invalid");
    }
}
