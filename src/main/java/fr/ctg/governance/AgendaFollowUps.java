package fr.ctg.governance;

import java.util.List;
import java.util.Set;

/**
 * What a committee should follow up at its next meeting (the open action items of its minutes, for one),
 * offered when the secretariat builds the agenda. Other features implement it; governance only lists.
 */
public interface AgendaFollowUps {

    List<FollowUp> openFor(long conventionId, long committeeId);

    /** One thing to follow up: what, who and by when (as a line of text), and the objectives it concerns. */
    record FollowUp(String title, String detail, Set<Long> objectiveIds) {
    }
}
