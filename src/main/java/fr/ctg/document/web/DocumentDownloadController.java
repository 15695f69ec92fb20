package fr.ctg.document.web;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.document.DocumentService;
import fr.ctg.document.FileDownload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /files/{versionId}}: the file of a document version, with its original name. Spring Security
 * requires a session; the service checks membership (and, for associations, publication) on every
 * request: another convention's id gives 404, a forbidden one 403.
 */
@RestController
class DocumentDownloadController {

    private final DocumentService documents;
    private final ApplicationEventPublisher events;

    DocumentDownloadController(DocumentService documents, ApplicationEventPublisher events) {
        this.documents = documents;
        this.events = events;
    }

    @GetMapping("/files/{versionId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long versionId,
                                                 @RequestParam(defaultValue = "false") boolean inline) throws IOException {
        FileDownload file = documents.open(versionId);
        InputStream in = file.content().open();
        events.publishEvent(JournalEvent.of(JournalKind.DOCUMENT_DOWNLOADED).convention(file.conventionId())
                .detail("document " + file.documentId() + " v" + file.versionNumber() + " " + file.fileName()));
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(in));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Introuvable");
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<String> refused() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("Accès refusé");
    }
}
