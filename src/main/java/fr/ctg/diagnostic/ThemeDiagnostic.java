package fr.ctg.diagnostic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One theme (a thematic group of the convention, named as it was in that version) from the four angles: its
 * characteristics, the existing offer, the gap between need and offer (Markdown), the priority development axes in
 * order; and its score 0–100 on the "étoile" (null: not assessed) with a one-line reason.
 */
public record ThemeDiagnostic(long thematicGroupId, String groupName, List<DiagnosticFigure> characteristics,
                              List<OfferItem> offer, @Nullable String gap, List<String> priorityAxes,
                              @Nullable Integer score, @Nullable String scoreReason) {

    /** Whether nothing of the theme is filled. */
    public boolean isEmpty() {
        return characteristics.isEmpty() && offer.isEmpty() && (gap == null || gap.isBlank()) && priorityAxes.isEmpty()
                && score == null;
    }
}
