package fr.ctg.evaluation;

import fr.ctg.base.diff.WordDiff;
import java.util.List;

/** What changed in an evaluative question between two versions: per text field a word diff, and the status. */
public record QuestionDiff(long fromRevision, long toRevision, List<FieldChange> changes, QuestionStatus statusBefore,
                           QuestionStatus statusAfter) {

    public record FieldChange(QuestionField field, String before, String after, List<WordDiff.Segment> words) {
    }
}
