package fr.ctg.document;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.document.internal.Document;
import fr.ctg.document.internal.DocumentLink;
import fr.ctg.document.internal.DocumentLinkRepository;
import fr.ctg.document.internal.DocumentRepository;
import fr.ctg.document.internal.DocumentVersion;
import fr.ctg.document.internal.DocumentVersionRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Deliberations and documents of a convention: upload with metadata, versions, search, links,
 * publication to associations, and access-checked downloads.
 * <p>
 * A file is staged (hashed, measured, sniffed), then its row is written, and the file is placed under
 * its key just before the commit ({@link FilePlacement}); a rollback removes it. A crash between the two leaves a
 * file without row, which nobody can reach and {@code OrphanFileSweeper} removes at a later start: users never see
 * an orphan row nor an orphan file.
 */
@Service
@Transactional
public class DocumentService {

    /** Who uploads and links: every member except readers and associations. */
    public static final Set<Role> UPLOADERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER,
            Role.FOLLOW_UP_MEMBER, Role.EVALUATION_REFERENT);
    /** Who publishes documents to the associations. */
    public static final Set<Role> PUBLISHERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT);

    private final DocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final DocumentLinkRepository links;
    private final DocumentStorage storage;
    private final ConventionAccessService access;
    private final Clock clock;
    private final List<DocumentLinkTargets> linkTargets;
    private final long maxBytes;
    private long quotaBytes; // not final: a test lowers it

    DocumentService(DocumentRepository documents, DocumentVersionRepository versions, DocumentLinkRepository links,
                    DocumentStorage storage, ConventionAccessService access, Clock clock,
                    List<DocumentLinkTargets> linkTargets,
                    @Value("${ctg.files.max-size:25MB}") DataSize maxSize,
                    @Value("${ctg.files.quota-per-convention:10GB}") DataSize quota) {
        this.quotaBytes = quota.toBytes();
        this.documents = documents;
        this.versions = versions;
        this.links = links;
        this.storage = storage;
        this.access = access;
        this.clock = clock;
        this.linkTargets = linkTargets;
        this.maxBytes = maxSize.toBytes();
    }

    /** The extensions accepted for deliberations, or for the other documents. */
    public List<String> acceptedExtensions(boolean deliberation) {
        return (deliberation ? FileRules.DELIBERATION_EXTENSIONS : FileRules.DOCUMENT_EXTENSIONS).stream().sorted().toList();
    }

    private static long mebibytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> search(long conventionId, DocumentQuery q) {
        Set<Role> roles = access.require(conventionId, Role.ANY_MEMBER);
        String text = q.text() == null || q.text().isBlank() ? null
                : "%" + q.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return documents.search(conventionId, q.kind(), q.body(), q.from(), q.to(), text, associationOnly(roles))
                .stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public DocumentDetails get(long documentId) {
        Document d = readable(documentId);
        return new DocumentDetails(summary(d),
                versions.findByDocumentIdOrderByNumberDesc(documentId).stream().map(DocumentService::view).toList(),
                links.findByDocumentId(documentId).stream()
                        .map(l -> new DocumentDetails.Link(l.getTarget(), l.getTargetId())).toList());
    }

    /** Uploads a deliberation (PDF, or ODT/DOCX for drafts) with its metadata. */
    public long createDeliberation(long conventionId, DeliberationMeta meta, UploadedFile file) {
        access.require(conventionId, UPLOADERS);
        validate(conventionId, meta);
        DocumentStorage.Staged staged = stageAndCheck(conventionId, file, FileRules.DELIBERATION_EXTENSIONS);
        return withStaged(staged, () -> {
            Document d = new Document(conventionId, DocumentKind.DELIBERATION, meta.subject().strip(), null);
            d.deliberation(meta.body(), meta.number().strip(), meta.sessionDate(), meta.transmittedOn(),
                    blankToNull(meta.publicUrl()));
            documents.saveAndFlush(d);
            storeVersion(d, 1, file, staged);
            return d.getId();
        });
    }

    /** Uploads a document of the documents area. */
    public long createDocument(long conventionId, DocumentMeta meta, UploadedFile file) {
        access.require(conventionId, UPLOADERS);
        if (meta.kind() == null || meta.kind() == DocumentKind.DELIBERATION) {
            throw new BusinessRuleException("document.error.kind");
        }
        String title = meta.title() == null ? "" : meta.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new BusinessRuleException("document.error.title");
        }
        DocumentStorage.Staged staged = stageAndCheck(conventionId, file, FileRules.DOCUMENT_EXTENSIONS);
        return withStaged(staged, () -> {
            Document d = documents.saveAndFlush(new Document(conventionId, meta.kind(), title,
                    blankToNull(meta.description())));
            storeVersion(d, 1, file, staged);
            return d.getId();
        });
    }

    /**
     * Stores a file attached to a partner's contribution as an evaluation document of the convention (the same file
     * rules apply), never published to associations: the referents read it, other organisations never see it. No
     * duplicate check, which would tell one organisation the title of another's file.
     */
    public long attachContribution(long conventionId, String title, UploadedFile file) {
        Set<Role> roles = access.require(conventionId, Role.ANY_MEMBER);
        if (!roles.contains(Role.ASSOCIATION) && roles.stream().noneMatch(UPLOADERS::contains)) {
            throw new AccessRefusedException();
        }
        DocumentStorage.Staged staged = stageAndCheck(conventionId, file, FileRules.DOCUMENT_EXTENSIONS, false);
        String t = title == null || title.isBlank() ? FileRules.displayName(file.originalName()) : title.strip();
        return withStaged(staged, () -> {
            Document d = documents.saveAndFlush(new Document(conventionId, DocumentKind.EVALUATION,
                    t.length() > 300 ? t.substring(0, 300) : t, null));
            storeVersion(d, 1, file, staged);
            return d.getId();
        });
    }

    /** Adds a new version of a document's file; the old versions stay. */
    public VersionRow addVersion(long documentId, UploadedFile file) {
        Document d = documents.findById(documentId).orElseThrow(NotFoundException::new);
        access.require(d.getConventionId(), UPLOADERS);
        DocumentStorage.Staged staged = stageAndCheck(d.getConventionId(), file,
                d.getKind() == DocumentKind.DELIBERATION ? FileRules.DELIBERATION_EXTENSIONS : FileRules.DOCUMENT_EXTENSIONS);
        return withStaged(staged, () -> storeVersion(d, versions.maxNumber(documentId) + 1, file, staged));
    }

    /** Runs the database part of an upload; if it fails, the staged file goes too. */
    private <T> T withStaged(DocumentStorage.Staged staged, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            storage.discard(staged);
            throw e;
        }
    }

    public void setPublishedToAssociations(long documentId, boolean published) {
        Document d = documents.findById(documentId).orElseThrow(NotFoundException::new);
        access.require(d.getConventionId(), PUBLISHERS);
        d.setPublishedToAssociations(published);
    }

    public void link(long documentId, LinkTarget target, long targetId) {
        Document d = documents.findById(documentId).orElseThrow(NotFoundException::new);
        access.require(d.getConventionId(), UPLOADERS);
        boolean exists = linkTargets.stream().filter(t -> t.target() == target)
                .anyMatch(t -> t.existsIn(d.getConventionId(), targetId));
        if (!exists) {
            throw new BusinessRuleException("document.error.linkTarget");
        }
        if (!links.existsByDocumentIdAndTargetAndTargetId(documentId, target, targetId)) {
            links.save(new DocumentLink(documentId, target, targetId));
        }
    }

    public void unlink(long documentId, LinkTarget target, long targetId) {
        Document d = documents.findById(documentId).orElseThrow(NotFoundException::new);
        access.require(d.getConventionId(), UPLOADERS);
        links.deleteByDocumentIdAndTargetAndTargetId(documentId, target, targetId);
    }

    /** The documents linked to a target of the convention (associations: only those published to them). */
    @Transactional(readOnly = true)
    public List<DocumentSummary> linkedTo(long conventionId, LinkTarget target, long targetId) {
        Set<Role> roles = access.require(conventionId, Role.ANY_MEMBER);
        List<Long> ids = links.findByTargetAndTargetId(target, targetId).stream().map(DocumentLink::getDocumentId).toList();
        return documents.findAllById(ids).stream()
                .filter(d -> d.getConventionId() == conventionId)
                .filter(d -> !associationOnly(roles) || d.isPublishedToAssociations())
                .map(this::summary).toList();
    }

    /** A version's file, after checking (every time) that the caller may read its document. */
    @Transactional(readOnly = true)
    public FileDownload open(long versionId) {
        DocumentVersion v = versions.findById(versionId).orElseThrow(NotFoundException::new);
        readable(v.getDocumentId());
        String key = v.getStorageKey();
        return new FileDownload(v.getSafeName(), v.getContentType(), v.getSizeBytes(), () -> storage.open(key),
                v.getConventionId(), v.getDocumentId(), v.getNumber());
    }

    private Document readable(long documentId) {
        Document d = documents.findById(documentId).orElseThrow(NotFoundException::new);
        Set<Role> roles = access.require(d.getConventionId(), Role.ANY_MEMBER);
        if (associationOnly(roles) && !d.isPublishedToAssociations()) {
            throw new NotFoundException();
        }
        return d;
    }

    private static boolean associationOnly(Set<Role> roles) {
        return roles.stream().noneMatch(Role.CONVENTION_READERS::contains);
    }

    private void validate(long conventionId, DeliberationMeta m) {
        if (m.body() == null) {
            throw new BusinessRuleException("document.error.body");
        }
        String number = m.number() == null ? "" : m.number().strip();
        if (number.isEmpty() || number.length() > 50) {
            throw new BusinessRuleException("document.error.number");
        }
        if (m.subject() == null || m.subject().isBlank() || m.subject().strip().length() > 300) {
            throw new BusinessRuleException("document.error.subject");
        }
        LocalDate today = LocalDate.now(clock);
        if (m.sessionDate() == null) {
            throw new BusinessRuleException("document.error.sessionDate");
        }
        if (m.sessionDate().isAfter(today)) {
            throw new BusinessRuleException("document.error.sessionInFuture");
        }
        if (m.transmittedOn() != null && (m.transmittedOn().isBefore(m.sessionDate()) || m.transmittedOn().isAfter(today))) {
            throw new BusinessRuleException("document.error.transmittedOn");
        }
        if (m.publicUrl() != null && !m.publicUrl().isBlank() && !isWebUrl(m.publicUrl().strip())) {
            throw new BusinessRuleException("document.error.publicUrl");
        }
        if (documents.existsByConventionIdAndIssuingBodyAndNumberAndSessionYear(conventionId, m.body(), number,
                m.sessionDate().getYear())) {
            throw new BusinessRuleException("document.error.numberTaken", number, m.sessionDate().getYear());
        }
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && url.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private DocumentStorage.Staged stageAndCheck(long conventionId, UploadedFile file, Set<String> extensions) {
        return stageAndCheck(conventionId, file, extensions, true);
    }

    private DocumentStorage.Staged stageAndCheck(long conventionId, UploadedFile file, Set<String> extensions,
                                                 boolean refuseDuplicates) {
        String name = FileRules.displayName(file.originalName());
        if (name.isEmpty()) {
            throw new BusinessRuleException("document.error.name");
        }
        DocumentStorage.Staged staged;
        try (InputStream in = file.content().open()) {
            staged = storage.stage(in, maxBytes);
        } catch (DocumentStorage.TooLargeException e) {
            throw new BusinessRuleException("document.error.tooLarge", maxBytes / (1024 * 1024));
        } catch (IOException e) {
            throw new BusinessRuleException("document.error.read");
        }
        try {
            if (staged.size() == 0) {
                throw new BusinessRuleException("document.error.empty");
            }
            long used = versions.totalSizeOfConvention(conventionId);
            if (used + staged.size() > quotaBytes) {
                throw new BusinessRuleException("document.error.quota", mebibytes(used), mebibytes(quotaBytes));
            }
            FileRules.checkType(staged.path(), name, extensions);
            var duplicate = refuseDuplicates ? versions.findFirstByConventionIdAndSha256(conventionId, staged.sha256())
                    : Optional.<DocumentVersion>empty();
            if (duplicate.isPresent()) {
                Document existing = documents.findById(duplicate.get().getDocumentId()).orElseThrow();
                throw new DuplicateDocumentException(existing.getId(), existing.getTitle());
            }
            return staged;
        } catch (IOException e) {
            storage.discard(staged);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            storage.discard(staged);
            throw e;
        }
    }

    private VersionRow storeVersion(Document d, int number, UploadedFile file, DocumentStorage.Staged staged) {
        String key = UUID.randomUUID().toString();
        String name = FileRules.displayName(file.originalName());
        String type;
        try {
            type = FileRules.sniff(staged.path(), name);
        } catch (IOException e) {
            storage.discard(staged);
            throw new UncheckedIOException(e);
        }
        DocumentVersion v = versions.saveAndFlush(new DocumentVersion(d.getId(), d.getConventionId(), number, name,
                FileRules.safeName(name), key, type, staged.size(), staged.sha256()));
        d.setContentText(FileText.extract(() -> Files.newInputStream(staged.path()), type));
        TransactionSynchronizationManager.registerSynchronization(new FilePlacement(storage, staged, key));
        return view(v);
    }

    private DocumentSummary summary(Document d) {
        VersionRow current = versions.findByDocumentIdOrderByNumberDesc(d.getId()).stream().findFirst()
                .map(DocumentService::view).orElse(null);
        return new DocumentSummary(d.getId(), d.getConventionId(), d.getKind(), d.getTitle(), d.getDescription(),
                d.getIssuingBody(), d.getNumber(), d.getSessionDate(), d.getTransmittedOn(), d.getPublicUrl(),
                d.isPublishedToAssociations(), current);
    }

    private static VersionRow view(DocumentVersion v) {
        return new VersionRow(v.getId(), v.getNumber(), v.getOriginalName(), v.getContentType(), v.getSizeBytes(),
                v.getSha256(), v.getCreatedBy(), v.getCreatedAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
