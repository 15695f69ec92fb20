package fr.ctg.evaluation;

import fr.ctg.base.merge.FieldMerge;
import java.util.List;
import java.util.Set;

/** What a save of an evaluative question did: saved (maybe merging others' changes), or stopped on real conflicts. */
public sealed interface QuestionSaveOutcome {

    /** Saved as a new version; {@code mergedFromOthers} lists fields others changed meanwhile, now kept. */
    record Saved(EvaluativeQuestionDetails details, Set<QuestionField> mergedFromOthers) implements QuestionSaveOutcome {
    }

    /** Nothing saved: both sides changed the same field; the person chooses and saves from {@code current}. */
    record Conflict(EvaluativeQuestionDetails current, QuestionDraft merged,
                    List<FieldMerge.Conflict<QuestionField>> conflicts, String lastEditor)
            implements QuestionSaveOutcome {
    }
}
