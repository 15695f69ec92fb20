package fr.ctg.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PageRef;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.DeadlineService;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import fr.ctg.minutes.internal.MinutesDecisionRepository;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.minutes.internal.MinutesSectionRepository;
import fr.ctg.notification.NotificationService;
import fr.ctg.notification.NotificationTarget;
import fr.ctg.objective.ObjectiveReferences;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The minutes' cycle at the service level: drafting, review, approval, publication, and what each refuses. */
@CtgSpringTest
class MinutesServiceTest {

    @Autowired MinutesService minutes;
    @Autowired MinutesEditingService editing;
    @Autowired MinutesReviewService review;
    @Autowired ActionItemService actions;
    @Autowired DeadlineService deadlineService;
    @Autowired MeetingService meetingService;
    @Autowired NotificationService notifications;
    @Autowired List<ObjectiveReferences> references;
    @Autowired MinutesFixture fixture;
    @Autowired TestLogin login;
    @Autowired MinutesRepository minutesRepository;
    @Autowired MinutesSectionRepository sectionRepository;
    @Autowired MinutesDecisionRepository decisionRepository;
    @Autowired TransactionTemplate tx;

    MinutesFixture.HeldMeeting h;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @BeforeEach
    void setUp() {
        h = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private MinutesDetails.SectionItem section(long minutesId, int position) {
        return minutes.details(minutesId).sections().get(position - 1);
    }

    /** A draft with text, a decision on the first objective and an action for copil2. */
    private long draft() {
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(h.meetingId());
        var s1 = section(id, 1);
        editing.saveSection(s1.id(), s1.version(), s1.title(),
                "Le LAEP a accueilli **42 familles** en 2026.\n\n| Commune | Familles |\n|---|---|\n| Lombez | 30 |\n| Samatan | 12 |");
        editing.addDecision(s1.id(), "Le comité décide d’étendre le LAEP à Samatan à la rentrée.",
                Set.of(h.w().objectiveId()), Set.of());
        editing.addAction(new NewActionItem(s1.id(), "Chiffrer l’extension du LAEP", h.id("copil2"), null,
                TODAY.plusDays(30), h.w().objectiveId()));
        return id;
    }

    private long published(Audience audience, boolean associations) {
        long id = draft();
        minutes.startReview(id, TODAY.plusDays(10));
        login.as(h.user("copil"));
        minutes.approve(id, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(id, audience, associations);
        return id;
    }

    @Test
    void theDraftIsPrefilledWithTheMeetingItsAgendaAndItsAttendance() {
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(h.meetingId());
        assertThat(minutes.openForMeeting(h.meetingId())).as("opened once").isEqualTo(id);
        MinutesDetails d = minutes.details(id);
        assertThat(d.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(d.committeeName()).contains("pilotage");
        assertThat(d.meetingStart().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(d.sections()).extracting(MinutesDetails.SectionItem::title).containsExactly(
                "Bilan du lieu d’accueil enfants-parents", "Calendrier de l’évaluation", "Questions diverses");
        assertThat(d.sections().getFirst().body()).contains("Présenté par Camille");
        assertThat(d.attendees()).extracting(a -> a.status().name()).containsExactly("PRESENT", "PRESENT", "EXCUSED");
        assertThat(d.rights().edit()).isTrue();
    }

    @Test
    void minutesOpenOnlyForAHeldMeetingAndOnlyForTheSecretariat() {
        login.as(h.user("secretariat"));
        long committee = h.committeeId();
        long planned = meetingService.schedule(h.w().conventionId(), new NewMeeting(committee, "COPIL suivant",
                LocalDateTime.of(2027, 3, 1, 14, 0), LocalDateTime.of(2027, 3, 1, 16, 0),
                "Europe/Paris", null, null)).id();
        assertThatThrownBy(() -> minutes.openForMeeting(planned)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("minutes.error.notHeld");
        login.as(h.user("copil"));
        assertThatThrownBy(() -> minutes.openForMeeting(h.meetingId())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void actionItemsGoToTheCalendarAndTheOwnersListAndCloseFromThere() {
        long id = draft();
        var deadlines = deadlineService.calendar(h.w().conventionId(), TODAY, TODAY.plusDays(60)).deadlines();
        assertThat(deadlines).anySatisfy(dl -> {
            assertThat(dl.kind()).isEqualTo(DeadlineKind.ACTION_ITEM);
            assertThat(dl.ownerAccountId()).isEqualTo(h.id("copil2"));
            assertThat(dl.dueDate()).isEqualTo(TODAY.plusDays(30));
        });
        login.as(h.user("copil2"));
        assertThat(notifications.recent(5)).as("the owner is told").anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationService.KIND_ACTION_ASSIGNED);
            assertThat(n.subject()).startsWith("Chiffrer l’extension du LAEP — ");
            assertThat(n.target()).isEqualTo(NotificationTarget.calendar());
        });
        List<ActionItemRow> mine = actions.mine(h.w().conventionId());
        assertThat(mine).extracting(ActionItemRow::what).containsExactly("Chiffrer l’extension du LAEP");
        login.as(h.user("copil"));
        assertThatThrownBy(() -> actions.setStatus(mine.getFirst().id(), ActionStatus.DONE))
                .as("not the owner").isInstanceOf(AccessRefusedException.class);
        login.as(h.user("copil2"));
        actions.setStatus(mine.getFirst().id(), ActionStatus.DONE);
        assertThat(actions.mine(h.w().conventionId())).isEmpty();
        assertThat(deadlineService.calendar(h.w().conventionId(), TODAY, TODAY.plusDays(60)).deadlines())
                .filteredOn(dl -> dl.kind() == DeadlineKind.ACTION_ITEM).allMatch(dl -> dl.done());
        assertThatThrownBy(() -> actions.setStatus(mine.getFirst().id(), ActionStatus.DROPPED))
                .hasMessageContaining("actionItem.error.closed");
        assertThat(id).isPositive();
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        long id = draft();
        var s = section(id, 2);
        assertThatThrownBy(() -> editing.addAction(new NewActionItem(s.id(), "Relancer", null, " ", TODAY.plusDays(3), null)))
                .hasMessageContaining("actionItem.error.owner");
        assertThatThrownBy(() -> editing.addAction(new NewActionItem(s.id(), "Relancer", null, "M. Dupont",
                TODAY.minusDays(1), null))).hasMessageContaining("actionItem.error.duePast");
        assertThatThrownBy(() -> editing.addAction(new NewActionItem(s.id(), "Relancer", 999_999L, null,
                TODAY.plusDays(3), null))).hasMessageContaining("actionItem.error.ownerMember");
        for (String unsafe : List.of("<script>alert(1)</script>", "Voir <iframe src=\"https://x.test\"></iframe>",
                "[clic](javascript:alert(1))", "[clic](JavaScript :alert(1))", "<img src=x onerror=alert(1)>")) {
            assertThatThrownBy(() -> editing.saveSection(s.id(), s.version(), s.title(), unsafe))
                    .as(unsafe).hasMessageContaining("minutes.error.unsafe");
        }
        assertThat(section(id, 2).body()).as("nothing was written").isEmpty();
        assertThatThrownBy(() -> minutes.publish(id, Audience.CONVENTION, false))
                .hasMessageContaining("minutes.error.notApproved");
        assertThatThrownBy(() -> minutes.startReview(id, TODAY.minusDays(1)))
                .hasMessageContaining("minutes.error.reviewPeriod");
        assertThatThrownBy(() -> editing.saveSection(s.id(), s.version() + 5, s.title(), "Texte"))
                .hasMessageContaining("minutes.error.stale");
    }

    @Test
    void attendeesRemarkOnSectionsAndTheSecretariatSeesReceiptsAndResolves() {
        long id = draft();
        login.as(h.user("copil"));
        assertThatThrownBy(() -> minutes.details(id)).as("a draft is the secretariat's").isInstanceOf(NotFoundException.class);
        login.as(h.user("secretariat"));
        minutes.startReview(id, TODAY.plusDays(10));
        login.as(h.user("copil2"));
        assertThat(notifications.recent(5)).anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationService.KIND_MINUTES_REVIEW));
        review.markRead(id);
        var s1 = section(id, 1);
        RemarkRow r = review.remark(s1.id(), "Préciser que l’extension dépend du financement.");
        assertThatThrownBy(() -> editing.saveSection(s1.id(), s1.version(), s1.title(), "Réécrit"))
                .as("attendees remark, they do not edit").isInstanceOf(AccessRefusedException.class);
        login.as(h.user("suivi"));
        assertThatThrownBy(() -> review.remark(s1.id(), "Je n’étais pas là")).as("excused: not a reviewer")
                .isInstanceOf(NotFoundException.class);
        login.as(h.user("secretariat"));
        assertThat(review.receipts(id)).extracting(rr -> rr.displayName().split(" ")[0] + ":" + (rr.readAt() != null))
                .containsExactlyInAnyOrder("Camille:false", "Dominique:true");
        assertThatThrownBy(() -> review.resolve(r.id(), RemarkResolution.ANSWERED, " "))
                .hasMessageContaining("remark.error.answer");
        review.resolve(r.id(), RemarkResolution.ACCEPTED, "Ajouté au texte.");
        assertThat(section(id, 1).remarks()).singleElement().satisfies(x -> {
            assertThat(x.resolution()).isEqualTo(RemarkResolution.ACCEPTED);
            assertThat(x.answer()).isEqualTo("Ajouté au texte.");
        });
    }

    @Test
    void theReviewPeriodCloses() {
        long id = draft();
        minutes.startReview(id, TODAY.plusDays(2));
        long sectionId = section(id, 1).id();
        TestClockConfig.MutableClock clock = clock();
        try {
            clock.advance(Duration.ofDays(3));
            login.as(h.user("copil"));
            assertThatThrownBy(() -> review.remark(sectionId, "Trop tard")).hasMessageContaining("remark.error.closed");
        } finally {
            clock.reset();
        }
    }

    @Autowired Clock appClock;

    private TestClockConfig.MutableClock clock() {
        return (TestClockConfig.MutableClock) appClock;
    }

    @Test
    void onlyTheChairApprovesAndOpenRemarksNeedAConfirmation() {
        long id = draft();
        minutes.startReview(id, TODAY.plusDays(10));
        login.as(h.user("copil2"));
        review.remark(section(id, 2).id(), "Ajouter la date du prochain comité.");
        assertThatThrownBy(() -> minutes.approve(id, null, true)).as("copil2 does not chair")
                .isInstanceOf(AccessRefusedException.class);
        login.as(h.user("secretariat"));
        assertThatThrownBy(() -> minutes.approve(id, null, true)).as("the secretariat needs the approving meeting")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> minutes.approve(id, h.meetingId(), true)).as("not a later meeting")
                .hasMessageContaining("minutes.error.approvalMeeting");
        login.as(h.user("copil"));
        assertThatThrownBy(() -> minutes.approve(id, null, false)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("minutes.error.openRemarks");
        minutes.approve(id, null, true);
        MinutesDetails d = minutes.details(id);
        assertThat(d.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(d.approvedByName()).startsWith("Camille");
    }

    @Test
    void publishedMinutesCannotChangeThroughAnyPath() {
        long id = published(Audience.COMMITTEE, false);
        MinutesDetails before = minutes.details(id);
        var s1 = before.sections().getFirst();
        long decisionId = s1.decisions().getFirst().id();
        long actionId = s1.actions().getFirst().id();
        List<Runnable> attempts = List.of(
                () -> editing.saveSection(s1.id(), s1.version(), "Autre titre", "Autre texte"),
                () -> editing.addSection(id, "Ajout"),
                () -> editing.addDecision(s1.id(), "Autre décision", Set.of(), Set.of()),
                () -> editing.removeDecision(decisionId),
                () -> editing.addAction(new NewActionItem(s1.id(), "Autre", null, "X", TODAY.plusDays(1), null)),
                () -> editing.removeAction(actionId),
                () -> minutes.startReview(id, TODAY.plusDays(3)),
                () -> minutes.approve(id, null, true),
                () -> minutes.publish(id, Audience.CONVENTION, true),
                () -> review.remark(s1.id(), "Remarque"));
        for (String who : List.of("secretariat", "copil")) {
            login.as(h.user(who));
            for (Runnable attempt : attempts) {
                assertThatThrownBy(attempt::run).as(who).isInstanceOfAny(BusinessRuleException.class,
                        AccessRefusedException.class);
            }
        }
        login.as(h.user("secretariat"));
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> sectionRepository.findById(s1.id()).orElseThrow()
                .edit("Changé en douce", "Changé en douce"))).as("the entity itself refuses")
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> decisionRepository.deleteById(decisionId)))
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> minutesRepository.findById(id).orElseThrow()
                .startReview(TODAY))).hasRootCauseInstanceOf(IllegalStateException.class);
        MinutesDetails after = minutes.details(id);
        assertThat(after.sections()).isEqualTo(before.sections());
        assertThat(after.status()).isEqualTo(MinutesStatus.PUBLISHED);
        assertThat(after.pdfSha256()).isEqualTo(before.pdfSha256()).hasSize(64);
        minutes.addErratum(id, null, "Lire « 43 familles » au lieu de « 42 familles ».");
        assertThat(minutes.details(id).errata()).singleElement().satisfies(e -> assertThat(e.body()).contains("43"));
        assertThat(minutes.details(id).sections()).isEqualTo(before.sections());
    }

    @Test
    void theAudienceDecidesWhoReadsPublishedMinutes() {
        long id = published(Audience.COMMITTEE, false);
        for (String reader : List.of("copil", "copil2", "secretariat")) {
            login.as(h.user(reader));
            assertThat(minutes.details(id).status()).as(reader).isEqualTo(MinutesStatus.PUBLISHED);
            assertThat(minutes.published(h.w().conventionId(), null, null)).as(reader).extracting(MinutesSummary::id).contains(id);
        }
        for (String outsider : List.of("lecteur", "association", "suivi")) {
            login.as(h.user(outsider));
            assertThatThrownBy(() -> minutes.details(id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> minutes.pdf(id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThat(minutes.published(h.w().conventionId(), null, null)).as(outsider).isEmpty();
        }
        login.as(h.user("copil2"));
        assertThat(notifications.recent(10)).anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationService.KIND_MINUTES_PUBLISHED));
        login.as(h.user("lecteur"));
        assertThat(notifications.recent(10)).noneSatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationService.KIND_MINUTES_PUBLISHED));

        MinutesFixture.HeldMeeting other = fixture.create();
        login.as(other.user("secretariat"));
        assertThatThrownBy(() -> minutes.details(id)).as("another convention's secretariat").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> minutes.pdf(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void conventionWideAudienceWithAssociations() {
        long id = published(Audience.CONVENTION, true);
        for (String reader : List.of("lecteur", "suivi", "association")) {
            login.as(h.user(reader));
            assertThat(minutes.details(id).title()).as(reader).contains("COPIL d’automne");
        }
        login.as(h.user("association"));
        assertThat(minutes.pdf(id).content()).startsWith("%PDF".getBytes());
        assertThat(minutes.details(id).sections().getFirst().remarks()).isEmpty();
    }

    @Test
    void decisionsShowOnTheirObjectiveOncePublishedAndSearchFindsTheText() {
        long id = draft();
        login.as(h.user("copil"));
        assertThat(references.stream().flatMap(r -> r.referencesTo(h.w().objectiveId()).stream())).isEmpty();
        login.as(h.user("secretariat"));
        minutes.startReview(id, TODAY.plusDays(10));
        login.as(h.user("copil"));
        minutes.approve(id, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(id, Audience.CONVENTION, false);
        login.as(h.user("lecteur"));
        assertThat(references.stream().flatMap(r -> r.referencesTo(h.w().objectiveId()).stream()))
                .anySatisfy(ref -> {
                    assertThat(ref.text()).contains("étendre le LAEP");
                    assertThat(ref.page()).isEqualTo(PageRef.minutes(id));
                });
        long conventionId = h.w().conventionId();
        assertThat(minutes.published(conventionId, null, "samatan LAEP")).extracting(MinutesSummary::id).containsExactly(id);
        assertThat(minutes.published(conventionId, null, "SAMATAN familles")).hasSize(1);
        assertThat(minutes.published(conventionId, null, "evaluation")).as("accents ignored").hasSize(1);
        assertThat(minutes.published(conventionId, h.committeeId(), "évaluation")).hasSize(1);
        assertThat(minutes.published(conventionId, null, "piscine")).isEmpty();
        assertThat(minutes.published(conventionId, h.committeeId() + 1000, null)).isEmpty();
    }
}
