package fr.ctg.convention.web;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.convention.ConventionService;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /logos/{id}.png}: an uploaded logo, for the people who may see it (a logo never changes: new upload, new id). */
@RestController
class LogoController {

    private final ConventionService conventions;

    LogoController(ConventionService conventions) {
        this.conventions = conventions;
    }

    @GetMapping("/logos/{id}.png")
    ResponseEntity<byte[]> logo(@PathVariable("id") long id) {
        try {
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                    .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(conventions.logo(id));
        } catch (BusinessRuleException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }
}
