package fr.ctg.objective;

import fr.ctg.base.PageRef;
import java.util.List;

/**
 * What other features say about an objective (decisions of published minutes, for one), shown on the
 * objective's page. Implementations return only what the caller may read.
 */
public interface ObjectiveReferences {

    List<Reference> referencesTo(long objectiveId);

    /** One mention: its text, where it comes from (and when), and the page that shows it. */
    record Reference(String text, String source, PageRef page) {
    }
}
