package fr.ctg.governance.web;

import fr.ctg.governance.CalendarFeedService;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /ical/{secret}.ics}: a person's feed; the secret is the credential, unknown or revoked → 404. */
@RestController
class CalendarFeedController {

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
