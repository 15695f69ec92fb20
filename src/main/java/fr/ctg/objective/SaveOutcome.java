package fr.ctg.objective;

import java.util.List;
import java.util.Set;

/** What a save did: saved (maybe merging others' changes), or stopped on real conflicts. */
public sealed interface SaveOutcome {

    /** Saved as a new version; {@code mergedFromOthers} lists fields others changed meanwhile, now kept. */
    record Saved(ObjectiveDetails details, Set<ObjectiveField> mergedFromOthers) implements SaveOutcome {
    }

    /**
     * Nothing saved: someone saved other values in the same fields since the person's version.
     * {@code merged} holds every non-conflicting change of both sides; the person picks a value for each
     * conflict and saves again from {@code current.version()}.
     */
    record Conflict(ObjectiveDetails current, ObjectiveDraft merged, List<FieldConflict> conflicts,
                    String lastEditor) implements SaveOutcome {
    }
}
