package fr.ctg.avenant.web;

import fr.ctg.avenant.AvenantDocuments;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /files/avenants/{id}.docx} and {@code .pdf}: the avenant in the language of the person who downloads it, for
 * the readers of its convention (the service decides each time).
 */
@RestController
class AvenantFileController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final AvenantDocuments documents;
    private final CurrentUser currentUser;

    AvenantFileController(AvenantDocuments documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/files/avenants/{avenantId}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long avenantId) {
        byte[] content = documents.docx(avenantId, currentUser.require().locale());
        return file(content, documents.fileName(avenantId, "docx"), DOCX);
    }

    @GetMapping("/files/avenants/{avenantId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long avenantId) {
        byte[] content = documents.pdf(avenantId, currentUser.require().locale());
        return file(content, documents.fileName(avenantId, "pdf"), MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(type)
                .body(content);
    }

    /** Another convention's avenant is "not found" for this person: its existence is not theirs to know. */
    @ExceptionHandler({NotFoundException.class, AccessRefusedException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Introuvable");
    }
}
