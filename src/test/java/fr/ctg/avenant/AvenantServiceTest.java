package fr.ctg.avenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.TimeConfig;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.convention.TextPart;
import fr.ctg.convention.TextPartDetails;
import fr.ctg.convention.TextPartField;
import fr.ctg.document.DeliberationMeta;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.IssuingBody;
import fr.ctg.document.TestFiles;
import fr.ctg.means.MeansCategory;
import fr.ctg.means.MeansDraft;
import fr.ctg.means.MeansService;
import fr.ctg.notification.NotificationService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveEditingService;
import fr.ctg.objective.ObjectiveField;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Préparer un avenant" lists exactly the modifications since the signed state, computed from the history; the
 * avenant is approved, written as DOCX and PDF with its modifications and both parties, signed, and becomes the new
 * baseline; each refusal says why and changes nothing.
 */
@CtgSpringTest
class AvenantServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired AvenantService avenants;
    @Autowired AvenantDocuments outputs;
    @Autowired ConsolidationService consolidation;
    @Autowired ConventionTextService texts;
    @Autowired ObjectiveEditingService objectives;
    @Autowired DocumentService documents;
    @Autowired Clock clock;
    @Autowired NotificationService notifications;
    @Autowired MeansService means;
    @Autowired ConventionHistoryService history;

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

    private void signedStateThenTwoModifications() {
        avenants.recordSignedState(w.conventionId());
        TextPartDetails a = texts.get(w.conventionId(), TextPart.ARTICLE, 10);
        texts.save(w.conventionId(), TextPart.ARTICLE, 10, a.version(), a.draft().with(TextPartField.BODY,
                "La présente convention est conclue jusqu’au 31 décembre 2030 inclus."));
        login.as(w.user("copil"));
        ObjectiveDetails o = objectives.get(w.objectiveId());
        objectives.save(o.id(), o.version(), o.draft().with(ObjectiveField.TITLE, "Ouvrir deux LAEP itinérants"));
        login.as(w.user("secretariat"));
    }

    private long cafDeliberation() {
        return documents.createDeliberation(w.conventionId(), new DeliberationMeta(
                IssuingBody.CONSEIL_ADMINISTRATION_CAF, "CA-2026-12", LocalDate.of(2026, 11, 3), "Avenant à la CTG",
                LocalDate.of(2026, 11, 4), null), TestFiles.file("ca-" + System.nanoTime() + ".pdf",
                TestFiles.pdf("Délibération du conseil d’administration " + System.nanoTime())));
    }

    private long territoryDeliberation() {
        return documents.createDeliberation(w.conventionId(), new DeliberationMeta(
                IssuingBody.CONSEIL_COMMUNAUTAIRE, "2026-102", LocalDate.of(2026, 11, 2), "Avenant à la CTG",
                LocalDate.of(2026, 11, 5), null), TestFiles.file("cc-" + System.nanoTime() + ".pdf",
                TestFiles.pdf("Délibération du conseil communautaire " + System.nanoTime())));
    }

    @Test
    void theListHoldsExactlyTheModificationsSinceTheSignedStateFieldByField() {
        assertThatThrownBy(() -> avenants.prepare(w.conventionId()))
                .hasMessageContaining("avenant.error.noBaseline");
        signedStateThenTwoModifications();
        List<ConventionChange> changes = avenants.modificationsSinceSignature(w.conventionId());
        assertThat(changes).extracting(ConventionChange::key)
                .containsExactly("objective:" + w.objectiveId(), "article:10");
        ConventionChange objective = changes.getFirst();
        assertThat(objective.kind()).isEqualTo(ConventionChange.Kind.CHANGED);
        assertThat(objective.group()).isEqualTo(ChangeGroup.OBJECTIVES);
        assertThat(objective.fields()).singleElement().satisfies(f -> {
            assertThat(f.labelKey()).isEqualTo("objective.field.TITLE");
            assertThat(f.before()).isEqualTo("Ouvrir un lieu d’accueil enfants-parents");
            assertThat(f.after()).isEqualTo("Ouvrir deux LAEP itinérants");
        });
        assertThat(changes.get(1).fields()).singleElement().satisfies(f -> {
            assertThat(f.labelKey()).isEqualTo("convention.text.field.BODY");
            assertThat(f.before()).contains("2028");
            assertThat(f.after()).contains("2030");
        });
    }

    @Test
    void anApprovedAvenantIsWrittenSignedAndBecomesTheBaseline() throws Exception {
        signedStateThenTwoModifications();
        long id = avenants.prepare(w.conventionId());
        assertThatThrownBy(() -> avenants.prepare(w.conventionId())).hasMessageContaining("avenant.error.oneAtATime");
        assertThatThrownBy(() -> avenants.approve(id)).hasMessageContaining("avenant.error.noChange");
        long scan = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Avenant 1 signé",
                null), TestFiles.file("avenant-1-signe.pdf", TestFiles.pdf("Avenant signé")));
        long deliberation = documents.createDeliberation(w.conventionId(), new DeliberationMeta(
                IssuingBody.CONSEIL_COMMUNAUTAIRE, "2026-101", LocalDate.of(2026, 11, 2), "Avenant n° 1 à la CTG",
                LocalDate.of(2026, 11, 5), null), TestFiles.file("deliberation-2026-101.pdf", TestFiles.pdf("Délibération")));
        long cafDeliberation = cafDeliberation();
        AvenantSignature signature = new AvenantSignature(LocalDate.now(clock), scan, List.of(deliberation,
                cafDeliberation));
        assertThatThrownBy(() -> avenants.sign(id, signature)).hasMessageContaining("avenant.error.signedBeforeApproved");

        avenants.editText(id, new AvenantText("Avenant n° 1 – objectifs et durée", "Vu l’évaluation à mi-parcours.",
                "Le COPIL a revu la durée et un objectif.", null, null));
        avenants.choose(id, Set.of("article:10", "objective:" + w.objectiveId()));
        assertThatThrownBy(() -> avenants.choose(id, Set.of("article:3")))
                .hasMessageContaining("avenant.error.unknownChange");
        avenants.circulate(id);
        login.as(w.user("copil"));
        assertThat(notifications.recent(20)).as("the COPIL is told the avenant circulates")
                .anyMatch(n -> n.kind().equals(NotificationService.KIND_AVENANT));
        avenants.approve(id);
        AvenantDetails approved = avenants.details(id);
        assertThat(approved.status()).isEqualTo(AvenantStatus.APPROVED);
        assertThat(approved.carried()).hasSize(2);
        assertThatThrownBy(() -> avenants.sign(id, signature)).isInstanceOf(AccessRefusedException.class);

        byte[] docx = outputs.docx(id, Locale.FRENCH);
        String word;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            word = extractor.getText();
        }
        assertThat(word).contains("Avenant n° 1", "Caf de test", "CC de test", "Ouvrir deux LAEP itinérants",
                "Ouvrir un lieu d’accueil enfants-parents", "31 décembre 2030", "Article 10");
        String pdf;
        try (var doc = Loader.loadPDF(outputs.pdf(id, Locale.ENGLISH))) {
            pdf = new PDFTextStripper().getText(doc);
        }
        assertThat(pdf).contains("Amendment no. 1", "Caf de test", "CC de test", "Ouvrir deux LAEP itinérants",
                "31 décembre 2030");

        login.as(w.user("secretariat"));
        assertThatThrownBy(() -> avenants.sign(id, new AvenantSignature(LocalDate.now(clock).plusDays(1), scan, List.of())))
                .hasMessageContaining("avenant.error.signedOn");
        assertThatThrownBy(() -> avenants.sign(id, new AvenantSignature(LocalDate.now(clock), null, List.of())))
                .hasMessageContaining("avenant.error.signedScan");
        assertThatThrownBy(() -> avenants.sign(id, new AvenantSignature(LocalDate.now(clock), scan, List.of(scan))))
                .hasMessageContaining("avenant.error.deliberation");
        assertThatThrownBy(() -> avenants.sign(id, new AvenantSignature(LocalDate.now(clock), scan,
                List.of(deliberation)))).as("the Caf's deliberation is missing")
                .hasMessageContaining("avenant.error.bothDeliberations");
        assertThat(avenants.details(id).status()).isEqualTo(AvenantStatus.APPROVED);
        avenants.sign(id, signature);
        AvenantDetails signed = avenants.details(id);
        assertThat(signed.status()).isEqualTo(AvenantStatus.SIGNED);
        assertThat(signed.deliberationIds()).containsExactlyInAnyOrder(deliberation, cafDeliberation);
        assertThat(avenants.modificationsSinceSignature(w.conventionId())).isEmpty();
        assertThat(consolidation.asSigned(w.conventionId()).items()).anySatisfy(i -> {
            assertThat(i.key()).isEqualTo("article:10");
            assertThat(i.field("convention.text.field.BODY").value()).contains("2030");
        });
        assertThat(avenants.list(w.conventionId())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(AvenantStatus.SIGNED));
    }

    @Test
    void aModificationAnAvenantLeavesOutStaysOnTheNextList() {
        signedStateThenTwoModifications();
        long id = avenants.prepare(w.conventionId());
        avenants.choose(id, Set.of("article:10"));
        avenants.approve(id);
        long scan = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Scan", null),
                TestFiles.file("scan.pdf", TestFiles.pdf("Scan")));
        avenants.sign(id, new AvenantSignature(LocalDate.now(clock), scan, List.of(cafDeliberation(),
                territoryDeliberation())));
        assertThat(avenants.modificationsSinceSignature(w.conventionId())).extracting(ConventionChange::key)
                .containsExactly("objective:" + w.objectiveId());
    }

    @Test
    void renamingAnObjectiveIsOneModificationNotOnePerItemThatNamesItAndAnAvenantCanBeAbandoned() {
        ObjectiveDetails second = objectives.get(w.secondObjectiveId());
        objectives.save(second.id(), second.version(), second.draft().with(ObjectiveField.PARENT, w.objectiveId()));
        long party = history.current(w.conventionId()).parties().getFirst().id();
        means.create(w.conventionId(), new MeansDraft(party, w.fieldA(), 2026, MeansCategory.STAFF, "Animatrice",
                BigDecimal.ONE, null, null, Set.of(w.objectiveId())));
        avenants.recordSignedState(w.conventionId());
        ObjectiveDetails first = objectives.get(w.objectiveId());
        objectives.save(first.id(), first.version(), first.draft().with(ObjectiveField.TITLE, "Ouvrir deux LAEP"));
        assertThat(avenants.modificationsSinceSignature(w.conventionId())).extracting(ConventionChange::key)
                .containsExactly("objective:" + w.objectiveId());
        long id = avenants.prepare(w.conventionId());
        assertThatThrownBy(() -> avenants.approve(id, Set.of())).hasMessageContaining("avenant.error.noChange");
        avenants.abandon(id);
        assertThat(avenants.list(w.conventionId())).isEmpty();
        long again = avenants.prepare(w.conventionId());
        assertThat(avenants.details(again).number()).isEqualTo(1);
    }

    @Test
    void aMeansLineAddedAfterTheSignatureIsAModificationOfAnnexOne() {
        avenants.recordSignedState(w.conventionId());
        long party = history.current(w.conventionId()).parties().getFirst().id();
        long line = means.create(w.conventionId(), new MeansDraft(party, w.fieldA(), 2026, MeansCategory.STAFF,
                "Animatrice RPE", new BigDecimal("0.5"), null, null, Set.of(w.objectiveId())));
        assertThat(avenants.modificationsSinceSignature(w.conventionId())).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("means:" + line);
            assertThat(c.group()).isEqualTo(ChangeGroup.ANNEX);
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.kind()).isEqualTo(ConventionChange.Kind.ADDED);
            assertThat(c.fields()).extracting(ConventionChange.FieldChange::after).contains("0.5", "ETP", "Animatrice RPE");
        });
    }

    @Test
    void theConsolidatedVersionOfADayBeforeTheChangeShowsTheOldText() {
        signedStateThenTwoModifications();
        ConsolidatedVersion before = consolidation.at(w.conventionId(), LocalDate.now(TimeConfig.ZONE).minusDays(1));
        assertThat(before.beforeRecords()).isTrue();
        assertThat(before.items()).anySatisfy(i -> {
            assertThat(i.key()).isEqualTo("article:10");
            assertThat(i.field("convention.text.field.BODY").value()).contains("2028");
        });
        ConsolidatedVersion today = consolidation.at(w.conventionId(), LocalDate.now(TimeConfig.ZONE));
        assertThat(today.items()).anySatisfy(i -> {
            assertThat(i.key()).isEqualTo("article:10");
            assertThat(i.field("convention.text.field.BODY").value()).contains("2030");
        });
        assertThatThrownBy(() -> consolidation.at(w.conventionId(), null)).isInstanceOf(BusinessRuleException.class);
        login.as(w.user("association"));
        assertThatThrownBy(() -> consolidation.at(w.conventionId(), LocalDate.now(TimeConfig.ZONE)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void onlyAdministratorsAndTheSecretariatRecordTheSignedState() {
        login.as(w.user("copil"));
        assertThatThrownBy(() -> avenants.recordSignedState(w.conventionId())).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("secretariat"));
        avenants.recordSignedState(w.conventionId());
        assertThatThrownBy(() -> avenants.recordSignedState(w.conventionId()))
                .hasMessageContaining("avenant.error.alreadySigned");
    }
}
