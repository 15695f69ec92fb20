package fr.ctg.contribution;

import java.util.List;

/**
 * A call for contributions as the convention's readers may know it: its title, its questions (by position from 0)
 * and how many submitted answers each received — no answer, no organisation.
 */
public record CallSummary(long id, long conventionId, String title, List<String> questionLabels,
                          List<Integer> answerCounts) {
}
