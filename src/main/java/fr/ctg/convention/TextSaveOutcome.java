package fr.ctg.convention;

import fr.ctg.base.merge.FieldMerge;
import java.util.List;
import java.util.Set;

/** What a save of an article or an annex did: saved (maybe merging others' changes), or stopped on real conflicts. */
public sealed interface TextSaveOutcome {

    /** Saved as a new version; {@code mergedFromOthers} lists fields others changed meanwhile, now kept. */
    record Saved(TextPartDetails details, Set<TextPartField> mergedFromOthers) implements TextSaveOutcome {
    }

    /** Nothing saved: both sides changed the same field; the person chooses and saves from {@code current}. */
    record Conflict(TextPartDetails current, TextDraft merged, List<FieldMerge.Conflict<TextPartField>> conflicts,
                    String lastEditor) implements TextSaveOutcome {
    }
}
