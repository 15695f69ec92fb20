package fr.ctg.convention;

import fr.ctg.base.diff.WordDiff;
import java.util.List;

/** What changed in an article or an annex between two versions: per field, both values and a word diff of texts. */
public record TextDiff(long fromRevision, long toRevision, List<FieldChange> changes) {

    public record FieldChange(TextPartField field, Object before, Object after, List<WordDiff.Segment> words) {
    }
}
