package fr.ctg.evaluation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A question the COPIL negotiated: its text, track and thematic groups, and optionally its criteria and sources. */
public record NewEvaluativeQuestion(@Nullable String text, @Nullable EvaluationTrack track,
                                    @Nullable Set<Long> thematicGroupIds, @Nullable String criteria,
                                    @Nullable String sources) {
}
