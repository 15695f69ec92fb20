package fr.ctg.diagnostic;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The shared diagnostic of a convention as one version shows it: {@code version} null is the editors' working draft
 * (then {@code publishedAt} and {@code publishedByName} are null too). {@code territory} is the territory-level part
 * of angle 1 (the portrait's figures, copied when the diagnostic was first created, then edited); {@code themes}
 * follow the thematic groups' order — every current group for the draft, the groups as they were for a version.
 */
public record DiagnosticDetails(long conventionId, @Nullable Integer version, @Nullable Instant publishedAt,
                                @Nullable String publishedByName, List<DiagnosticFigure> territory,
                                List<ThemeDiagnostic> themes) {

    /** The theme of a thematic group, if this version has it. */
    public Optional<ThemeDiagnostic> theme(long thematicGroupId) {
        return themes.stream().filter(t -> t.thematicGroupId() == thematicGroupId).findFirst();
    }
}
