package fr.ctg.governance;

import java.util.Set;

/** An agenda item: its order, title, presenter and the objectives and documents it concerns. */
public record AgendaItemRow(long id, int position, String title, String presenter, Set<Long> objectiveIds,
                             Set<Long> documentIds) {
}
