package fr.ctg.minutes.web;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.minutes.MinutesService;
import fr.ctg.minutes.PublishedPdf;
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
 * {@code /files/comptes-rendus/{id}.pdf}: the latest PDF of published minutes in the reader's
 * language, for their audience only (the service
 * decides); its SHA-256 travels in the {@code X-Content-SHA256} header too.
 */
@RestController
class MinutesPdfController {

    private final MinutesService minutes;
    private final CurrentUser currentUser;

    MinutesPdfController(MinutesService minutes, CurrentUser currentUser) {
        this.minutes = minutes;
        this.currentUser = currentUser;
    }

    @GetMapping("/files/comptes-rendus/{minutesId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long minutesId) {
        PublishedPdf pdf = minutes.pdf(minutesId, currentUser.require().locale());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", pdf.sha256())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.content());
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
