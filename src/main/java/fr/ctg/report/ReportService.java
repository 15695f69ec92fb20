package fr.ctg.report;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.Sha256;
import fr.ctg.base.docs.OutlineDocx;
import fr.ctg.base.docs.OutlinePdf;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.UploadedFile;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a convention's annual or final report for a period (the convention's administrators, secretariat, COPIL
 * and evaluation referents), as DOCX and PDF/A-2b, and publishes both to Documents (kind evaluation) with their SHA-256.
 */
@Service
public class ReportService {

    static final int MAX_YEARS = 10;
    /** Who builds and publishes reports: the convention's editors and its evaluation referents. */
    public static final Set<Role> AUTHORS = Collections.unmodifiableSet(EnumSet.of(Role.ADMIN, Role.SECRETARIAT,
            Role.COPIL_MEMBER, Role.EVALUATION_REFERENT));

    private final ReportAssembler assembler;
    private final ConventionAccessService access;
    private final DocumentService documents;
    /**
     * Two threads of the reports' own (not a bean: Spring Boot's task executor stays the application's), carrying
     * the identity of the person who asked, since the services check access with it; more requests queue.
     */
    private final ExecutorService threads = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("report-", 1)
            .daemon().factory());
    private final Clock clock;

    ReportService(ReportAssembler assembler, ConventionAccessService access, DocumentService documents, Clock clock) {
        this.assembler = assembler;
        this.access = access;
        this.documents = documents;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }

    /** Whether the caller may build and publish this convention's reports. */
    public boolean canBuild(long conventionId) {
        return access.rolesIn(conventionId).stream().anyMatch(AUTHORS::contains);
    }

    /** Builds the report on the caller's thread (tests, benchmark); the page uses {@link #buildInBackground}. */
    public ReportFiles build(ReportRequest request, Locale locale, ReportProgress progress) {
        check(request);
        ReportAssembler.Assembled a = assembler.assemble(request, locale, progress);
        byte[] docx = OutlineDocx.write(a.outline());
        byte[] pdf = OutlinePdf.write(a.outline(), locale, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        String base = (request.kind() == ReportKind.ANNUAL ? "rapport-annuel-" : "rapport-final-")
                + request.from() + "-" + request.to();
        return new ReportFiles(request, a.outline().title(), base + ".docx", docx, Sha256.hex(docx), base + ".pdf", pdf,
                Sha256.hex(pdf), a.missing());
    }

    /**
     * Builds the report off the request thread (it may take seconds), with the caller's identity; the access is
     * checked before anything starts.
     */
    public CompletableFuture<ReportFiles> buildInBackground(ReportRequest request, Locale locale, ReportProgress progress) {
        check(request);
        Executor asCaller = new DelegatingSecurityContextExecutor(threads, SecurityContextHolder.getContext());
        return CompletableFuture.supplyAsync(() -> build(request, locale, progress), asCaller);
    }

    /** Publishes both files to the convention's documents (kind evaluation), both or neither; returns their ids. */
    @Transactional
    public List<Long> publish(ReportFiles files) {
        check(files.request());
        long conventionId = files.request().conventionId();
        String description = files.request().from() + " → " + files.request().to();
        long docx = documents.createDocument(conventionId, new DocumentMeta(DocumentKind.EVALUATION,
                files.title() + " (DOCX)", description), new UploadedFile(files.docxName(),
                () -> new ByteArrayInputStream(files.docx())));
        long pdf = documents.createDocument(conventionId, new DocumentMeta(DocumentKind.EVALUATION,
                files.title() + " (PDF/A)", description), new UploadedFile(files.pdfName(),
                () -> new ByteArrayInputStream(files.pdf())));
        return List.of(docx, pdf);
    }

    private void check(ReportRequest request) {
        access.require(request.conventionId(), AUTHORS);
        if (request.kind() == null) {
            throw new BusinessRuleException("report.error.kind");
        }
        if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
            throw new BusinessRuleException("report.error.period");
        }
        if (request.from().plusYears(MAX_YEARS).isBefore(request.to())) {
            throw new BusinessRuleException("report.error.tooLong", MAX_YEARS);
        }
    }
}
