package fr.ctg.document;

import static fr.ctg.document.TestFiles.file;
import static fr.ctg.document.TestFiles.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.document.internal.OrphanFileSweeper;
import fr.ctg.objective.EditingFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionSynchronization;

/** Uploading deliberations and documents: versions, search, links, access, and the bad-input corpus. */
@CtgSpringTest
class DocumentServiceTest {

    static final Path FILES = Path.of("target/test-files");

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentStorage storage;
    @Autowired
    OrphanFileSweeper sweeper;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
        login.as(w.user("secretariat"));
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private DeliberationMeta meta(String number, LocalDate date) {
        return new DeliberationMeta(IssuingBody.CONSEIL_COMMUNAUTAIRE, number, date, "Approbation de la CTG", date.plusDays(3),
                "https://www.example.org/actes/" + number);
    }

    private static long filesOnDisk() throws IOException {
        try (Stream<Path> s = Files.walk(FILES)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private List<DocumentSummary> all() {
        return documents.search(w.conventionId(), DocumentQuery.all());
    }

    @Test
    void aDeliberationIsStoredWithItsMetadataAndComesBackByteIdentical() throws IOException {
        byte[] bytes = pdf("deliberation 2014-052");
        long id = documents.createDeliberation(w.conventionId(), meta("2014-052", LocalDate.of(2014, 9, 15)),
                file("Délibération CTG.pdf", bytes));
        DocumentDetails d = documents.get(id);
        assertThat(d.summary().kind()).isEqualTo(DocumentKind.DELIBERATION);
        assertThat(d.summary().number()).isEqualTo("2014-052");
        assertThat(d.summary().body()).isEqualTo(IssuingBody.CONSEIL_COMMUNAUTAIRE);
        VersionRow v = d.summary().current();
        assertThat(v.number()).isEqualTo(1);
        assertThat(v.originalName()).isEqualTo("Délibération CTG.pdf");
        assertThat(v.contentType()).isEqualTo("application/pdf");
        assertThat(v.sizeBytes()).isEqualTo(bytes.length);
        assertThat(v.sha256()).hasSize(64);
        assertThat(v.uploadedBy()).isEqualTo(w.user("secretariat"));
        FileDownload download = documents.open(v.id());
        assertThat(download.fileName()).isEqualTo("Délibération CTG.pdf");
        try (InputStream in = download.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aNewVersionKeepsTheOldOnesAndSearchFindsByNumberBodyTextAndDates() throws IOException {
        long d1 = documents.createDeliberation(w.conventionId(), meta("2014-052", LocalDate.of(2014, 9, 15)),
                file("v1.pdf", pdf("v1")));
        documents.createDeliberation(w.conventionId(), new DeliberationMeta(IssuingBody.COMMISSION_ACTION_SOCIALE_CAF,
                "CAS-2015-01", LocalDate.of(2015, 1, 20), "Décision d’engagement", null, null), file("cas.odt", TestFiles.odt()));
        long doc = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.DIAGNOSTIC,
                "Diagnostic partagé", "Portrait du territoire"), file("diagnostic.pdf", pdf("diag")));
        documents.addVersion(d1, file("v2.pdf", pdf("v2")));
        DocumentDetails details = documents.get(d1);
        assertThat(details.versions()).extracting(VersionRow::number).containsExactly(2, 1);
        assertThat(details.summary().current().originalName()).isEqualTo("v2.pdf");

        assertThat(documents.search(w.conventionId(), new DocumentQuery("2014-05", null, null, null, null)))
                .extracting(DocumentSummary::id).containsExactly(d1);
        assertThat(documents.search(w.conventionId(), new DocumentQuery(null, null,
                IssuingBody.COMMISSION_ACTION_SOCIALE_CAF, null, null))).extracting(DocumentSummary::number)
                .containsExactly("CAS-2015-01");
        assertThat(documents.search(w.conventionId(), new DocumentQuery(null, DocumentKind.DELIBERATION, null,
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)))).extracting(DocumentSummary::number)
                .containsExactly("CAS-2015-01");
        assertThat(documents.search(w.conventionId(), new DocumentQuery("portrait", null, null, null, null)))
                .extracting(DocumentSummary::id).containsExactly(doc);
        assertThat(documents.search(w.conventionId(), DocumentQuery.deliberations())).hasSize(2);
    }

    @Test
    void documentsLinkToObjectivesOfTheSameConventionOnly() throws IOException {
        long doc = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.MEETING, "Support COPIL", null),
                file("copil.pdf", pdf("copil")));
        documents.link(doc, LinkTarget.OBJECTIVE, w.objectiveId());
        documents.link(doc, LinkTarget.OBJECTIVE, w.objectiveId()); // twice: one link
        assertThat(documents.linkedTo(w.conventionId(), LinkTarget.OBJECTIVE, w.objectiveId()))
                .extracting(DocumentSummary::title).containsExactly("Support COPIL");
        EditingFixture.World other = fixture.create();
        login.as(w.user("secretariat"));
        assertThatThrownBy(() -> documents.link(doc, LinkTarget.OBJECTIVE, other.objectiveId()))
                .hasFieldOrPropertyWithValue("messageKey", "document.error.linkTarget");
        documents.unlink(doc, LinkTarget.OBJECTIVE, w.objectiveId());
        assertThat(documents.linkedTo(w.conventionId(), LinkTarget.OBJECTIVE, w.objectiveId())).isEmpty();
    }

    @Test
    void documentsAttachToAnnexesOfTheirConvention() throws IOException {
        long doc = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.EVALUATION,
                "Référentiel d’évaluation", null), file("referentiel.pdf", pdf("ref")));
        documents.link(doc, LinkTarget.ANNEX, 4);
        assertThat(documents.get(doc).links()).containsExactly(new DocumentDetails.Link(LinkTarget.ANNEX, 4));
        assertThat(documents.linkedTo(w.conventionId(), LinkTarget.ANNEX, 4)).extracting(DocumentSummary::id)
                .containsExactly(doc);
        assertThatThrownBy(() -> documents.link(doc, LinkTarget.ANNEX, 9))
                .hasFieldOrPropertyWithValue("messageKey", "document.error.linkTarget");
        assertThatThrownBy(() -> documents.link(doc, LinkTarget.MEETING, 1))
                .as("no such meeting in this convention").hasFieldOrPropertyWithValue("messageKey",
                        "document.error.linkTarget");
    }

    @Test
    void onlyMembersReadFilesAndAssociationsOnlyWhatIsPublishedToThem() throws IOException {
        long doc = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.EVALUATION,
                "Questionnaire", null), file("questionnaire.pdf", pdf("q")));
        long version = documents.get(doc).summary().current().id();
        login.as(w.user("association"));
        assertThat(all()).isEmpty();
        assertThatThrownBy(() -> documents.open(version)).isInstanceOf(NotFoundException.class);
        login.as(w.user("suivi"));
        assertThatThrownBy(() -> documents.setPublishedToAssociations(doc, true)).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("secretariat"));
        documents.setPublishedToAssociations(doc, true);
        login.as(w.user("association"));
        assertThat(all()).extracting(DocumentSummary::id).containsExactly(doc);
        assertThat(documents.open(version).fileName()).isEqualTo("questionnaire.pdf");
        assertThatThrownBy(() -> documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "x", null),
                file("x.pdf", pdf("x")))).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("lecteur"));
        assertThatThrownBy(() -> documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "x", null),
                file("x.pdf", pdf("x")))).isInstanceOf(AccessRefusedException.class);
        login.as("lecteur"); // a member of another convention guessing ids
        assertThatThrownBy(() -> documents.open(version)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.get(doc)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.search(w.conventionId(), DocumentQuery.all())).isInstanceOf(NotFoundException.class);
    }

    // ---- the bad-input corpus: one test per case, each asserting that nothing was stored ----

    private void refused(UploadedFile file, String key) throws IOException {
        refused(() -> documents.createDeliberation(w.conventionId(), meta("2014-099", LocalDate.of(2014, 9, 15)), file), key);
    }

    private void refused(Runnable action, String key) throws IOException {
        long filesBefore = filesOnDisk();
        int docsBefore = all().size();
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
        assertThat(filesOnDisk()).as("no file left").isEqualTo(filesBefore);
        assertThat(all()).as("no row left").hasSize(docsBefore);
    }

    @Test
    void aFileOverTheLimitIsRefused() throws IOException {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(pdf("big"), 0, big, 0, 20);
        refused(file("gros.pdf", big), "document.error.tooLarge");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        refused(file("vide.pdf", new byte[0]), "document.error.empty");
    }

    @Test
    void anHtmlPageRenamedPdfIsRefused() throws IOException {
        refused(file("deliberation.pdf", TestFiles.html()), "document.error.typeMismatch");
    }

    /** Hole 10 of the security review: a ZIP renamed .docx or .xlsx passed, its type taken from its name. */
    @Test
    void officeFilesAZipRenamedDocxOrXlsxIsRefusedAGenuineOneIsKept() throws IOException {
        byte[] zip = TestFiles.zip();
        refused(file("deliberation.docx", zip), "document.error.typeMismatch");
        refused(() -> documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Tableau", null),
                file("tableau.xlsx", zip)), "document.error.typeMismatch");
        documents.createDeliberation(w.conventionId(), meta("2014-098", LocalDate.of(2014, 9, 15)),
                file("vraie.docx", TestFiles.docx()));
        documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Vrai tableau", null),
                file("vrai.xlsx", TestFiles.xlsx()));
        documents.createDeliberation(w.conventionId(), meta("2014-097", LocalDate.of(2014, 9, 15)),
                file("texte.odt", TestFiles.odt()));
    }

    @Test
    void anExecutableRenamedPdfIsRefused() throws IOException {
        refused(file("deliberation.pdf", TestFiles.exe()), "document.error.typeMismatch");
    }

    @Test
    void anExtensionThatIsNotAllowedIsRefused() throws IOException {
        refused(file("deliberation.exe", TestFiles.exe()), "document.error.extension");
    }

    @Test
    void aNameWithSeparatorsControlCharactersOrTooLongIsCleaned() throws IOException {
        long id = documents.createDeliberation(w.conventionId(), meta("2014-100", LocalDate.of(2014, 9, 15)),
                file("../../etc/pa\u0007sswd\u0000.pdf", pdf("n1")));
        VersionRow v = documents.get(id).summary().current();
        assertThat(v.originalName()).isEqualTo("../../etc/passwd.pdf");
        assertThat(documents.open(v.id()).fileName()).isEqualTo("_.._etc_passwd.pdf");
        String longName = "é".repeat(400) + ".pdf";
        long id2 = documents.createDeliberation(w.conventionId(), meta("2014-101", LocalDate.of(2014, 9, 15)),
                file(longName, pdf("n2")));
        VersionRow v2 = documents.get(id2).summary().current();
        assertThat(v2.originalName()).isEqualTo(longName);
        assertThat(documents.open(v2.id()).fileName()).hasSize(200).endsWith(".pdf");
    }

    @Test
    void theSameBytesTwiceAreRefusedNamingTheExistingDocument() throws IOException {
        byte[] bytes = pdf("unique");
        long first = documents.createDeliberation(w.conventionId(), meta("2014-052", LocalDate.of(2014, 9, 15)),
                file("a.pdf", bytes));
        long filesBefore = filesOnDisk();
        assertThatThrownBy(() -> documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Copie", null),
                file("copie.pdf", bytes))).isInstanceOfSatisfying(DuplicateDocumentException.class, e -> {
                    assertThat(e.getExistingDocumentId()).isEqualTo(first);
                    assertThat(e.getArguments()).containsExactly("Approbation de la CTG");
                });
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
        assertThat(all()).hasSize(1);
    }

    @Test
    void aDeliberationDatedInTheFutureIsRefused() throws IOException {
        refused(() -> documents.createDeliberation(w.conventionId(), meta("2026-200", LocalDate.of(2026, 12, 1)),
                file("futur.pdf", pdf("f"))), "document.error.sessionInFuture");
    }

    @Test
    void aNumberAlreadyUsedByTheSameBodyTheSameYearIsRefused() throws IOException {
        documents.createDeliberation(w.conventionId(), meta("2014-052", LocalDate.of(2014, 9, 15)), file("a.pdf", pdf("a")));
        refused(() -> documents.createDeliberation(w.conventionId(), meta("2014-052", LocalDate.of(2014, 11, 3)),
                file("b.pdf", pdf("b"))), "document.error.numberTaken");
        // the same number by another body, or another year, is fine
        documents.createDeliberation(w.conventionId(), new DeliberationMeta(IssuingBody.CONSEIL_MUNICIPAL, "2014-052",
                LocalDate.of(2014, 10, 1), "Autre", null, null), file("c.pdf", pdf("c")));
        documents.createDeliberation(w.conventionId(), meta("2014-052", LocalDate.of(2015, 2, 1)), file("d.pdf", pdf("d")));
    }

    @Test
    void aPublicLinkThatIsNotAWebAddressIsRefused() throws IOException {
        refused(() -> documents.createDeliberation(w.conventionId(), new DeliberationMeta(IssuingBody.CONSEIL_COMMUNAUTAIRE,
                "2014-300", LocalDate.of(2014, 9, 15), "Sujet", null, "javascript:alert(1)"), file("j.pdf", pdf("j"))),
                "document.error.publicUrl");
    }

    private void quota(long bytes) {
        ReflectionTestUtils.setField(
                (Object) AopTestUtils.getTargetObject(documents), "quotaBytes", bytes);
    }

    /** Hole 3 of the security review: no quota per convention. */
    @Test
    void uploadsHaveAQuotaPerConventionAFileThatWouldExceedItIsRefusedAndNothingIsLeft() throws IOException {
        documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Premier", null),
                file("premier.pdf", pdf("premier")));
        long filesBefore = filesOnDisk();
        try {
            quota(100); // the convention already uses more than this
            refused(() -> documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Second", null),
                    file("second.pdf", pdf("second"))), "document.error.quota");
        } finally {
            quota(10L * 1024 * 1024 * 1024);
        }
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
        assertThat(all()).hasSize(1);
    }

    // ---- crash consistency ----

    /** Hole 8 of the security review: a commit whose outcome is unknown deleted the file of a row that may be there. */
    @Test
    void fileConsistencyAFileIsKeptWhenTheCommitOutcomeIsUnknownAndRemovedOnRollback() throws IOException {
        for (int status : new int[] {TransactionSynchronization.STATUS_UNKNOWN,
                TransactionSynchronization.STATUS_ROLLED_BACK}) {
            DocumentStorage.Staged staged = storage.stage(new ByteArrayInputStream(pdf("unknown")), 1000);
            String key = UUID.randomUUID().toString();
            FilePlacement placement = new FilePlacement(storage, staged, key);
            placement.beforeCommit(false);
            placement.afterCompletion(status);
            assertThat(storage.keys().contains(key)).as("status " + status)
                    .isEqualTo(status == TransactionSynchronization.STATUS_UNKNOWN);
            assertThat(Files.exists(staged.path())).isFalse();
        }
    }

    @Test
    void aFailureAfterTheFileIsStagedLeavesNeitherRowNorFile() throws IOException {
        long filesBefore = filesOnDisk();
        // the title is too long for its column: the insert fails after the file was staged and hashed
        assertThatThrownBy(() -> documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER,
                "Titre", "x".repeat(3000)), file("ok.pdf", pdf("crash")))).isInstanceOf(RuntimeException.class);
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
        assertThat(all()).isEmpty();
    }

    @Test
    void aFilePlacedByAProcessThatDiedBeforeItsCommitIsSweptAndNeverReachable() throws IOException {
        DocumentStorage.Staged staged = storage.stage(new ByteArrayInputStream(pdf("orphan")), 1000);
        String key = UUID.randomUUID().toString();
        storage.place(staged, key);          // the file is in place...
        DocumentStorage.Staged half = storage.stage(new ByteArrayInputStream(pdf("half")), 1000);
        assertThat(storage.keys()).contains(key); // ...but its row was never committed
        sweeper.sweep(Instant.now());
        assertThat(storage.keys()).as("too recent: maybe another node's commit under way").contains(key);
        assertThat(Files.exists(half.path())).as("maybe another node's upload in flight").isTrue();
        assertThat(sweeper.sweep(Instant.now().plus(Duration.ofHours(2)))).isGreaterThanOrEqualTo(1);
        assertThat(storage.keys()).doesNotContain(key);
        assertThat(Files.exists(half.path())).as("staged leftovers are cleared too").isFalse();
        // and a re-upload of the same bytes works
        long id = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Relance", null),
                file("orphan.pdf", pdf("orphan")));
        assertThat(documents.get(id).versions()).hasSize(1);
    }
}
