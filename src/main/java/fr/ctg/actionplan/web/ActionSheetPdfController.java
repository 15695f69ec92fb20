package fr.ctg.actionplan.web;

import fr.ctg.actionplan.ActionSheetPdf;
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
 * {@code /files/fiches-action/{convention}/{objective}.pdf}: a fiche action on one page, in the reader's language, for
 * those who may read it (an association only when it is published to them); otherwise not found.
 */
@RestController
class ActionSheetPdfController {

    private final ActionSheetPdf pdf;
    private final CurrentUser currentUser;

    ActionSheetPdfController(ActionSheetPdf pdf, CurrentUser currentUser) {
        this.pdf = pdf;
        this.currentUser = currentUser;
    }

    @GetMapping("/files/fiches-action/{conventionId}/{objectiveId}.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable long conventionId, @PathVariable long objectiveId) {
        byte[] content = pdf.pdf(conventionId, objectiveId, currentUser.require().locale());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("fiche-action-" + objectiveId + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.APPLICATION_PDF)
                .body(content);
    }

    @ExceptionHandler({NotFoundException.class, AccessRefusedException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Introuvable");
    }
}
