package fr.ctg.demo;

import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.diagnostic.DiagnosticFigure;
import fr.ctg.diagnostic.DiagnosticService;
import fr.ctg.diagnostic.OfferItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Savès shared diagnostic (Annexe 2, {@code demo/diagnostic-saves.json}): four themes filled from the
 * convention's preamble and articles, scores marked as demonstration, published once as version 1; the portrait's
 * figures are its territory-level characteristics.
 */
@Component
class DemoDiagnostic {

    record Data(String note, List<Theme> themes) {
    }

    record Theme(String group, List<DiagnosticFigure> characteristics, List<OfferItem> offer, String gap,
                 List<String> axes, Integer score, String scoreReason) {
    }

    private final DiagnosticService diagnostics;
    private final ConventionService conventions;

    DemoDiagnostic(DiagnosticService diagnostics, ConventionService conventions) {
        this.diagnostics = diagnostics;
        this.conventions = conventions;
    }

    static Data read() {
        try (InputStream in = new ClassPathResource("demo/diagnostic-saves.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes and publishes the diagnostic of a convention that has no published version yet (as the platform). */
    void loadIfMissing(long conventionId) {
        if (!diagnostics.versions(conventionId).isEmpty()) {
            return;
        }
        Map<String, Long> groups = conventions.thematicGroups(conventionId).stream()
                .collect(Collectors.toMap(ThematicGroupRef::name, ThematicGroupRef::id, (a, b) -> a));
        Data data = read();
        for (Theme t : data.themes()) {
            Long group = groups.get(t.group());
            if (group == null) {
                throw new IllegalStateException("Demo diagnostic names an unknown group: " + t.group());
            }
            diagnostics.saveCharacteristics(conventionId, group, t.characteristics());
            diagnostics.saveOffer(conventionId, group, t.offer());
            diagnostics.saveGap(conventionId, group, t.gap());
            diagnostics.savePriorityAxes(conventionId, group, t.axes());
            diagnostics.saveScore(conventionId, group, t.score(), t.scoreReason());
        }
        diagnostics.publish(conventionId, data.note());
    }
}
