package fr.ctg.objective;

import fr.ctg.base.diff.WordDiff;
import java.util.List;

/** The differences between two versions: per changed field, the values and (for texts) a word diff. */
public record ObjectiveDiff(long fromRevision, long toRevision, List<FieldChange> changes) {

    public record FieldChange(ObjectiveField field, Object before, Object after, List<WordDiff.Segment> words) {
    }
}
